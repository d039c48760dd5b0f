/**
 * `npm run bench:writes`: sends generated full plans (valid-full.json for synthetic students) to
 * the whole service over HTTP, through the REST door and through GraphQL, and prints plans per
 * second. Run it on real PostgreSQL: `DATABASE_URL=postgres://… npm run bench:writes` (a
 * throw-away database is made next to it). BENCH_PLANS (default 10000 per door) and
 * BENCH_CONCURRENCY (default 16) tune it.
 */
import { startService } from "../scripts/service.js";
import { readSeedDocument } from "../scripts/demo/demo-data.js";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import type { WorldDocument } from "../subgraphs/persons/import/world-document.js";
import { generateTokenKeys } from "../subgraphs/shared/auth/keys.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { fixedClock } from "../subgraphs/shared/clock.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import { createTestDatabase } from "../test/support/test-database.js";
import { fullPlanFor, syntheticWorld } from "./support/synthetic-world.js";

const PLANS = Number(process.env.BENCH_PLANS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const template = readSeedDocument<Record<string, unknown>>("valid-full.json");

// The production pool size (drizzle/db.ts), not the small one tests use.
const database = await createTestDatabase({ maxConnections: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
if (database.kind !== "postgres") console.warn("Note: no DATABASE_URL, measuring the embedded PGlite (one connection, not a production figure).");
await importWorld(database.db, readSeedDocument<WorldDocument>("world.json"));
process.stdout.write(`Importing ${2 * PLANS} synthetic students… `);
for (let from = 0; from < 2 * PLANS; from += 5000) await importWorld(database.db, syntheticWorld(from, Math.min(5000, 2 * PLANS - from)));
console.log("done");

const keys = await generateTokenKeys();
const service = await startService({ db: database.db, clock: fixedClock("2026-02-01"), keys, rateLimit: { burst: 1e9, perSecond: 1e9 }, ports: { gateway: 0, hoks: 0, persons: 0, consents: 0 } });
const token = await mintToken(keys, DEMO_ROLES.rantalasystem!.claims, "2h");
const base = service.gatewayUrl.replace(/\/graphql$/, "");
const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
const CREATE = `mutation ($document: JSONObject!) { createHoks(document: $document) { id } }`;

const doors = {
  REST: async (document: unknown) => {
    const response = await fetch(`${base}/api/v1/hoks`, { method: "POST", headers, body: JSON.stringify(document) });
    if (response.status !== 200) throw new Error(`REST ${response.status}: ${await response.text()}`);
  },
  GraphQL: async (document: unknown) => {
    const response = await fetch(service.gatewayUrl, { method: "POST", headers, body: JSON.stringify({ query: CREATE, variables: { document } }) });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  },
};

let offset = 0;
for (const [door, send] of Object.entries(doors)) {
  const first = offset;
  let next = 0;
  let done = 0;
  const started = performance.now();
  const progress = setInterval(() => process.stdout.write(`\r${door}: ${done}/${PLANS}`), 500);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < PLANS) {
        const index = first + next++;
        await send(fullPlanFor(template, index));
        done++;
      }
    }),
  );
  clearInterval(progress);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\r${door}: ${PLANS} full plans in ${seconds.toFixed(1)} s = ${(PLANS / seconds).toFixed(0)} plans/s (concurrency ${CONCURRENCY}, ${database.kind})`);
  offset += PLANS;
}
await service.stop();
await database.close();
