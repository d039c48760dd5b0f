/** The ladder's results as a markdown table and an SVG bar chart. */
import { SCALE_SECTION } from "./ladder-file.js";
import type { LoadResult } from "./load.js";

export type Level = "L0" | "L1" | "L2" | "L3";
export const LEVELS: Level[] = ["L0", "L1", "L2", "L3"];
export const LEVEL_NAMES: Record<Level, string> = {
  L0: "L0 one SQL statement over HTTP",
  L1: "L1 subgraphs directly",
  L2: "L2 through the gateway",
  L3: "L3 gateway, rules and audit on",
};

export interface Measurement extends LoadResult {
  scenario: string;
  level: Level | "writes";
  students: number;
  statementsPerIteration: number;
  peakRssMb: number;
  /** CPU a request took in the level's own processes (gateway, subgraphs; the floor's for L0). */
  serviceCpuMsPerIteration?: number;
  /** CPU a request took in PostgreSQL, when it runs on the same machine (database-cpu.ts). */
  databaseCpuMsPerIteration?: number;
  /** Throughput of each round; the measurement is the median one. */
  roundsPerSecond?: number[];
}

export interface LadderResults {
  date: string;
  machine: string;
  database: string;
  connections: number;
  durationSeconds: number;
  rounds: number;
  students: number;
  l0MatchesL3: Record<string, boolean>;
  measurements: Measurement[];
}

const fixed = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : "–");

/** "service + database = total" ms of CPU a request, or what of it was measured. */
export function cpuPerRequest(m: Measurement): string {
  const service = m.serviceCpuMsPerIteration;
  const database = m.databaseCpuMsPerIteration;
  if (service === undefined || database === undefined) return fixed(service, 2);
  return `${fixed(service, 2)} + ${fixed(database, 2)} = ${fixed(service + database, 2)}`;
}

function ratio(results: LadderResults, scenario: string, over: Level, under: Level): number {
  const of = (level: Level) => results.measurements.find((m) => m.scenario === scenario && m.level === level && m.students === results.students)?.iterationsPerSecond ?? NaN;
  return of(over) / of(under);
}

/** The measurements, a row each (all of them unless given): the ladder's main table, which the replica, gateway and scale runs show too. */
export function measurementTable(results: LadderResults, measurements = results.measurements): string {
  return [
    "| scenario | level | students | req/s | rounds req/s | p50 ms | p99 ms | SQL statements per request | CPU ms per request: service + PostgreSQL | peak RSS MB | failures |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...measurements.map(
      (m) =>
        `| ${m.scenario} | ${m.level} | ${m.students} | ${fixed(m.iterationsPerSecond)} | ${(m.roundsPerSecond ?? []).map((r) => fixed(r, 0)).join(" / ")} | ${fixed(m.p50)} | ${fixed(m.p99)} | ${fixed(m.statementsPerIteration, 2)} | ${cpuPerRequest(m)} | ${fixed(m.peakRssMb, 0)} | ${m.failures} |`,
    ),
  ].join("\n");
}

export function markdown(results: LadderResults): string {
  const lines = [
    `# Benchmark ladder, ${results.date}`,
    "",
    `${results.students} students; ${results.connections} connections; each level measured in ${results.rounds ?? 1} rounds of ${results.durationSeconds} s, the levels of a scenario taking turns, and the median round shown; ${results.machine}; ${results.database}.`,
    "Throughput is iterations (whole answers) per second; an L1 iteration of a two-subgraph scenario is both subgraph calls, and its latency the sum of theirs (approximated as twice a call's).",
    "",
    "CPU per request is the level's own processes' (the floor's for L0; gateway and subgraphs above it) plus PostgreSQL's, from /proc when the database is on this machine: where a level is slower than its CPU explains, it waits.",
    "",
    measurementTable(results, results.measurements.filter((m) => m.students === results.students)),
    "",
    "| scenario | L2/L0 throughput | L3/L2 throughput | L3/L0 throughput | L0 answer = L3 answer |",
    "|---|---|---|---|---|",
    ...Object.keys(results.l0MatchesL3).map(
      (s) => `| ${s} | ${fixed(ratio(results, s, "L2", "L0"), 2)} | ${fixed(ratio(results, s, "L3", "L2"), 2)} | ${fixed(ratio(results, s, "L3", "L0"), 2)} | ${results.l0MatchesL3[s] ? "yes" : "NO"} |`,
    ),
    "",
  ];
  return lines.join("\n");
}

