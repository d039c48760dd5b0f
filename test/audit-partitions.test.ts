/**
 * The audit trail at national scale: audit.entry is partitioned by month (migration 0015), months
 * are made ahead and a month's rows never wait outside it for long, retention past
 * AUDIT_RETENTION_MONTHS drops whole months and records each, and the student's log reads only
 * the months it needs.
 */
import { sql, type SQLWrapper } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../drizzle/db.js";
import { runRetention } from "../scripts/retention/retention-job.js";
import { auditLogPageQuery, studentLogPageQuery } from "../subgraphs/consents/kayttoloki/kayttoloki.queries.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import { ensureAuditPartitions, MONTHS_AHEAD } from "../subgraphs/shared/audit/audit-partitions.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

const STUDENT = "1.2.246.562.24.10000000008";
let database: TestDatabase;
let audit: AuditLog;

beforeAll(async () => {
  database = await createTestDatabase({ maxConnections: 4 });
  audit = new AuditLog({ db: database.db });
});
afterAll(async () => {
  await audit?.close();
  await database?.close();
});

const OFFICIAL = { oid: "1.2.246.562.24.20000000004", role: "official", organisations: [], ipAddress: null, session: null, userAgent: null, requestId: null, callerId: null };

/** Stores entries read by an official at these instants. */
async function entriesAt(instants: string[]): Promise<void> {
  await audit.store(instants.map((at) => audit.entry("ehoks-test", OFFICIAL, { operation: "read", dataKind: "hoks", rule: "R2", oppijaOid: STUDENT }, new Date(at))));
}

const partitionOf = async (at: string) =>
  rowsOf<{ partition: string }>(await database.db.execute(sql`select tableoid::regclass::text as partition from audit.entry where occurred_at = ${at}::timestamptz`)).map((r) => r.partition);

/** PostgreSQL's plan for a query; `scansDear`: sequential scans made dear, as on a national trail. */
async function planOf(query: SQLWrapper, scansDear = false): Promise<string> {
  return database.db.transaction(async (tx) => {
    if (scansDear) await tx.execute(sql`set local enable_seqscan = off`);
    return rowsOf<{ "QUERY PLAN": string }>(await tx.execute(sql`explain (costs off) ${query}`))
      .map((row) => row["QUERY PLAN"])
      .join("\n");
  });
}

const monthName = (date: Date) => `audit.entry_${date.getUTCFullYear()}_${String(date.getUTCMonth() + 1).padStart(2, "0")}`;

describe("the audit trail's months", () => {
  it("are partitions of audit.entry, made from this month to three ahead, beside a default one", async () => {
    const [table] = rowsOf<{ kind: string }>(await database.db.execute(sql`select relkind as kind from pg_class where oid = 'audit.entry'::regclass`));
    expect(table!.kind).toBe("p");
    const partitions = rowsOf<{ name: string }>(await database.db.execute(sql`select inhrelid::regclass::text as name from pg_inherits where inhparent = 'audit.entry'::regclass`)).map((r) => r.name);
    const now = new Date();
    for (let ahead = 0; ahead <= MONTHS_AHEAD; ahead++) expect(partitions).toContain(monthName(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 15))));
    expect(partitions).toContain("audit.entry_default");
  });

  it("take a month's entries: one not made yet waits in the default partition and moves in when it is made", async () => {
    const far = "2031-05-20T10:00:00.000Z";
    await entriesAt([far]);
    expect(await partitionOf(far)).toEqual(["audit.entry_default"]);
    expect(await ensureAuditPartitions(database.db, new Date(far))).toBeGreaterThan(0);
    expect(await partitionOf(far)).toEqual(["audit.entry_2031_05"]);
    // Made once: a second call makes nothing.
    expect(await ensureAuditPartitions(database.db, new Date(far))).toBe(0);
  });

  it("compress a write's changes with lz4 where PostgreSQL has it, in the months there were and in those made later", async () => {
    const [server] = rowsOf<{ lz4: boolean }>(
      await database.db.execute(sql`select exists (select from pg_settings where name = 'default_toast_compression' and 'lz4'::text = any (enumvals)) as lz4`),
    );
    // A create's changes: every field of the plan, far past the ~2 kB from which PostgreSQL compresses.
    const changes = Array.from({ length: 400 }, (_, i) => ({ path: `hankittavatAmmatTutkinnonOsat[${i}].tutkinnonOsaKoodiUri`, newValue: `tutkinnonosat_${100_000 + i}` }));
    const instants = [new Date().toISOString(), "2032-03-10T10:00:00.000Z"];
    await ensureAuditPartitions(database.db, new Date(instants[1]!));
    await audit.store(instants.map((at) => audit.entry("ehoks-test", OFFICIAL, { operation: "create", dataKind: "hoks", rule: "R1", oppijaOid: STUDENT, changes }, new Date(at))));
    for (const at of instants) {
      const [row] = rowsOf<{ method: string }>(
        await database.db.execute(sql`select pg_column_compression(changes) as method from audit.entry where occurred_at = ${at}::timestamptz and operation = 'create'`),
      );
      expect(row?.method, at).toBe(server!.lz4 ? "lz4" : "pglz");
    }
  });

  it("are dropped whole past AUDIT_RETENTION_MONTHS, each drop recorded; a dry run only counts; newer months stay", async () => {
    await ensureAuditPartitions(database.db, new Date("2019-03-01T00:00:00Z"));
    await entriesAt(["2019-03-10T08:00:00.000Z", "2019-03-11T08:00:00.000Z", "2019-04-02T08:00:00.000Z"]);
    const recent = new Date().toISOString();
    await entriesAt([recent]);

    const dry = await runRetention(database.db, audit, "2026-02-01", { dryRun: true, auditRetentionMonths: 24 });
    expect(dry.ran && dry.counts).toMatchObject({ auditMonthsDropped: expect.any(Number), auditEntriesDropped: 3 });
    expect(await partitionOf("2019-03-10T08:00:00.000Z")).toEqual(["audit.entry_2019_03"]);

    const run = await runRetention(database.db, audit, "2026-02-01", { auditRetentionMonths: 24 });
    expect(run.ran && run.counts.auditEntriesDropped).toBe(3);
    expect(await partitionOf("2019-03-10T08:00:00.000Z")).toEqual([]);
    expect(await partitionOf("2019-04-02T08:00:00.000Z")).toEqual([]);
    expect(await partitionOf(recent)).toHaveLength(1);
    const dropped = rowsOf<{ name: string; rows: string; by: string }>(
      await database.db.execute(sql`select partition_name as name, row_count::text as rows, dropped_by as by from audit.dropped_partition order by range_from`),
    );
    expect(dropped.filter((d) => d.rows !== "0")).toEqual([
      { name: "entry_2019_03", rows: "2", by: "ehoks-retention" },
      { name: "entry_2019_04", rows: "1", by: "ehoks-retention" },
    ]);
    // Months inside the retention are not touched, empty or not.
    expect(dropped.map((d) => d.name).every((name) => name < "entry_2024_02")).toBe(true);
  });
});

