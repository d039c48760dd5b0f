/**
 * `npm run bench:audit`: what read auditing adds to a student's full plan read, through the
 * gateway over HTTP. The service runs as deployed (subgraphs and gateway in their own processes,
 * rules on) twice over the same ladder dataset: once with the audit trail, once with one that
 * drops reads; autocannon loads each from another process, the arms alternating over rounds so
 * that the machine's drift falls on both. Run it on real PostgreSQL: `DATABASE_URL=postgres://…
 * npm run bench:audit` (BENCH_STUDENTS, default 10 000; BENCH_ROUNDS, default 3;
 * BENCH_DURATION seconds, default 10; BENCH_CONNECTIONS, default 8).
 */
import { makeBenchKeyEnv } from "./ladder/bench-keys.js";
import { ensureBenchDatabase } from "./ladder/bench-database.js";
import { callerPools } from "./ladder/callers.js";
import { runLoad, startDeployed, tokensFor } from "./ladder/processes.js";
import { SCENARIOS } from "./ladder/scenarios.js";

const env = process.env;
if (!env.DATABASE_URL?.startsWith("postgres")) {
  console.error("npm run bench:audit measures a real PostgreSQL: set DATABASE_URL.");
  process.exit(2);
}
const STUDENTS = Number(env.BENCH_STUDENTS ?? 10_000);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const DURATION = Number(env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 8);

const url = await ensureBenchDatabase(env.DATABASE_URL, STUDENTS, false);
const keyEnv = await makeBenchKeyEnv();
const scenario = SCENARIOS.find((s) => s.name === "student-plan")!;
const callers = (await callerPools(url))["student-plan"];

async function arm(auditReads: boolean): Promise<{ rps: number; p50: number; p99: number }> {
  const service = await startDeployed(url, keyEnv, auditReads);
  try {
    const tokens = await tokensFor(service.floor, callers.map((c) => c.claims));
    const gateway = new URL(service.gateway);
    const requests = callers.map((c, i) => ({ body: JSON.stringify({ query: scenario.gatewayQuery, variables: c.variables }), headers: { authorization: `Bearer ${tokens[i]}` } }));
    const steps = [{ path: gateway.pathname, requests }];
    await runLoad({ url: gateway.origin, connections: CONNECTIONS, durationSeconds: 3, steps });
    const result = await runLoad({ url: gateway.origin, connections: CONNECTIONS, durationSeconds: DURATION, steps });
    if (result.failures) throw new Error(`${result.failures} failed requests`);
    return { rps: result.iterationsPerSecond, p50: result.p50, p99: result.p99 };
  } finally {
    service.stop();
  }
}

const arms = { audited: [] as Awaited<ReturnType<typeof arm>>[], notAudited: [] as Awaited<ReturnType<typeof arm>>[] };
for (let round = 1; round <= ROUNDS; round++) {
  arms.notAudited.push(await arm(false));
  arms.audited.push(await arm(true));
  console.error(`round ${round}/${ROUNDS}: not audited ${arms.notAudited.at(-1)!.rps.toFixed(0)} req/s, audited ${arms.audited.at(-1)!.rps.toFixed(0)} req/s`);
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const summary = (runs: typeof arms.audited) => ({ rps: mean(runs.map((r) => r.rps)), p50: mean(runs.map((r) => r.p50)), p99: mean(runs.map((r) => r.p99)) });
const audited = summary(arms.audited);
const plain = summary(arms.notAudited);
console.log(`A student's full plan through the gateway (${STUDENTS} students, ${ROUNDS} × ${DURATION} s per arm, ${CONNECTIONS} connections):`);
console.log(`  reads not audited: ${plain.rps.toFixed(0)} req/s, p50 ${plain.p50.toFixed(1)} ms, p99 ${plain.p99.toFixed(1)} ms`);
console.log(`  reads audited:     ${audited.rps.toFixed(0)} req/s, p50 ${audited.p50.toFixed(1)} ms, p99 ${audited.p99.toFixed(1)} ms`);
console.log(`  auditing adds:     p50 ${(audited.p50 - plain.p50).toFixed(1)} ms, p99 ${(audited.p99 - plain.p99).toFixed(1)} ms; throughput ${(((audited.rps - plain.rps) / plain.rps) * 100).toFixed(1)} %`);
