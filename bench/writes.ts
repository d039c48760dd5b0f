/**
 * `npm run bench:writes`: sends BENCH_PLANS (default 10 000) generated full plans (valid-full.json
 * for synthetic students) to the service as deployed (subgraphs and gateway in processes of their
 * own, rules and audit trail on) through the REST door, and as many through GraphQL, from
 * autocannon in another process, and prints plans per second. Run it on real PostgreSQL:
 * `DATABASE_URL=postgres://… npm run bench:writes` (a throw-away database is made next to it).
 * BENCH_CONCURRENCY (default 16) sets the connections. Each door first writes BENCH_WARMUP (default
 * 300) plans that are not measured, so that neither door pays for the processes' JIT warm-up,
 * and the database is then analyzed.
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
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
/** Students needed: each plan is written for a study right of its own. */
const STUDENTS = 2 * (WARMUP + PLANS);
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

const doors = {
  REST: (index: number) => ({ path: "/api/v1/hoks", body: JSON.stringify(fullPlanFor(template, index)), headers }),
  GraphQL: (index: number) => ({ path: gateway.pathname, body: JSON.stringify({ query: CREATE, variables: { document: fullPlanFor(template, index) } }), headers }),
};

try {
  let offset = 0;
  for (const [door, request] of Object.entries(doors)) {
    const write = (amount: number, from: number) =>
      runLoad({ url: gateway.origin, connections: CONCURRENCY, durationSeconds: 0, amount, steps: [{ path: "/", requests: Array.from({ length: amount }, (_, i) => request(from + i)) }] });
    if (WARMUP > 0) await write(WARMUP, offset);
    offset += WARMUP;
    // A national store has its statistics: without them the plans the service's connections keep
    // (made on first use, when the tables were empty) scan tables whole, and each measured plan
    // would cost more than the one before it. ANALYZE makes them plan again, as in production.
    await database.db.execute(sql`analyze`);
    const before = await stats(service.processes);
    const databaseBefore = readDatabaseCpu();
    const result = await write(PLANS, offset);
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
