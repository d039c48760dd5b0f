/**
 * `npm run bench:auth`: what authorization adds to reading a plan, in the hoks subgraph executed
 * in-process (no HTTP, so the figure is the rules' own cost). Each query runs as its real
 * principal with the rules on (shield + the scoped SQL), and again with the rules off: no shield,
 * and the unrestricted grant (OPH's constant R9, which skips every rule's SQL). For the official
 * both return the same plan; for the instructor the rules also shrink the answer.
 *
 * Uses DATABASE_URL when set (a throw-away database next to it), else an in-memory PGlite.
 */
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import { graphql, type GraphQLSchema } from "graphql";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import { hoksSubgraph } from "../subgraphs/hoks/definition.js";
import { principalFromClaims, type EhoksClaims } from "../subgraphs/shared/auth/principal.js";
import { fixedClock } from "../subgraphs/shared/clock.js";
import { FULL_HOKS_FIELDS } from "../gateway/rest/full-plan.js";
import { createSeededDatabase } from "../test/support/seeded-database.js";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const WARMUP = 30;

const database = await createSeededDatabase();
const clock = fixedClock("2026-02-01");
const withRules = await hoksSubgraph.buildSchema();
const withoutRules = await hoksSubgraph.buildSchema({ permissions: false });
// Reads are audited in both arms alike; the audit's own cost is measured by bench/audit.ts.
const audit = new AuditLog({ db: database.db });
const principal = (claims: EhoksClaims) => principalFromClaims(JSON.parse(JSON.stringify(claims)), "bench");

const queries = {
  official: { who: DEMO_ROLES.liisa!.claims, source: `{ hoks(id: ${database.planIds.full}) { ${FULL_HOKS_FIELDS} } }` },
  instructor: { who: DEMO_ROLES.ville!.claims, source: `{ workplaceAssignments { ${FULL_HOKS_FIELDS} } }` },
  "instructor, by id": { who: DEMO_ROLES.ville!.claims, source: `{ hoks(id: ${database.planIds.full}) { ${FULL_HOKS_FIELDS} } }` },
};
const unrestricted = DEMO_ROLES.oph!.claims;
// With the rules off, "my assignments" has no meaning: the same plan is read by id instead.
const rulesOffSource = `{ hoks(id: ${database.planIds.full}) { ${FULL_HOKS_FIELDS} } }`;

async function timeOf(schema: GraphQLSchema, claims: EhoksClaims, source: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const contextValue = hoksSubgraph.createContext({ db: database.db, clock, keys: undefined as never, audit }, principal(claims));
    const started = performance.now();
    const result = await graphql({ schema, source, contextValue });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const ms = (value: number) => `${value.toFixed(2)} ms`;

console.log(`hoks subgraph in-process, ${database.kind}, ${ITERATIONS} runs each after ${WARMUP} warm-up runs\n`);
console.log("| query | rules on (mean / p50 / p95) | rules off (mean / p50 / p95) | added by authorization (mean) |");
console.log("|---|---|---|---|");
for (const [name, { who, source }] of Object.entries(queries)) {
  const on = await timeOf(withRules, who, source);
  const off = await timeOf(withoutRules, unrestricted, name.startsWith("instructor") ? rulesOffSource : source);
  const added = (mean(on) / mean(off) - 1) * 100;
  console.log(`| ${name} | ${ms(mean(on))} / ${ms(percentile(on, 0.5))} / ${ms(percentile(on, 0.95))} | ${ms(mean(off))} / ${ms(percentile(off, 0.5))} / ${ms(percentile(off, 0.95))} | ${added >= 0 ? "+" : ""}${added.toFixed(0)} % |`);
}
await audit.close();
await database.close();
