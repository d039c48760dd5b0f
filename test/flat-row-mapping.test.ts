/**
 * The per-statement row mapping (drizzle/flat-row-mapping.ts) answers exactly what drizzle's own
 * mapping answers, on the demo world's plans: every column type the tables have (dates, instants,
 * JSON, arrays, numbers, booleans, nulls), SQL fields with and without a decoder, a join; and a
 * select with nested objects is left to drizzle.
 */
import { getTableColumns, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mapsFlatRows, withFlatRowMapping } from "../drizzle/flat-row-mapping.js";
import { henkilo, hoks, opiskeluoikeus, osaamisenHankkimistapa, osaamisenOsoittaminen, tutkinnonOsa } from "../drizzle/schema/index.js";
import { createSeededDatabase, type SeededDatabase } from "./support/seeded-database.js";

let database: SeededDatabase;
beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(async () => database?.close());

type Select = { prepare(name: string): { execute(): Promise<unknown[]> } };

/** The same select prepared twice: drizzle's mapping, and the flat one. */
async function bothWays(name: string, select: () => Select) {
  const drizzles = select().prepare(`${name}_drizzle`);
  const flat = withFlatRowMapping(select().prepare(`${name}_flat`));
  return { flatMapped: mapsFlatRows(flat), drizzleMapped: mapsFlatRows(drizzles), drizzle: await drizzles.execute(), flat: await flat.execute() };
}

describe("rows mapped once per statement", () => {
  const tables = { hoks, tutkinnonOsa, osaamisenHankkimistapa, osaamisenOsoittaminen, opiskeluoikeus, henkilo };

  it.each(Object.keys(tables) as (keyof typeof tables)[])("answer every column of %s as drizzle does", async (name) => {
    const table = tables[name];
    const answer = await bothWays(`flat_${name}`, () => database.db.select().from(table as typeof hoks) as unknown as Select);
    expect(answer.flatMapped).toBe(true);
    expect(answer.drizzleMapped).toBe(false);
    // Rows the demo world has, with values of every kind, so a wrong decoder would show.
    expect(answer.drizzle.length).toBeGreaterThan(0);
    expect(answer.flat).toEqual(answer.drizzle);
  });

  it("answer an aliased table's columns as drizzle does (its columns are Proxies; the mapping decodes with plain copies)", async () => {
    const aliased = alias(hoks, "h");
    const answer = await bothWays("flat_aliased", () => database.db.select().from(aliased) as unknown as Select);
    expect(answer.flatMapped).toBe(true);
    expect(answer.drizzle.length).toBeGreaterThan(0);
    expect(answer.flat).toEqual(answer.drizzle);
    // Instants decoded as instants: a decoder without its column's settings would differ here.
    expect((answer.flat[0] as { createdAt: unknown }).createdAt).toBeInstanceOf(Date);
  });

  it("decode SQL fields, typed ones and ones mapped with a decoder, and a joined table's columns", async () => {
    const answer = await bothWays("flat_joined", () =>
      database.db
        .select({
          ...getTableColumns(hoks),
          studyRightStarted: opiskeluoikeus.alkamispaiva,
          plain: sql<string>`'text'`.as("plain"),
          counted: sql`(select count(*) from hoks.tutkinnon_osa u where u.hoks_id = ${hoks.id})`.mapWith(Number).as("counted"),
          nothing: sql<null>`null`.as("nothing"),
        })
        .from(hoks)
        .innerJoin(opiskeluoikeus, sql`${opiskeluoikeus.oid} = ${hoks.opiskeluoikeusOid}`) as unknown as Select,
    );
    expect(answer.flatMapped).toBe(true);
    expect(answer.drizzle.length).toBeGreaterThan(1);
    expect(answer.flat).toEqual(answer.drizzle);
    // A mapped decoder ran: the count arrives as a number, not the driver's text.
    expect(typeof (answer.flat[0] as { counted: unknown }).counted).toBe("number");
  });

  it("leave a select with nested objects to drizzle, which also nulls a missing joined table's object", async () => {
    const answer = await bothWays("nested", () =>
      database.db
        .select({ plan: { id: hoks.id }, right: { oid: opiskeluoikeus.oid } })
        .from(hoks)
        .leftJoin(opiskeluoikeus, sql`false`) as unknown as Select,
    );
    expect(answer.flatMapped).toBe(false);
    expect(answer.flat).toEqual(answer.drizzle);
    expect((answer.flat[0] as { right: unknown }).right).toBeNull();
  });
});
