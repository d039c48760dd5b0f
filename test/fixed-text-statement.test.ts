/**
 * A fixed-text statement (drizzle/fixed-text-statement.ts) is built once and runs with each
 * execution's values as drizzle would have run the same template with them inline: same text
 * shape, same answers, inside and outside a transaction, and counted like any statement.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../drizzle/db.js";
import { fixedTextStatement, fixedTextStatementsByShape } from "../drizzle/fixed-text-statement.js";
import { opiskeluoikeus } from "../drizzle/schema/index.js";
import { countStatements } from "../drizzle/statement-counter.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ maxConnections: 2 });
});
afterAll(async () => {
  await database?.close();
});

const PAIRS = fixedTextStatement<"numbers" | "words" | "offset">(
  sql`select n + ${sql.placeholder("offset")}::integer as n, w from unnest(${sql.placeholder("numbers")}::integer[], ${sql.placeholder("words")}::text[]) as t(n, w) order by n`,
);

describe("a fixed-text statement", () => {
  it("has its text built once, with a numbered parameter for each placeholder", () => {
    expect(PAIRS.text).toBe("select n + $1::integer as n, w from unnest($2::integer[], $3::text[]) as t(n, w) order by n");
  });

  it("names the schema's columns as the database does (its snake_case casing)", async () => {
    const statement = fixedTextStatement<"oid">(sql`select ${opiskeluoikeus.oppijaOid} from ${opiskeluoikeus} where ${opiskeluoikeus.oid} = ${sql.placeholder("oid")}`);
    expect(statement.text).toBe('select "persons"."opiskeluoikeus"."oppija_oid" from "persons"."opiskeluoikeus" where "persons"."opiskeluoikeus"."oid" = $1');
    expect(rowsOf(await database.db.execute(statement.with({ oid: "1.2.246.562.15.00000000000" })))).toEqual([]);
  });

  it("runs with each execution's values, arrays with nulls and quotes included", async () => {
    const first = rowsOf<{ n: number; w: string | null }>(await database.db.execute(PAIRS.with({ numbers: [2, 1], words: ['say "hi"', null], offset: 10 })));
    expect(first).toEqual([{ n: 11, w: null }, { n: 12, w: 'say "hi"' }]);
    const second = rowsOf<{ n: number; w: string | null }>(await database.db.execute(PAIRS.with({ numbers: [5], words: ["x,y"], offset: 0 })));
    expect(second).toEqual([{ n: 5, w: "x,y" }]);
  });

  it("answers as drizzle's own template with the values inline does", async () => {
    const values = { numbers: [3, 1, 2], words: ["c", "a", "b"], offset: 1 };
    const inline = sql`select n + ${values.offset}::integer as n, w from unnest(${sql.param(values.numbers)}::integer[], ${sql.param(values.words)}::text[]) as t(n, w) order by n`;
    expect(rowsOf(await database.db.execute(PAIRS.with(values)))).toEqual(rowsOf(await database.db.execute(inline)));
  });

  it("runs inside a transaction, rolled back with it, and is counted as a statement", async () => {
    await database.db.execute(sql`create table if not exists fixed_text_probe (n integer)`);
    const INSERT = fixedTextStatement<"n">(sql`insert into fixed_text_probe (n) values (${sql.placeholder("n")}::integer)`);
    const rolledBack = database.db.transaction(async (tx) => {
      await tx.execute(INSERT.with({ n: 7 }));
      expect(rowsOf(await tx.execute(sql`select count(*)::int as count from fixed_text_probe where n = 7`))).toEqual([{ count: 1 }]);
      throw new Error("roll back");
    });
    await expect(rolledBack).rejects.toThrow("roll back");
    expect(rowsOf(await database.db.execute(sql`select count(*)::int as count from fixed_text_probe where n = 7`))).toEqual([{ count: 0 }]);
    const { statements } = await countStatements(async () => {
      await database.db.execute(INSERT.with({ n: 8 }));
    });
    expect(statements).toBe(1);
  });

  it("refuses a template with a value of its own: every value must come per execution", () => {
    expect(() => fixedTextStatement(sql`select ${1}::integer`)).toThrow(/sql.placeholder/);
  });

  it("by shape: built once for each shape, and the cache starts over when full", async () => {
    const built: string[] = [];
    const ofShape = fixedTextStatementsByShape<"n">(2);
    const selectOf = (shape: string) =>
      ofShape(shape, () => {
        built.push(shape);
        return sql`select ${sql.placeholder("n")}::integer * ${sql.raw(shape === "double" ? "2" : "3")} as n`;
      });
    expect(rowsOf(await database.db.execute(selectOf("double").with({ n: 4 })))).toEqual([{ n: 8 }]);
    expect(rowsOf(await database.db.execute(selectOf("double").with({ n: 5 })))).toEqual([{ n: 10 }]);
    expect(rowsOf(await database.db.execute(selectOf("triple").with({ n: 5 })))).toEqual([{ n: 15 }]);
    expect(built).toEqual(["double", "triple"]);
    selectOf("third");
    selectOf("double");
    expect(built).toEqual(["double", "triple", "third", "double"]);
  });
});
