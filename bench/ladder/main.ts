/**
 * `npm run bench [-- --students 10000] [--duration 10] [--connections 8] [--scale] [--fresh]`:
 * the benchmark ladder on real PostgreSQL (DATABASE_URL). Makes (or reuses) a dataset of the
 * given size, starts the service under test in its own process (bench/ladder/server.ts), checks
 * that the hand-written SQL (L0) answers exactly what the service (L3) answers, then loads each
 * read scenario at each level with autocannon from another process (load.ts), and a system's
 * plan replacements at L3. `--scale` also runs scenarios 1 and 2 at L0 and L3 at 1 000, 100 000 and
 * 1 000 000 students (SCALE_SIZES).
 * `--replica` instead runs the read scenarios at L3 with one streaming replica against none (replica.ts);
 * `--gateways` the read scenarios at L2 and L3 through each gateway that can serve the supergraph (gateways.ts).
 * Results: bench/results/ladder-<time>.json, bench/results/ladder.md and ladder.svg.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { kebabizeKeys } from "../../subgraphs/hoks/write/json-keys.js";
import { ensureBenchDatabase } from "./bench-database.js";
import { databaseCpuBetween, databaseCpuReader } from "./database-cpu.js";
import { callerPools } from "./callers.js";
import { rewriteLadderFile, withLadderReport, withSection } from "./ladder-file.js";
import { makeBenchKeyEnv } from "./bench-keys.js";
import { runLoad, startLadder, stats, tokensFor, type Running } from "./processes.js";
import { datasetOids, newcomerPlan, newcomerRight, newcomersOf, shapeOf, studentData, studentIndexOf } from "./dataset.js";
import type { LoadStep } from "./load.js";
import { cpuPerRequest, LEVELS, markdown, scaleSection, svgChart, type LadderResults, type Level, type Measurement } from "./report.js";
import { SCENARIOS, type Caller, type Scenario } from "./scenarios.js";
import { replicaLadder, writeReplicaResults } from "./replica.js";
import { gatewayLadder, writeGatewayResults } from "./gateways.js";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const serverUrl = process.env.DATABASE_URL;
/** PostgreSQL's CPU, read beside the service's when the database is on this machine (database-cpu.ts). */
const readDatabaseCpu = databaseCpuReader(serverUrl);
if (!serverUrl?.startsWith("postgres")) {
  console.error("npm run bench measures a real PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).");
  process.exit(2);
}
const STUDENTS = option("students", 10_000);
/** `--only student-plan:L3` (or `--only student-plan`) runs just that, for profiling; its results are printed, not stored. */
const ONLY = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1]!.split(":") : undefined;
/** Seconds per measured round. */
const DURATION = option("duration", 5);
/**
 * Each level is measured in ROUNDS rounds, the levels of a scenario taking turns, and the median
 * round is reported: on a shared 2-core machine speed drifts by tens of percent within minutes,
 * and taking turns keeps that drift out of the ratios between levels.
 */
const ROUNDS = option("rounds", 3);
const CONNECTIONS = option("connections", 8);
if (!(STUDENTS >= 1000 && STUDENTS <= 1_000_000)) {
  console.error("--students: between 1000 and 1000000");
  process.exit(2);
}

const graphqlBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

function loadSteps(scenario: Scenario, level: Level, callers: Caller[], tokens: string[], urls: Running["urls"]): { url: string; steps: LoadStep[] } {
  const auth = (i: number) => ({ authorization: `Bearer ${tokens[i]}` });
  if (level === "L0") return { url: urls.L0, steps: [{ path: `/${scenario.name}`, requests: callers.map((c) => ({ body: JSON.stringify(c), headers: {} })) }] };
  if (level === "L1") {
    return {
      url: urls.L1,
      steps: scenario.subgraphSteps.map((step, index) =>
        index === 0
          ? { path: `/${step.subgraph}/graphql`, requests: callers.map((c, i) => ({ body: graphqlBody(step.query, step.variables(c)), headers: auth(i) })) }
          : { path: `/${step.subgraph}/graphql`, requests: callers.map((_c, i) => ({ body: "", headers: auth(i) })), entitiesOfStudents: { query: step.query } },
      ),
    };
  }
  const gateway = new URL(level === "L2" ? urls.L2 : urls.L3);
  return { url: gateway.origin, steps: [{ path: gateway.pathname, requests: callers.map((c, i) => ({ body: graphqlBody(scenario.gatewayQuery, c.variables), headers: auth(i) })) }] };
}

/** One level's load: where it goes, and how many of its requests earlier runs have sent. */
interface Load {
  label: string;
  url: string;
  steps: LoadStep[];
  sent: number;
  /** The processes serving it, when not the ladder's own (the replica ladder's stacks). */
  processes?: string[];
}

