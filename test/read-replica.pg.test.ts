/**
 * Read replicas, end to end on PostgreSQL's own streaming replication: a primary and a replica of
 * it made for this test (support/replica-cluster.ts), the service as deployed (a process per
 * subgraph and the gateway) with DATABASE_READ_URL naming the replica. The replica shows each
 * commit three seconds late (`recovery_min_apply_delay`), so a read served by it while it lags is
 * visibly stale: a student's write read back at once proves read-your-writes, not luck.
 */
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf } from "../drizzle/db.js";
import { migrateDatabase } from "../drizzle/migrate.js";
import { readOperations, type NamedOperation } from "../gateway/operations.js";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import { seedDemo } from "../scripts/demo/seed-demo.js";
import { startDeployedService, type DeployedService } from "./support/deployed-service.js";
import { startReplicaCluster, type ReplicaCluster } from "./support/replica-cluster.js";

const APPLY_DELAY_MS = 3000;

let cluster: ReplicaCluster;
let service: DeployedService;
let primary: postgres.Sql;
let replica: postgres.Sql;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The example reads whose answers stay the same from run to run: not the ones that write or
 * make something new (`runs: once`), nor the audit trail's, which grows with every request.
 */
const stableReads = readOperations().filter(
  (operation) => !operation.once && !/^\s*mutation\b/m.test(operation.document.replace(/^#.*$/gm, "")) && !/access-log|audit-search/.test(operation.file),
);

async function run(operation: Pick<NamedOperation, "role" | "document" | "variables" | "headers">) {
  const response = await fetch(service.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await service.token(DEMO_ROLES[operation.role]!.claims)}`, ...operation.headers },
    body: JSON.stringify({ query: operation.document, variables: operation.variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(response.status, JSON.stringify(body.errors)).toBe(200);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

async function answersOfStableReads(): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const operation of stableReads) answers[operation.file] = await run(operation);
  return answers;
}

/** Index and sequential scans of our tables that the replica itself ran (its own statistics). */
async function scansOnReplica(): Promise<number> {
  const [row] = await replica<{ scans: string }[]>`
    select coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0)::text as scans
    from pg_stat_user_tables where schemaname in ('hoks', 'persons', 'consents')`;
  return Number(row!.scans);
}

/** Table statistics reach the view when a session flushes them (up to ten seconds when it is busy). */
async function scansOnReplicaOnceAbove(floor: number): Promise<number> {
  const until = Date.now() + 20_000;
  let scans = await scansOnReplica();
  while (scans <= floor && Date.now() < until) {
    await sleep(250);
    scans = await scansOnReplica();
  }
  return scans;
}

/** Until the replica has replayed everything the primary has written so far. */
async function replicaCaughtUp(): Promise<void> {
  const [{ lsn }] = [...(await primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`)] as [{ lsn: string }];
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const [row] = await replica<{ caught: boolean }[]>`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as caught`;
    if (row?.caught) return;
    await sleep(100);
  }
  throw new Error("the replica did not catch up within 30 s");
}

beforeAll(async () => {
  cluster = await startReplicaCluster({ applyDelayMs: APPLY_DELAY_MS });
  const database = await openDatabase({ url: cluster.primaryUrl, maxConnections: 4 });
  try {
    await migrateDatabase(database);
    await seedDemo(database.db, { sharing: true });
  } finally {
    await database.close();
  }
  primary = postgres(cluster.primaryUrl, { max: 1, onnotice: () => {} });
  replica = postgres(cluster.replicaUrl, { max: 1, onnotice: () => {} });
  await replicaCaughtUp();
  service = await startDeployedService(cluster.primaryUrl, { DATABASE_READ_URL: cluster.replicaUrl, DATABASE_READ_MAX_LAG_MS: "10000" });
}, 180_000);

afterAll(async () => {
  await service?.stop();
  await primary?.end({ timeout: 1 });
  await replica?.end({ timeout: 1 });
  await cluster?.close();
}, 60_000);