describe("the student's log", () => {
  it("reads, after a cursor, only the months up to the cursor's", async () => {
    await ensureAuditPartitions(database.db, new Date("2025-01-01T00:00:00Z"));
    const cursor = { occurredAt: new Date("2025-02-15T12:00:00.000Z"), id: 1_000_000 };
    const plan = await planOf(studentLogPageQuery(database.db, STUDENT, 10, cursor));
    expect(plan).toMatch(/entry_2025_02/);
    expect(plan).not.toMatch(/entry_2025_03|entry_2026_|entry_2031_/);
  });

  it("and OPH's search by student find the student's rows by the index of students, which compares them byte by byte", async () => {
    const [column] = rowsOf<{ collation: string }>(
      await database.db.execute(sql`select c.collname as collation from pg_attribute a join pg_collation c on c.oid = a.attcollation
        where a.attrelid = 'audit.entry'::regclass and a.attname = 'oppija_oids'`),
    );
    expect(column?.collation).toBe("C");
    for (const query of [studentLogPageQuery(database.db, STUDENT, 10), auditLogPageQuery(database.db, { oppijaOid: STUDENT }, 10)]) {
      const plan = await planOf(query, true);
      // The query's students take the column's collation: were they compared otherwise, the index could not serve.
      expect(plan).toMatch(/Bitmap Index Scan on entry_\w+_oppija_oids_idx/);
    }
  });
});

describe("OPH's search", () => {
  it("reads only the months of its time range", async () => {
    const range = { from: new Date("2025-01-10T00:00:00Z"), to: new Date("2025-02-20T00:00:00Z") };
    const plan = await planOf(auditLogPageQuery(database.db, range, 50));
    expect(plan).toMatch(/entry_2025_01/);
    expect(plan).toMatch(/entry_2025_02/);
    expect(plan).not.toMatch(/entry_2019_|entry_2025_03|entry_2026_|entry_2031_/);
  });
});

describe("OPH's search, newest first", () => {
  it("reads in the indexes' order, whatever the filter: no sort of the whole trail", async () => {
    const filters = [{}, { actorOid: OFFICIAL.oid }, { from: new Date("2025-01-10T00:00:00Z"), to: new Date("2026-12-31T00:00:00Z") }];
    for (const filter of filters) {
      // Scans made dear, as on a national trail: what is left is whether the order can come from an index.
      const plan = await planOf(auditLogPageQuery(database.db, filter, 20), true);
      expect(plan, JSON.stringify(filter)).toMatch(/Presorted Key: e\.occurred_at, e\.id/);
      // A plain Sort node (not the Incremental Sort of a row's entries) would sort everything the filter finds.
      expect(plan, JSON.stringify(filter)).not.toMatch(/^\s*(->\s+)?Sort$/m);
    }
  });
});