async function measureRound(load: Load, running: Running, students: number): Promise<Measurement> {
  const [scenario, level] = load.label.split(" ") as [string, Level | "writes"];
  const processes = load.processes ?? running.processesOf[level];
  const before = await stats(processes, true);
  const databaseBefore = readDatabaseCpu();
  const result = await runLoad({ url: load.url, connections: CONNECTIONS, durationSeconds: DURATION, steps: load.steps, startAt: load.sent });
  load.sent += result.requests + CONNECTIONS;
  // Batched audit inserts land shortly after the reads they record.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = await stats(processes);
  const databaseMs = databaseCpuBetween(databaseBefore, readDatabaseCpu());
  const iterations = Math.max(result.requests / load.steps.length, 1);
  return {
    ...result,
    scenario,
    level,
    students,
    statementsPerIteration: (after.statements - before.statements) / iterations,
    peakRssMb: after.peakRss / 2 ** 20,
    serviceCpuMsPerIteration: (after.cpuMs - before.cpuMs) / iterations,
    databaseCpuMsPerIteration: databaseMs === undefined ? undefined : databaseMs / iterations,
  };
}

/** The median round, with every round's throughput beside it. */
function medianRound(rounds: Measurement[]): Measurement {
  const sorted = [...rounds].sort((a, b) => a.iterationsPerSecond - b.iterationsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)]!, roundsPerSecond: rounds.map((r) => r.iterationsPerSecond) };
}

/** Warms every load up once, then measures them in turns, `rounds` times each. */
async function measureInTurns(loads: Load[], running: Running, students: number, rounds = ROUNDS): Promise<Measurement[]> {
  for (const load of loads) load.sent += (await runLoad({ url: load.url, connections: CONNECTIONS, durationSeconds: 3, steps: load.steps })).requests + CONNECTIONS;
  const measured = loads.map((): Measurement[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, load] of loads.entries()) measured[i]!.push(await measureRound(load, running, students));
  }
  return measured.map((levelRounds, i) => {
    const m = medianRound(levelRounds);
    const spread = m.roundsPerSecond!.map((r) => r.toFixed(0)).join(" / ");
    console.error(`${loads[i]!.label.padEnd(32)} ${m.iterationsPerSecond.toFixed(1).padStart(8)} req/s (${spread})  p50 ${m.p50.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  ${m.statementsPerIteration.toFixed(2)} statements  ${cpuPerRequest(m)} ms CPU  ${m.peakRssMb.toFixed(0)} MB  ${m.failures} failures`);
    return m;
  });
}

