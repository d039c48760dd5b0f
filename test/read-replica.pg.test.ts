/**
 * Read replicas, end to end on PostgreSQL's own streaming replication: a primary and a replica of
 * it made for this test (support/replica-cluster.ts), the service as deployed (a process per
 * subgraph and the gateway) with DATABASE_READ_URL naming the replica. The replica shows each
 * commit three seconds late (`recovery_min_apply_delay`), so a read served by it while it lags is
 * visibly stale: a student's write read back at once proves read-your-writes, not luck, and a
 * consent's recipient refused at once after the student revoked it proves that a revocation takes
 * effect on the next request of anyone (disclosure.md). The gateway shares the latest write through
 * a Redis of the test's own, as gateways side by side would.
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
import { freePort } from "./support/free-port.js";
import { redisServer, type RedisServer } from "./support/redis-server.js";
import { DEMO_RECIPIENT_YTUNNUS } from "../scripts/demo/demo-roles.js";

const APPLY_DELAY_MS = 3000;

let cluster: ReplicaCluster;
let service: DeployedService;
let primary: postgres.Sql;
let replica: postgres.Sql;
let redis: RedisServer;

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
  redis = redisServer(await freePort());
  await redis.start();
  service = await startDeployedService(cluster.primaryUrl, { DATABASE_READ_URL: cluster.replicaUrl, DATABASE_READ_MAX_LAG_MS: "10000", REDIS_URL: redis.url });
}, 180_000);

afterAll(async () => {
  await service?.stop();
  await primary?.end({ timeout: 1 });
  await replica?.end({ timeout: 1 });
  await cluster?.close();
  await redis?.stop();
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

  const aino = { role: "aino", headers: {} };
  const recipient = { role: "tyonantaja", headers: {}, variables: {} };
  const giveConsent = (purpose: string) =>
    run({
      ...aino,
      document: `mutation($input: CreateConsentInput!) { createConsent(input: $input) { id tarkoitus } }`,
      variables: { input: { hoksId: "1", vastaanottaja: { yTunnus: DEMO_RECIPIENT_YTUNNUS }, osiot: ["URASUUNNITELMA"], tarkoitus: purpose, voimassaAlku: "2026-02-01", voimassaLoppu: "2026-06-30" } },
    }).then((data) => (data!.createConsent as { id: string }).id);
  const consentsOfRecipient = () =>
    run({ ...recipient, document: `{ suostumuksetMinulle(first: 100) { nodes { id tarkoitus } } }` }).then(
      (data) => (data!.suostumuksetMinulle as { nodes: { id: string; tarkoitus: string }[] }).nodes,
    );
  const onReplica = (purpose: string) => replica<{ given: number; revoked: number }[]>`
    select count(*)::int as given, count(peruttu)::int as revoked from consents.suostumus where tarkoitus = ${purpose}`.then((rows) => rows[0]);

  it("shows a student her own write at once, and everyone else too, though the replica shows it only seconds later", async () => {
    const purpose = `Kesätyö ${Date.now()}`;
    const id = await giveConsent(purpose);
    const read = await run({ ...aino, variables: {}, document: `{ me { suostumukset { id tarkoitus } } }` });
    expect((read!.me as { suostumukset: { id: string; tarkoitus: string }[] }).suostumukset).toContainEqual({ id, tarkoitus: purpose });
    // The consent's recipient, on a request of its own: the latest write holds every caller's reads.
    expect(await consentsOfRecipient()).toContainEqual({ id, tarkoitus: purpose });
    // The replica did not have it yet: a read it served would have missed the consent.
    expect(await onReplica(purpose)).toEqual({ given: 0, revoked: 0 });
    await replicaCaughtUp();
    expect(await onReplica(purpose)).toEqual({ given: 1, revoked: 0 });
  }, 60_000);

  it("refuses a consent's recipient on its next request after the student revoked it, though the replica still has it valid", async () => {
    const purpose = `Harjoittelu ${Date.now()}`;
    const id = await giveConsent(purpose);
    await replicaCaughtUp();
    expect(await consentsOfRecipient()).toContainEqual({ id, tarkoitus: purpose });

    const revoked = await run({ ...aino, variables: { id }, document: `mutation($id: ID!) { revokeConsent(id: $id) { id peruttu } }` });
    expect((revoked!.revokeConsent as { peruttu: string | null }).peruttu).not.toBeNull();
    expect((await consentsOfRecipient()).map((consent) => consent.id)).not.toContain(id);
    // A replica read would have disclosed it: there the consent is still valid.
    expect(await onReplica(purpose)).toEqual({ given: 1, revoked: 0 });
  }, 60_000);

  it("reads the primary for a request without a well-formed position: a router without the gateway's memory, a caller reaching a subgraph directly", async () => {
    const purpose = `Kesäleiri ${Date.now()}`;
    const id = await giveConsent(purpose);
    const token = await service.token(DEMO_ROLES.tyonantaja!.claims);
    const direct = (position?: string) =>
      fetch(`${service.processes.consents.origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...(position === undefined ? {} : { "x-ehoks-min-lsn": position }) },
        body: JSON.stringify({ query: "{ suostumuksetMinulle(first: 100) { nodes { id } } }" }),
      }).then(async (response) => ({ status: response.status, ids: ((await response.json()) as { data: { suostumuksetMinulle: { nodes: { id: string }[] } } }).data.suostumuksetMinulle.nodes.map((node) => node.id) }));
    for (const position of [undefined, "", "garbage", "1/2/3", "-1/0", "FFFFFFFFF/0", "0/1; drop table x", "x".repeat(5000), "primary"]) {
      const answer = await direct(position);
      expect(answer.status, position).toBe(200);
      expect(answer.ids, position).toContain(id);
    }
    // A position past anything written: a short wait for the replica, then the primary answers.
    const started = Date.now();
    expect((await direct("FFFFFFFF/FFFFFFFF")).ids).toContain(id);
    expect(Date.now() - started).toBeLessThan(2000);
    // Each of those answers was the primary's: the replica had not replayed the consent yet.
    expect(await onReplica(purpose)).toEqual({ given: 0, revoked: 0 });
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
