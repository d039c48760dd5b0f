/**
 * `npm run bench -- --replica`: the read scenarios at L3 with one streaming replica against none.
 *
 * The shared server allows no replication, so this makes a primary and a replica of its own
 * (test/support/replica-cluster.ts, the same one the e2e test uses), the dataset in the primary,
 * and two deployed stacks over it (floor, subgraphs, gateway): one reading from the primary
 * alone, one with DATABASE_READ_URL naming the replica. Both take turns, as the ladder's levels
 * do, so the machine's drift stays out of their ratio. Results: bench/results/ladder-replica-<time>.json,
 * and a section of bench/results/ladder.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import { startReplicaCluster } from "../../test/support/replica-cluster.js";
import { benchDatabaseUrl, ensureBenchDatabase } from "./bench-database.js";
import { callerPools } from "./callers.js";
import { REPLICA_SECTION, rewriteLadderFile, withSection } from "./ladder-file.js";
import { startDeployed, tokensFor } from "./processes.js";
import { measurementTable, type LadderResults, type Measurement } from "./report.js";
import { SCENARIOS, type Caller, type Scenario } from "./scenarios.js";
import type { LoadStep } from "./load.js";

/** What the ladder's driver (main.ts) lends: its L3 load for a gateway, and its measuring in turns. */
export interface ReplicaLadderTools {
  l3Load(scenario: Scenario, callers: Caller[], tokens: string[], gatewayUrl: string): { url: string; steps: LoadStep[] };
  measureInTurns(loads: { label: string; url: string; steps: LoadStep[]; sent: number; processes: string[] }[]): Promise<Measurement[]>;
}

async function replicaCaughtUp(primaryUrl: string, replicaUrl: string): Promise<void> {
  const primary = postgres(primaryUrl, { max: 1, onnotice: () => {} });
  const replica = postgres(replicaUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ lsn }] = [...(await primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`)] as [{ lsn: string }];
    for (let waited = 0; waited < 120_000; waited += 200) {
      const [row] = await replica<{ caught: boolean }[]>`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as caught`;
      if (row?.caught) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("the replica did not catch up within two minutes");
  } finally {
    await primary.end();
    await replica.end();
  }
}

export async function replicaLadder(students: number, keyEnv: string, results: LadderResults, tools: ReplicaLadderTools): Promise<void> {
  const cluster = await startReplicaCluster();
  const stops: (() => void)[] = [];
  try {
    console.error(`replica ladder: a primary and a streaming replica on ports ${new URL(cluster.primaryUrl).port} and ${new URL(cluster.replicaUrl).port}`);
    const url = await ensureBenchDatabase(cluster.primaryUrl, students, true);
    const replicaUrl = benchDatabaseUrl(cluster.replicaUrl, students);
    await replicaCaughtUp(url, replicaUrl);
    const plain = await startDeployed(url, keyEnv);
    stops.push(plain.stop);
    const replicated = await startDeployed(url, keyEnv, true, { DATABASE_READ_URL: replicaUrl });
    stops.push(replicated.stop);
    const pools = await callerPools(url);
    for (const scenario of SCENARIOS) {
      const callers = pools[scenario.name];
      const tokens = await tokensFor(plain.floor, callers.map((c) => c.claims));
      const loads = [
        { label: `${scenario.name}/no-replica L3`, ...tools.l3Load(scenario, callers, tokens, plain.gateway), sent: 0, processes: plain.processes },
        { label: `${scenario.name}/one-replica L3`, ...tools.l3Load(scenario, callers, tokens, replicated.gateway), sent: 0, processes: replicated.processes },
      ];
      results.measurements.push(...(await tools.measureInTurns(loads)));
    }
  } finally {
    stops.forEach((stop) => stop());
    await cluster.close();
  }
}

/** The run's JSON beside the ladder's, and its table as a section of ladder.md (replacing an earlier one). */
export function writeReplicaResults(results: LadderResults): void {
  const dir = new URL("../results/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `ladder-replica-${results.date.replace(/[:.]/g, "-")}.json`), JSON.stringify(results, null, 2));
  // The ladder's table of measurements (its level ratios do not apply here), then one replica against none.
  const table = measurementTable(results);
  const rate = (label: string) => results.measurements.find((m) => m.scenario === label)?.iterationsPerSecond ?? NaN;
  const ratios = [
    "| scenario | one replica / none, throughput |",
    "|---|---|",
    ...SCENARIOS.map((s) => `| ${s.name} | ${(rate(`${s.name}/one-replica`) / rate(`${s.name}/no-replica`)).toFixed(2)} |`),
  ].join("\n");
  const section = `${REPLICA_SECTION}\n\n${results.date}: a primary and one streaming replica made by the bench on this machine (fsync off), both stacks over the same primary; the replica competes for the same two cores.\n\n${table}\n\n${ratios}\n`;
  rewriteLadderFile(dir, (current) => withSection(current, section));
  console.log(section);
}