/** L0 must answer what the service answers: compared on a few callers of each scenario. */
async function l0MatchesL3(scenario: Scenario, callers: Caller[], tokens: string[], urls: Running["urls"]): Promise<boolean> {
  for (let i = 0; i < Math.min(5, callers.length); i++) {
    const floor = await (await fetch(`${urls.L0}/${scenario.name}`, { method: "POST", body: JSON.stringify(callers[i]) })).json();
    const service = await (await fetch(urls.L3, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${tokens[i]}` }, body: graphqlBody(scenario.gatewayQuery, callers[i]!.variables) })).json();
    if (!isDeepStrictEqual(floor, service)) {
      console.error(`${scenario.name}: L0 and L3 differ for caller ${i}:\n  L0 ${JSON.stringify(floor).slice(0, 400)}\n  L3 ${JSON.stringify(service).slice(0, 400)}`);
      return false;
    }
  }
  return true;
}

async function ladder(students: number, scenarios: Scenario[], levels: Level[], withWrites: boolean, results: LadderResults): Promise<void> {
  const url = await ensureBenchDatabase(serverUrl!, students, flag("fresh"));
  await removeNewcomersPlans(url, students, true);
  const running = await startLadder(url, benchKeyEnv);
  try {
    const pools = await callerPools(url);
    for (const scenario of scenarios.filter((s) => !ONLY || s.name === ONLY[0])) {
      const callers = pools[scenario.name];
      const tokens = await tokensFor(running.urls.L0, callers.map((c) => c.claims));
      results.l0MatchesL3[scenario.name] = await l0MatchesL3(scenario, callers, tokens, running.urls);
      const loads = levels
        .filter((l) => !ONLY?.[1] || l === ONLY[1])
        .map((level): Load => ({ label: `${scenario.name} ${level}`, ...loadSteps(scenario, level, callers, tokens, running.urls), sent: 0 }));
      results.measurements.push(...(await measureInTurns(loads, running, students)));
    }
    if (withWrites && !ONLY) results.measurements.push(await measureCreates(running, url, students), await measureReplaces(running, url, students));
  } finally {
    running.stop();
  }
}

/**
 * Scenario 4b: the largest provider's system replaces its students' plans (REST PUT of the whole
 * plan, as the dataset made it, so the data the read scenarios meet stays the same).
 */
async function systemToken(running: Running): Promise<string> {
  const system = { sub: "bench-system", role: "service", privileges: [{ org: datasetOids.provider(0), rights: ["read", "write", "update"] }] };
  return (await tokensFor(running.urls.L0, [system]))[0]!;
}

/**
 * Scenario 4a: the largest provider's system sends newcomers' first plans (REST POST, the whole
 * plan). Plans an earlier run created are removed first, so every run creates.
 */
/** Removes the plans the create scenario made, so the read scenarios always meet the dataset as made. */
async function removeNewcomersPlans(url: string, students: number, vacuum = false): Promise<void> {
  const postgres = (await import("postgres")).default;
  const db = postgres(url, { max: 1, onnotice: () => {} });
  await db`delete from hoks.hoks where opiskeluoikeus_oid = any(${newcomersOf(shapeOf(students)).map((s) => newcomerRight(s).oid)})`;
  // Earlier runs' writes leave dead rows behind; without this, each run would read a slower table than the last.
  if (vacuum) await db`vacuum analyze`;
  await db.end();
}

async function measureCreates(running: Running, url: string, students: number): Promise<Measurement> {
  const shape = shapeOf(students);
  await removeNewcomersPlans(url, students);
  try {
    const token = await systemToken(running);
    const requests = newcomersOf(shape).map((s) => ({ body: JSON.stringify(kebabizeKeys(newcomerPlan(s, shape))), headers: { authorization: `Bearer ${token}` } }));
    // One round: each newcomer's plan can be created once.
    const load = { label: "system-creates writes", url: new URL(running.urls.L3).origin, steps: [{ path: "/api/v1/hoks", requests }], sent: 0 };
    return (await measureInTurns([load], running, students, 1))[0]!;
  } finally {
    await removeNewcomersPlans(url, students);
  }
}

async function measureReplaces(running: Running, url: string, students: number): Promise<Measurement> {
  const postgres = (await import("postgres")).default;
  const db = postgres(url, { max: 1, onnotice: () => {} });
  const plans = await db`select h.id, h.oppija_oid, h.opiskeluoikeus_oid from hoks.hoks h join persons.opiskeluoikeus o on o.oid = h.opiskeluoikeus_oid
    where o.koulutustoimija_oid = ${datasetOids.provider(0)} and o.paattymispaiva is null order by h.id limit 500`;
  await db.end();
  const token = await systemToken(running);
  const gateway = new URL(running.urls.L3).origin;
  const shape = shapeOf(students);
  const requests = plans.map((p) => {
    const document = studentData(studentIndexOf(p.oppija_oid), shape).plans.find((plan) => plan.opiskeluoikeusOid === p.opiskeluoikeus_oid)!;
    return { path: `/api/v1/hoks/${p.id}`, body: JSON.stringify(kebabizeKeys(document)), headers: { authorization: `Bearer ${token}` } };
  });
  const load = { label: "system-replaces writes", url: gateway, steps: [{ path: "/api/v1/hoks", method: "PUT" as const, requests }], sent: 0 };
  return (await measureInTurns([load], running, students))[0]!;
}

const benchKeyEnv = await makeBenchKeyEnv();
const results: LadderResults = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
  database: "PostgreSQL (DATABASE_URL), on the same machine",
  connections: CONNECTIONS,
  durationSeconds: DURATION,
  rounds: ROUNDS,
  students: STUDENTS,
  l0MatchesL3: {},
  measurements: [],
};
if (flag("replica")) {
  const replicaResults: LadderResults = { ...results, database: "PostgreSQL 15, a primary and a streaming replica made by the bench, on the same machine" };
  await replicaLadder(STUDENTS, benchKeyEnv, replicaResults, {
    l3Load: (scenario, callers, tokens, gateway) => loadSteps(scenario, "L3", callers, tokens, { L3: gateway } as Running["urls"]),
    measureInTurns: (loads) => measureInTurns(loads, { processesOf: {} } as Running, STUDENTS),
  });
  writeReplicaResults(replicaResults);
  process.exit(0);
}
if (flag("gateways")) {
  const gatewayResults = { ...results, differing: {} };
  await gatewayLadder(serverUrl, STUDENTS, benchKeyEnv, gatewayResults, {
    gatewayLoad: (scenario, callers, tokens, gateway) => loadSteps(scenario, "L3", callers, tokens, { L3: gateway } as Running["urls"]),
    measureInTurns: (loads) => measureInTurns(loads, { processesOf: {} } as Running, STUDENTS),
  });
  writeGatewayResults(gatewayResults);
  process.exit(0);
}
await ladder(STUDENTS, SCENARIOS, LEVELS, !flag("no-writes"), results);
/** Dataset sizes of `--scale`: a student's and an official's latency must stay flat across them. */
const SCALE_SIZES = [1000, 100_000, 1_000_000];
if (flag("scale")) {
  for (const size of SCALE_SIZES.filter((n) => n !== STUDENTS)) {
    const scaled: LadderResults = { ...results, l0MatchesL3: {}, measurements: [] };
    await ladder(size, SCENARIOS.slice(0, 2), ["L0", "L3"], false, scaled);
    results.measurements.push(...scaled.measurements);
  }
}
const scale = scaleSection(results);
if (!ONLY) {
  const dir = new URL("../results/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `ladder-${results.date.replace(/[:.]/g, "-")}.json`), JSON.stringify(results, null, 2));
  rewriteLadderFile(dir, (current) => {
    const withReport = withLadderReport(current, markdown(results));
    return scale ? withSection(withReport, scale) : withReport;
  });
  writeFileSync(join(dir, "ladder.svg"), svgChart(results));
}
console.log(markdown(results));
if (scale) console.log(`\n${scale}`);
