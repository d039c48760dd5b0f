/**
 * The audit trail's GIN index on its students keeps its pending list small (drizzle/db.ts sets
 * `gin_pending_list_limit` on every session): the insert that overflows the list merges all of it
 * into the index while the requests waiting on that insert wait too, so a large list is a long
 * stall now and then. Reads the list's size with pgstattuple's `pgstatginindex`, which PGlite
 * does not have (a `.pg.test.ts` file).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../drizzle/db.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import { addTarget, emptyRun } from "../subgraphs/shared/audit/audit-run.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

const LIMIT_KB = 512;
const PAGE_KB = 8;
let database: TestDatabase;
let audit: AuditLog;

beforeAll(async () => {
  database = await createTestDatabase({ maxConnections: 2 });
  audit = new AuditLog({ db: database.db });
  await database.db.execute(sql`create extension if not exists pgstattuple`);
});
afterAll(async () => {
  await audit?.close();
  await database?.close();
});

/** The pending list of the index's partitions: its pages, and the entries waiting in it. */
async function pendingList(): Promise<{ pages: number; tuples: number }> {
  const [row] = rowsOf<{ pages: string; tuples: string }>(
    await database.db.execute(sql`
      select coalesce(sum(s.pending_pages), 0)::text as pages, coalesce(sum(s.pending_tuples), 0)::text as tuples
      from pg_inherits i cross join lateral pgstatginindex(i.inhrelid) s
      where i.inhparent = 'audit.entry_oppija_oids_idx'::regclass`),
  );
  return { pages: Number(row!.pages), tuples: Number(row!.tuples) };
}

/** Stores `lists` audit rows of an official's 50-student list read, one insert each. */
async function storeLists(lists: number): Promise<number> {
  const official = { oid: "1.2.246.562.24.20000000004", role: "official", organisations: ["1.2.246.562.10.1"], ipAddress: null, session: null, userAgent: null, requestId: null, callerId: null };
  let entries = 0;
  for (let list = 0; list < lists; list++) {
    const run = emptyRun(audit.columns("ehoks-test", official, { operation: "read", dataKind: "hoks", rule: "R2" }));
    for (let student = 0; student < 50; student++, entries++) addTarget(run, `1.2.246.562.24.7${String(entries).padStart(10, "0")}`, entries, null);
    await audit.storeRuns([run]);
  }
  return entries;
}

describe("the audit trail's student index", () => {
  it("is told to keep its pending list small on every session of the service's pool", async () => {
    const settings = await Promise.all(
      [1, 2].map(async () => rowsOf<{ limit: string }>(await database.db.execute(sql`select current_setting('gin_pending_list_limit') as limit`))[0]!.limit),
    );
    expect(settings).toEqual([`${LIMIT_KB}kB`, `${LIMIT_KB}kB`]);
  });

  it("merges its pending list in small pieces while lists are stored, never letting it grow past the limit", async () => {
    // 600 lists of 50 students: ~30 000 entries, several times what 512 kB holds and under the 4 MB default.
    const entries = await storeLists(600);
    const { pages, tuples } = await pendingList();
    // Merged along the way: most entries have left the list for the index proper.
    expect(tuples).toBeLessThan(entries / 2);
    // A list is merged by the insert that takes it past the limit, so it never holds much more.
    expect(pages * PAGE_KB).toBeLessThanOrEqual(LIMIT_KB + 2 * PAGE_KB);
  });
});
