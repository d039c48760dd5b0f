/**
 * The benchmark's COPY loader (bench/ladder/dataset.ts) leaves the database exactly as writing the
 * same dataset with inserts does (bench/ladder/dataset-with-inserts.ts): every table, the derived
 * ones included (workplace namings, the generated instructor column), with the same rows, and the
 * same indexes, constraints and plan id sequence. Rows are compared by content: ids and UUIDs the
 * database or a random generator makes, and timestamps, are left out or replaced by what they
 * point at. PostgreSQL only: COPY is postgres.js's.
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../drizzle/db.js";
import { generateDataset } from "../bench/ladder/dataset.js";
import { generateDatasetWithInserts } from "../bench/ladder/dataset-with-inserts.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

const STUDENTS = 200;

/** Made by the database or at random on every write, so never equal between two loads. */
const UNCOMPARABLE = new Set(["id", "eid", "v1_id", "created_at", "updated_at"]);

async function rowsOf(db: Db, statement: string): Promise<Record<string, any>[]> {
  return (await db.execute(sql.raw(statement))) as unknown as Record<string, any>[];
}

/**
 * Every UUID of a unit, period or demonstration, as the place it has in its plan (study right,
 * section, position, parent unit): the same in both loads, though the UUIDs differ.
 */
async function placesOfUuids(db: Db): Promise<Map<string, string>> {
  const units = await rowsOf(db, `select u.module_id, u.parent_module_id, u.section, u.position, h.opiskeluoikeus_oid from hoks.tutkinnon_osa u join hoks.hoks h on h.id = u.hoks_id`);
  const byId = new Map(units.map((u) => [u.module_id as string, u]));
  const places = new Map<string, string>();
  const placeOf = (u: Record<string, any>): string => {
    const parent = u.parent_module_id ? placeOf(byId.get(u.parent_module_id)!) : u.opiskeluoikeus_oid;
    return `${parent}/${u.section}/${u.position}`;
  };
  for (const u of units) places.set(u.module_id, placeOf(u));
  for (const [table, mark] of [["osaamisen_hankkimistapa", "period"], ["osaamisen_osoittaminen", "demonstration"]] as const) {
    for (const row of await rowsOf(db, `select module_id, tutkinnon_osa_module_id, position from hoks.${table}`)) {
      places.set(row.module_id, `${places.get(row.tutkinnon_osa_module_id)}/${mark}/${row.position}`);
    }
  }
  return places;
}

/** Each table's row count and a checksum of its rows' comparable content, order aside. */
async function contentOf(db: Db): Promise<Record<string, { rows: number; checksum: string }>> {
  const places = await placesOfUuids(db);
  const planOf = new Map((await rowsOf(db, `select id, opiskeluoikeus_oid from hoks.hoks`)).map((p) => [p.id as number, `plan of ${p.opiskeluoikeus_oid}`]));
  const tables = await rowsOf(db, `select table_schema || '.' || table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'drizzle') order by 1`);
  const content: Record<string, { rows: number; checksum: string }> = {};
  for (const { name } of tables) {
    const [schema, table] = (name as string).split(".");
    const rows = await rowsOf(db, `select to_jsonb(t) as row from "${schema}"."${table}" t`);
    const lines = rows.map(({ row }) =>
      JSON.stringify(
        Object.entries(row as Record<string, unknown>)
          .filter(([key]) => !UNCOMPARABLE.has(key))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, value]) => [key, key === "hoks_id" ? planOf.get(value as number) : typeof value === "string" && places.has(value) ? places.get(value) : value]),
      ),
    );
    lines.sort();
    content[name] = { rows: rows.length, checksum: createHash("sha256").update(lines.join("\n")).digest("hex") };
  }
  return content;
}

/** Indexes, constraints and the plan id sequence: a bulk load must leave the schema as it found it. */
async function structureOf(db: Db) {
  const indexes = await rowsOf(db, `select schemaname, indexname, indexdef from pg_indexes where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`);
  const constraints = await rowsOf(db, `select conrelid::regclass::text as on_table, conname, pg_get_constraintdef(oid) as definition from pg_constraint
    where connamespace::regnamespace::text not in ('pg_catalog', 'information_schema') order by 1, 2`);
  const [sequence] = await rowsOf(db, `select last_value::int, is_called from hoks.hoks_id_seq`);
  return { indexes, constraints, sequence };
}

let copied: TestDatabase;
let inserted: TestDatabase;

beforeAll(async () => {
  [copied, inserted] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await generateDataset(copied.db, STUDENTS);
  await generateDatasetWithInserts(inserted.db, STUDENTS);
}, 180_000);

afterAll(async () => {
  await Promise.all([copied?.close(), inserted?.close()]);
});

describe(`the benchmark dataset of ${STUDENTS} students, written with COPY`, () => {
  it("has every table's rows as writing it with inserts leaves them", async () => {
    const [byCopy, byInserts] = await Promise.all([contentOf(copied.db), contentOf(inserted.db)]);
    // Not an empty comparison: the plans, their lists and the derived namings are there.
    for (const table of ["persons.henkilo", "persons.opiskeluoikeus", "hoks.hoks", "hoks.tutkinnon_osa", "hoks.osaamisen_hankkimistapa", "hoks.osaamisen_osoittaminen", "hoks.workplace_naming"]) {
      expect(byCopy[table]?.rows, table).toBeGreaterThan(STUDENTS);
    }
    expect(byCopy).toEqual(byInserts);
  });

  it("keeps the generated instructor column and the namings that follow from the periods", async () => {
    const check = async (db: Db) =>
      rowsOf(db, `select count(*)::int as periods, count(vastuullinen_ohjaaja_oid)::int as named,
        (select count(*)::int from hoks.workplace_naming where rule = 'R4') as namings from hoks.osaamisen_hankkimistapa`);
    const [byCopy] = await check(copied.db);
    expect(byCopy!.named).toBeGreaterThan(0);
    expect(byCopy!.namings).toBe(byCopy!.named);
    expect(await check(inserted.db)).toEqual([byCopy]);
  });

  it("leaves indexes, constraints and the plan id sequence as inserts do", async () => {
    expect(await structureOf(copied.db)).toEqual(await structureOf(inserted.db));
  });
});
