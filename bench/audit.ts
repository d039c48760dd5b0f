/**
 * `npm run bench:audit`: what read auditing adds to the student's full-plan query, through the
 * gateway over HTTP. The same service runs twice over the same data, once with the audit trail
 * and once with an audit trail that drops reads (writes are not measured here); rounds alternate
 * so that the machine's drift falls on both alike. Run it on real PostgreSQL:
 * `DATABASE_URL=postgres://… npm run bench:audit`. BENCH_REQUESTS (default 2000 per arm per
 * round) and BENCH_ROUNDS (default 3) tune it.
 */
import { FULL_HOKS_FIELDS } from "../gateway/rest/full-plan.js";
import { startService } from "../scripts/service.js";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import { seedDemo } from "../scripts/demo/seed-demo.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import { generateTokenKeys } from "../subgraphs/shared/auth/keys.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { fixedClock } from "../subgraphs/shared/clock.js";
import { createTestDatabase } from "../test/support/test-database.js";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

/** The control arm: an audit trail that records writes but drops reads. */
class ReadsDropped extends AuditLog {
  override queueReads(): void {}
}

const database = await createTestDatabase({ maxConnections: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
if (database.kind !== "postgres") console.warn("Note: no DATABASE_URL, measuring the embedded PGlite (one connection, not a production figure).");
await seedDemo(database.db);
const keys = await generateTokenKeys();
const token = await mintToken(keys, DEMO_ROLES.aino!.claims, "2h");
const query = JSON.stringify({ query: `{ me { etunimet sukunimi opiskeluoikeudet { oid } hoksit { ${FULL_HOKS_FIELDS} } } }` });

async function measure(audit: AuditLog): Promise<number[]> {
  const service = await startService({ db: database.db, clock: fixedClock("2026-02-01"), keys, audit, rateLimit: { burst: 1e9, perSecond: 1e9 }, ports: { gateway: 0, hoks: 0, persons: 0, consents: 0 } });
  const send = async () => {
    const started = performance.now();
    const response = await fetch(service.gatewayUrl, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: query });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - started;
  };
  for (let i = 0; i < 100; i++) await send(); // warm-up: prepared statements, JIT
  const times: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => { while (next++ < REQUESTS) times.push(await send()); }));
  await service.stop();
  return times.sort((a, b) => a - b);
}

const stats = (times: number[]) => ({
  mean: times.reduce((a, b) => a + b, 0) / times.length,
  p50: times[Math.floor(times.length * 0.5)]!,
  p99: times[Math.floor(times.length * 0.99)]!,
});
const fmt = (s: ReturnType<typeof stats>) => `mean ${s.mean.toFixed(2)} ms, p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms`;

const arms = { "reads audited": [] as number[], "reads not audited": [] as number[] };
for (let round = 1; round <= ROUNDS; round++) {
  arms["reads not audited"].push(...(await measure(new ReadsDropped({ db: database.db }))));
  arms["reads audited"].push(...(await measure(new AuditLog({ db: database.db }))));
  process.stdout.write(`round ${round}/${ROUNDS} done\n`);
}
const audited = stats(arms["reads audited"].sort((a, b) => a - b));
const plain = stats(arms["reads not audited"].sort((a, b) => a - b));
console.log(`Student's full plan through the gateway (${ROUNDS} × ${REQUESTS} requests per arm, concurrency ${CONCURRENCY}, ${database.kind}):`);
console.log(`  reads not audited: ${fmt(plain)}`);
console.log(`  reads audited:     ${fmt(audited)}`);
console.log(`  added by auditing: mean ${(audited.mean - plain.mean).toFixed(2)} ms (${(((audited.mean - plain.mean) / plain.mean) * 100).toFixed(1)} %), p99 ${(audited.p99 - plain.p99).toFixed(2)} ms`);
await database.close();
