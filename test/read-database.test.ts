/**
 * Without read replicas a request's read database is the primary itself: PGlite, and PostgreSQL
 * without DATABASE_READ_URL, work exactly as before. Replicas need a PostgreSQL primary.
 * (With replicas: test/read-replica.pg.test.ts, on a real streaming replica.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../drizzle/db.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import { fixedClock } from "../subgraphs/shared/clock.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { SUBGRAPH_NAMES } from "../subgraphs/shared/subgraph.js";
import { demoPrincipal } from "./support/principals.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

describe("a request's read database without replicas", () => {
  it("is the primary, in every subgraph's context", () => {
    expect(database.reads).toBeUndefined();
    const deps = { db: database.db, clock: fixedClock("2026-02-01"), keys: undefined as never, audit: new AuditLog({ db: database.db }) };
    for (const name of SUBGRAPH_NAMES) {
      const context = SUBGRAPHS[name].createContext(deps, demoPrincipal("aino"));
      expect(context.readDb, name).toBe(database.db);
    }
  });

  it("cannot be a replica of PGlite", async () => {
    await expect(openDatabase({ pgliteDataDir: "memory://", readUrls: ["postgres://replica/ehoks"] })).rejects.toThrow("Read replicas need a PostgreSQL primary");
  });
});