describe("a gateway over subgraphs configured with a streaming replica (DATABASE_READ_URL)", () => {
  it("serves the example reads, their scoped statements running on the replica", async () => {
    expect(stableReads.length).toBeGreaterThan(10);
    const before = await scansOnReplica();
    await answersOfStableReads();
    const after = await scansOnReplicaOnceAbove(before + stableReads.length);
    // Every example read runs at least one scoped statement; on the replica, not the primary.
    expect(after - before).toBeGreaterThanOrEqual(stableReads.length);
    const sessions = await replica<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where application_name = 'ehoks-graph-read'`;
    expect(sessions[0]!.n).toBeGreaterThan(0);
  }, 60_000);

  it("shows a student her own write at once, though the replica shows it only seconds later", async () => {
    const aino = { role: "aino", headers: {} };
    const purpose = `Kesätyö ${Date.now()}`;
    const given = await run({
      ...aino,
      document: `mutation($input: CreateConsentInput!) { createConsent(input: $input) { id tarkoitus } }`,
      variables: { input: { hoksId: "1", vastaanottaja: { yTunnus: "1234567-1" }, osiot: ["URASUUNNITELMA"], tarkoitus: purpose, voimassaAlku: "2026-02-01", voimassaLoppu: "2026-06-30" } },
    });
    const id = (given!.createConsent as { id: string }).id;
    const read = await run({ ...aino, variables: {}, document: `{ me { suostumukset { id tarkoitus } } }` });
    expect((read!.me as { suostumukset: { id: string; tarkoitus: string }[] }).suostumukset).toContainEqual({ id, tarkoitus: purpose });
    // The replica did not have it yet: a read it served would have missed the consent.
    const onReplica = await replica<{ n: number }[]>`select count(*)::int as n from consents.suostumus where tarkoitus = ${purpose}`;
    expect(onReplica[0]!.n).toBe(0);
    // Another student's reads are no slower for it: they have nothing to wait for.
    await run({ role: "bertta", variables: {}, headers: {}, document: `{ me { oid } }` });
    await replicaCaughtUp();
    const later = await replica<{ n: number }[]>`select count(*)::int as n from consents.suostumus where tarkoitus = ${purpose}`;
    expect(later[0]!.n).toBe(1);
  }, 60_000);

  it("ignores a malformed position header, and reads from the primary past a position no replica has reached", async () => {
    const token = await service.token(DEMO_ROLES.aino!.claims);
    const direct = (position: string) =>
      fetch(`${service.processes.hoks.origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-ehoks-min-lsn": position },
        body: JSON.stringify({ query: "{ hoks(id: 1) { id } }" }),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    for (const position of ["", "garbage", "1/2/3", "-1/0", "FFFFFFFFF/0", "0/1; drop table x", "x".repeat(5000)]) {
      expect(await direct(position), position).toEqual({ status: 200, body: { data: { hoks: { id: "1" } } } });
    }
    // A position past anything written: a short wait for the replica, then the primary answers.
    const started = Date.now();
    expect(await direct("FFFFFFFF/FFFFFFFF")).toEqual({ status: 200, body: { data: { hoks: { id: "1" } } } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("keeps answering the same when the replica stops", async () => {
    await replicaCaughtUp();
    // Past the apply delay of the writes before: the replica and the primary hold the same.
    await sleep(APPLY_DELAY_MS + 500);
    const withReplica = await answersOfStableReads();
    // A statement the replica can no longer answer runs on the primary: held here, this replica's
    // read database is used after the stop, before any poll could notice it.
    const direct = await openDatabase({ url: cluster.primaryUrl, maxConnections: 2, readUrls: [cluster.replicaUrl] });
    const replicaDb = await direct.reads!.readDbFor();
    expect(replicaDb).not.toBe(direct.db);
    const plans = () => replicaDb.execute(sql`select count(*)::int as n from hoks.hoks`);
    const before = rowsOf<{ n: number }>(await plans());
    await cluster.stopReplica();
    try {
      expect(rowsOf<{ n: number }>(await plans())).toEqual(before);
      expect(direct.reads!.state()).toMatchObject([{ replica: 1, up: false, usable: false }]);
      expect(await direct.reads!.readDbFor()).toBe(direct.db);
    } finally {
      await direct.close();
    }
    const withoutReplica = await answersOfStableReads();
    expect(withoutReplica).toEqual(withReplica);
    // Right after the stop, and again once the router has noticed it.
    await sleep(1000);
    expect(await answersOfStableReads()).toEqual(withReplica);
    expect(Object.values(service.processes).filter((p) => p.child.exitCode !== null).map((p) => p.name)).toEqual([]);
  }, 90_000);
});
