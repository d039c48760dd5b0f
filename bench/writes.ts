/**
 * `npm run bench:writes`: sends BENCH_PLANS (default 10 000) generated full plans (valid-full.json
 * for synthetic students) to the service as deployed (subgraphs and gateway in processes of their
 * own, rules and audit trail on) through the REST door, and as many through GraphQL, from
 * autocannon in another process, and prints plans per second. Run it on real PostgreSQL:
 * `DATABASE_URL=postgres://… npm run bench:writes` (a throw-away database is made next to it).
 * BENCH_CONCURRENCY (default 16) sets the connections; BENCH_DOORS (default REST,GraphQL) the
 * doors and their order. Each door first writes BENCH_WARMUP (default 3 000) plans that are not
 * measured, all doors before any is measured, so that none is measured on processes still warming
 * or on a store still a few hundred plans small; the database is analyzed before each door is
 * measured.
 */
import { sql } from "drizzle-orm";
import { readSeedDocument } from "../scripts/demo/demo-data.js";
import type { WorldDocument } from "../subgraphs/persons/import/world-document.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import { createTestDatabase } from "../test/support/test-database.js";
import { makeBenchKeyEnv } from "./ladder/bench-keys.js";
import { databaseCpuBetween, databaseCpuReader } from "./ladder/database-cpu.js";
import { runLoad, startDeployed, stats, tokensFor } from "./ladder/processes.js";
import { fullPlanFor, syntheticWorld } from "./support/synthetic-world.js";

const PLANS = Number(process.env.BENCH_PLANS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/**
 * Plans each door writes before any is measured. 300 were too few: 2026-12-03, 10 000 plans a
 * door after 300 each, REST measured first ran 139 plans a second at 6.1 + 5.5 ms of CPU a plan,
 * GraphQL after it 190 at 4.8 + 3.5; after 3 000 each, REST 203 at 4.4 + 3.2 and GraphQL 204 at
 * 4.4 + 3.3. A store of a few hundred plans, analyzed, then grown twentyfold while measured, is
 * not the steady state of a national one.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3000);
const DOORS = ["REST", "GraphQL"] as const;
type Door = (typeof DOORS)[number];
/** BENCH_DOORS: which doors, in which order. */
const order = (process.env.BENCH_DOORS ?? DOORS.join(",")).split(",") as Door[];
if (order.some((door) => !DOORS.includes(door))) {
  console.error(`BENCH_DOORS: a comma-separated list of ${DOORS.join(" and ")}.`);
  process.exit(2);
}
/** Students needed: each plan is written for a study right of its own. */
const STUDENTS = order.length * (WARMUP + PLANS);
const RANTALA = "1.2.246.562.10.55500012343";
const template = readSeedDocument<Record<string, unknown>>("valid-full.json");
/** PostgreSQL's CPU a plan, read from /proc when the database runs on this machine (ladder/database-cpu.ts). */
const readDatabaseCpu = databaseCpuReader(process.env.DATABASE_URL);

if (!process.env.DATABASE_URL?.startsWith("postgres")) {
  console.error("npm run bench:writes measures a real PostgreSQL: set DATABASE_URL.");
  process.exit(2);
}
const database = await createTestDatabase({ maxConnections: 4 });
await importWorld(database.db, readSeedDocument<WorldDocument>("world.json"));
process.stderr.write(`Importing ${STUDENTS} synthetic students… `);
for (let from = 0; from < STUDENTS; from += 5000) await importWorld(database.db, syntheticWorld(from, Math.min(5000, STUDENTS - from)));
console.error("done");

const service = await startDeployed(database.url!, await makeBenchKeyEnv());
const [token] = await tokensFor(service.floor, [{ sub: "rantala-sis", role: "service", privileges: [{ org: RANTALA, rights: ["read", "write", "update", "delete"] }] }]);
const headers = { authorization: `Bearer ${token}` };
const gateway = new URL(service.gateway);
const CREATE = `mutation ($document: JSONObject!) { createHoks(document: $document) { id } }`;

const doors: Record<Door, (index: number) => { path: string; body: string; headers: Record<string, string> }> = {
  REST: (index: number) => ({ path: "/api/v1/hoks", body: JSON.stringify(fullPlanFor(template, index)), headers }),
  GraphQL: (index: number) => ({ path: gateway.pathname, body: JSON.stringify({ query: CREATE, variables: { document: fullPlanFor(template, index) } }), headers }),
};

const write = (door: Door, amount: number, from: number) =>
  runLoad({ url: gateway.origin, connections: CONCURRENCY, durationSeconds: 0, amount, steps: [{ path: "/", requests: Array.from({ length: amount }, (_, i) => doors[door](from + i)) }] });

try {
  let offset = 0;
  // Every door warms up before any is measured: warmed up one at a time, the door measured first
  // paid for what the others' warm-ups then gave the later ones.
  for (const door of order) {
    if (WARMUP > 0) await write(door, WARMUP, offset);
    offset += WARMUP;
  }
  for (const door of order) {
    // A national store has its statistics: without them the plans the service's connections keep
    // (made on first use, when the tables were empty) scan tables whole, and each measured plan
    // would cost more than the one before it. ANALYZE makes them plan again, as in production.
    await database.db.execute(sql`analyze`);
    const before = await stats(service.processes);
    const databaseBefore = readDatabaseCpu();
    const result = await write(door, PLANS, offset);
    const after = await stats(service.processes);
    const databaseMs = databaseCpuBetween(databaseBefore, readDatabaseCpu());
    const statements = (after.statements - before.statements) / PLANS;
    const cpuMs = (after.cpuMs - before.cpuMs) / PLANS;
    const databaseCpuText = databaseMs === undefined ? "" : ` and ${(databaseMs / PLANS).toFixed(1)} ms of PostgreSQL's`;
    console.log(
      `${door}: ${PLANS} full plans in ${result.seconds.toFixed(1)} s = ${result.iterationsPerSecond.toFixed(0)} plans/s (p50 ${result.p50} ms, p99 ${result.p99} ms, ${statements.toFixed(1)} statements, ${cpuMs.toFixed(1)} ms of the service's CPU${databaseCpuText} a plan, ${result.failures} failures, concurrency ${CONCURRENCY})`,
    );
    offset += PLANS;
  }
} finally {
  service.stop();
  await database.close();
}