/**
 * `--scale`'s section of ladder.md (SCALE_SECTION), or undefined when the run measured one size:
 * each scenario and level measured at several dataset sizes, their rows and then side by side.
 * Flat is the aim: the lowest size's throughput over the highest's within the machine's
 * round-to-round spread. A section of its own, so that a ladder run without `--scale` keeps the
 * last scale run's figures.
 */
export function scaleSection(results: LadderResults): string | undefined {
  const sizes = [...new Set(results.measurements.filter((m) => m.level !== "writes").map((m) => m.students))].sort((a, b) => a - b);
  if (sizes.length < 2) return undefined;
  const keys = [...new Set(results.measurements.map((m) => `${m.scenario} ${m.level}`))].filter(
    (key) => results.measurements.filter((m) => `${m.scenario} ${m.level}` === key).length === sizes.length,
  );
  const at = (key: string, students: number) => results.measurements.find((m) => `${m.scenario} ${m.level}` === key && m.students === students)!;
  return [
    SCALE_SECTION,
    "",
    `${results.date}: the scenarios below at each dataset size, measured as the ladder above measures them (${results.rounds ?? 1} rounds of ${results.durationSeconds} s, the median round).`,
    "",
    measurementTable(results, results.measurements.filter((m) => keys.includes(`${m.scenario} ${m.level}`))),
    "",
    "| scenario | level | " + sizes.map((n) => `${n.toLocaleString("en").replace(/,/g, " ")} students: req/s (p50 ms)`).join(" | ") + " | lowest / highest req/s |",
    "|---|---|" + sizes.map(() => "---|").join("") + "---|",
    ...keys.map((key) => {
      const rates = sizes.map((n) => at(key, n).iterationsPerSecond);
      const cells = sizes.map((n) => `${fixed(at(key, n).iterationsPerSecond)} (${fixed(at(key, n).p50, 0)})`);
      return `| ${key.replace(" ", " | ")} | ${cells.join(" | ")} | ${fixed(Math.min(...rates) / Math.max(...rates), 2)} |`;
    }),
  ].join("\n");
}

const COLOURS: Record<Level, string> = { L0: "#4c78a8", L1: "#72b7b2", L2: "#f58518", L3: "#e45756" };

/** Grouped bars: one group per scenario, one bar per level, height = requests per second. */
export function svgChart(results: LadderResults): string {
  const scenarios = Object.keys(results.l0MatchesL3);
  const bars = (scenario: string) => LEVELS.map((level) => results.measurements.find((m) => m.scenario === scenario && m.level === level && m.students === results.students));
  const max = Math.max(1, ...results.measurements.filter((m) => m.level !== "writes").map((m) => m.iterationsPerSecond));
  const width = 180 * scenarios.length + 220;
  const height = 320;
  const plotTop = 30;
  const plotHeight = 220;
  const parts: string[] = [];
  scenarios.forEach((scenario, g) => {
    bars(scenario).forEach((m, b) => {
      if (!m) return;
      const h = (m.iterationsPerSecond / max) * plotHeight;
      const x = 40 + g * 180 + b * 36;
      const y = plotTop + plotHeight - h;
      parts.push(`<rect x="${x}" y="${y.toFixed(1)}" width="30" height="${h.toFixed(1)}" fill="${COLOURS[m.level as Level]}"/>`);
      parts.push(`<text x="${x + 15}" y="${(y - 4).toFixed(1)}" font-size="10" text-anchor="middle">${Math.round(m.iterationsPerSecond)}</text>`);
    });
    parts.push(`<text x="${40 + g * 180 + 70}" y="${plotTop + plotHeight + 18}" font-size="12" text-anchor="middle">${scenario}</text>`);
  });
  LEVELS.forEach((level, i) => {
    parts.push(`<rect x="${width - 200}" y="${plotTop + i * 20}" width="12" height="12" fill="${COLOURS[level]}"/>`);
    parts.push(`<text x="${width - 182}" y="${plotTop + i * 20 + 10}" font-size="11">${LEVEL_NAMES[level]}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<text x="10" y="18" font-size="14">Requests per second by level (${results.students} students, ${results.connections} connections)</text>
<line x1="35" y1="${plotTop + plotHeight}" x2="${width - 220}" y2="${plotTop + plotHeight}" stroke="#333"/>
${parts.join("\n")}
</svg>
`;
}
