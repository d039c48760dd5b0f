/**
 * `npm run bench -- --gateways`: the gateway tier side by side. Every gateway that can serve the
 * committed supergraph (ours, @apollo/gateway; Hive Gateway with its JavaScript planner; Hive
 * Gateway with Hive Router's Rust query planner) runs over the same two subgraph processes:
 * unguarded (L2, the gateway's own cost) and guarded with the audit trail (L3). For each read
 * scenario the six loads take turns, as the ladder's levels do, so the machine's drift stays out of
 * their ratios. Before measuring, each gateway's answers are compared with ours on a few callers.
 *
 * Ours carries the edge protections (limits, rate limit, token check, trusted documents, error
 * masking, the REST door); the Hive gateways run bare, as their packages come. Results:
 * bench/results/gateways-<time>.json, bench/results/gateways.md and a section of bench/results/ladder.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { ensureBenchDatabase } from "./bench-database.js";
import { callerPools } from "./callers.js";
import { GATEWAYS_SECTION, rewriteLadderFile, withSection } from "./ladder-file.js";
import { GATEWAYS, startGateways, tokensFor, type GatewayName, type RunningGateways } from "./processes.js";
import { measurementTable, type LadderResults, type Measurement } from "./report.js";
import { SCENARIOS, type Caller, type Scenario } from "./scenarios.js";
import type { LoadStep } from "./load.js";

/** What the ladder's driver (main.ts) lends: a scenario's load through one gateway, and its measuring in turns. */
export interface GatewayLadderTools {
  gatewayLoad(scenario: Scenario, callers: Caller[], tokens: string[], gatewayUrl: string): { url: string; steps: LoadStep[] };
  measureInTurns(loads: { label: string; url: string; steps: LoadStep[]; sent: number; processes: string[] }[]): Promise<Measurement[]>;
}

const LEVELS = ["L2", "L3"] as const;
/** Callers per scenario whose answers every gateway must give exactly as ours. */
const COMPARED_CALLERS = 5;

async function answer(url: string, scenario: Scenario, caller: Caller, token: string): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: scenario.gatewayQuery, variables: caller.variables }),
  });
  return response.json();
}

/** The gateways whose answers differ from ours at some level, for some of the first callers. */
async function differingGateways(running: RunningGateways, scenario: Scenario, callers: Caller[], tokens: string[]): Promise<string[]> {
  const differing: string[] = [];
  for (const name of GATEWAYS.filter((g) => g !== "ours")) {
    for (const level of LEVELS) {
      for (let i = 0; i < Math.min(COMPARED_CALLERS, callers.length); i++) {
        const [ours, theirs] = await Promise.all([
          answer(running.urls.ours[level], scenario, callers[i]!, tokens[i]!),
          answer(running.urls[name][level], scenario, callers[i]!, tokens[i]!),
        ]);
        if (!isDeepStrictEqual(ours, theirs)) {
          console.error(`${scenario.name}: ${name} ${level} answers caller ${i} differently:\n  ours   ${JSON.stringify(ours).slice(0, 300)}\n  theirs ${JSON.stringify(theirs).slice(0, 300)}`);
          differing.push(`${name} ${level}`);
          break;
        }
      }
    }
  }
  return differing;
}

export interface GatewayResults extends LadderResults {
  /** Per scenario, the gateways (and levels) whose answers were not ours. */
  differing: Record<string, string[]>;
}

export async function gatewayLadder(serverUrl: string, students: number, keyEnv: string, results: GatewayResults, tools: GatewayLadderTools): Promise<void> {
  const url = await ensureBenchDatabase(serverUrl, students, false);
  const running = await startGateways(url, keyEnv);
  try {
    const pools = await callerPools(url);
    for (const scenario of SCENARIOS) {
      const callers = pools[scenario.name];
      const tokens = await tokensFor(running.floor, callers.map((c) => c.claims));
      results.differing[scenario.name] = await differingGateways(running, scenario, callers, tokens);
      const loads = GATEWAYS.flatMap((name: GatewayName) =>
        LEVELS.map((level) => ({
          label: `${scenario.name}/${name} ${level}`,
          ...tools.gatewayLoad(scenario, callers, tokens, running.urls[name][level]),
          sent: 0,
          processes: running.processesOf[name][level],
        })),
      );
      results.measurements.push(...(await tools.measureInTurns(loads)));
    }
  } finally {
    running.stop();
  }
}

const rate = (results: LadderResults, label: string, level: string) =>
  results.measurements.find((m) => m.scenario === label && m.level === level)?.iterationsPerSecond ?? NaN;

/** Each gateway's throughput over ours, per scenario and level. */
function ratioTable(results: GatewayResults): string {
  const header = `| scenario | ${GATEWAYS.flatMap((g) => LEVELS.map((l) => `${g} ${l} req/s`)).join(" | ")} | ${GATEWAYS.filter((g) => g !== "ours").flatMap((g) => LEVELS.map((l) => `${g}/ours ${l}`)).join(" | ")} | same answers as ours |`;
  const rows = SCENARIOS.map((s) => {
    const of = (g: GatewayName, l: string) => rate(results, `${s.name}/${g}`, l);
    const rates = GATEWAYS.flatMap((g) => LEVELS.map((l) => of(g, l).toFixed(1)));
    const ratios = GATEWAYS.filter((g) => g !== "ours").flatMap((g) => LEVELS.map((l) => (of(g, l) / of("ours", l)).toFixed(2)));
    const same = results.differing[s.name]?.length ? `no: ${results.differing[s.name]!.join(", ")}` : "yes";
    return `| ${s.name} | ${rates.join(" | ")} | ${ratios.join(" | ")} | ${same} |`;
  });
  return [header, `|${"---|".repeat(header.split(" | ").length)}`, ...rows].join("\n");
}

export function writeGatewayResults(results: GatewayResults): void {
  const dir = new URL("../results/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `gateways-${results.date.replace(/[:.]/g, "-")}.json`), JSON.stringify(results, null, 2));
  // The ladder's table of measurements (its level ratios do not apply here), then the gateways against ours.
  const table = measurementTable(results);
  const body = [
    `${results.students} students; ${results.connections} connections; each load measured in ${results.rounds} rounds of ${results.durationSeconds} s, the six loads of a scenario taking turns, and the median round shown; ${results.machine}; ${results.database}.`,
    "L2: the gateway over unguarded subgraphs (its own cost); L3: over the guarded subgraphs with the audit trail, as deployed. Ours carries its edge protections; the Hive gateways run bare.",
    "",
    table,
    "",
    ratioTable(results),
    "",
  ].join("\n");
  const text = `# Gateways side by side, ${results.date}\n\n${body}`;
  writeFileSync(join(dir, "gateways.md"), text);
  // And as a section of ladder.md, beside the ladder it compares against.
  rewriteLadderFile(dir, (current) => withSection(current, `${GATEWAYS_SECTION}\n\n${results.date}: ${body}`));
  console.log(text);
}
