/**
 * A shaped statement (drizzle/shaped-statement.ts) is built once per shape for a database, and a
 * transaction of that database runs it as built, on the transaction's own connection: it sees
 * what the transaction wrote and the rest of the database does not yet.
 */
import { eq, sql, TransactionRollbackError } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../drizzle/db.js";
import { hoks } from "../drizzle/schema/index.js";
import { shapedStatement } from "../drizzle/shaped-statement.js";
import { insertPlan } from "../subgraphs/hoks/write/plan-store.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ maxConnections: 2 });
});
afterAll(async () => {
  await database?.close();
});

let builds = 0;
const planById = shapedStatement("test_plan_by_id", (db, shape: { withStudent: boolean }) => {
  builds += 1;
  const select = shape.withStudent ? db.select({ id: hoks.id, oppijaOid: hoks.oppijaOid }) : db.select({ id: hoks.id });
  return select.from(hoks).where(eq(hoks.id, sql.placeholder("id")));
});

const PLAN = { oppijaOid: "1.2.246.562.24.00000000001", opiskeluoikeusOid: "1.2.246.562.15.00000000001", ensikertainenHyvaksyminen: "2026-01-01", osaamisenHankkimisenTarve: true };

describe("a shaped statement", () => {
  it("runs on the transaction it is given: it sees the transaction's own writes, the database outside does not", async () => {
    let inside: unknown[] = [];
    let outside: unknown[] = ["not asked"];
    await database.db
      .transaction(async (tx) => {
        const { id } = await insertPlan(tx, PLAN);
        inside = await planById(tx as unknown as Db, { withStudent: true }, { id });
        // PGlite has one connection: a read outside would wait for this transaction, so only PostgreSQL is asked.
        if (database.kind === "postgres") outside = await planById(database.db, { withStudent: true }, { id });
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    expect(inside).toEqual([{ id: expect.any(Number), oppijaOid: PLAN.oppijaOid }]);
    if (database.kind === "postgres") expect(outside).toEqual([]);
  });

  it("is built once per shape, whether a database or one of its transactions runs it", async () => {
    builds = 0;
    const id = await database.db.transaction(async (tx) => (await insertPlan(tx, PLAN)).id);
    const answers = [
      await planById(database.db, { withStudent: false }, { id }),
      await database.db.transaction((tx) => planById(tx as unknown as Db, { withStudent: false }, { id })),
      await database.db.transaction((tx) => planById(tx as unknown as Db, { withStudent: false }, { id })),
      await planById(database.db, { withStudent: true }, { id }),
      await database.db.transaction((tx) => planById(tx as unknown as Db, { withStudent: true }, { id })),
    ];
    expect(answers).toEqual([[{ id }], [{ id }], [{ id }], [{ id, oppijaOid: PLAN.oppijaOid }], [{ id, oppijaOid: PLAN.oppijaOid }]]);
    // { withStudent: false } is built here; { withStudent: true } was built inside the first test's transaction, and serves the database as well.
    expect(builds).toBe(1);
  });
});
