/**
 * The benchmarks' processes: the service under test as deployed (server.ts, one process per
 * role) and the load generator (load.ts), each apart from the driver, so that no two share an
 * event loop.
 */
import { benchPublicKeyPem } from "./bench-keys.js";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { LoadPlan, LoadResult } from "./load.js";
import type { Level } from "./report.js";

export interface Running {
  urls: Record<"L0" | "L1" | "L2" | "L3" | "L3subgraphs", string>;
  /** The processes that serve each level, for their statements and memory. */
  processesOf: Record<Level | "writes", string[]>;
  stop(): void;
}

/** One process of the service under test (server.ts). */
async function startProcess(env: Record<string, string>, stopAll: (() => void)[]): Promise<string> {
  // BENCH_PROFILE=1 writes CPU profiles of the service's processes into bench/results/profiles/.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir", "bench/results/profiles"] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "bench/ladder/server.ts"], {
    // As deployed: production settings, which require a verification key of their own (the bench's).
    env: { ...process.env, ...env, LOG_LEVEL: "warn", NODE_ENV: "production", JWT_PUBLIC_KEY: await benchPublicKeyPem(env.BENCH_KEYS!) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  stopAll.push(() => child.kill("SIGTERM"));
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith("{")) return (JSON.parse(line) as { url: string }).url;
  }
  throw new Error(`the bench process ${env.BENCH_ROLE} exited before it was ready`);
}

const origin = (url: string) => new URL(url).origin;

/** Every level: the floor (L0), unguarded subgraphs (L1) and a gateway over them (L2), the deployed service (L3). */
export async function startLadder(databaseUrl: string, keyEnv: string): Promise<Running> {
  const stops: (() => void)[] = [];
  const common = { DATABASE_URL: databaseUrl, BENCH_KEYS: keyEnv };
  const [L0, L1, L3subgraphs] = await Promise.all([
    startProcess({ ...common, BENCH_ROLE: "floor" }, stops),
    // Unguarded subgraphs never audit reads, whatever BENCH_AUDIT says (it is for the guarded ones).
    startProcess({ ...common, BENCH_ROLE: "subgraphs", BENCH_AUDIT: "0" }, stops),
    startProcess({ ...common, BENCH_ROLE: "subgraphs", BENCH_GUARDED: "1" }, stops),
  ]);
  const [L2, L3] = await Promise.all([
    startProcess({ ...common, BENCH_ROLE: "gateway", BENCH_SUBGRAPHS: L1 }, stops),
    startProcess({ ...common, BENCH_ROLE: "gateway", BENCH_SUBGRAPHS: L3subgraphs }, stops),
  ]);
  return {
    urls: { L0, L1, L2, L3, L3subgraphs },
    processesOf: { L0: [L0], L1: [L1], L2: [L1, origin(L2)], L3: [L3subgraphs, origin(L3)], writes: [L3subgraphs, origin(L3)] },
    stop: () => stops.forEach((stop) => stop()),
  };
}

/** The gateways the side-by-side run compares, each over the same subgraph processes. */
export const GATEWAYS = ["ours", "hive", "hive-rust"] as const;
export type GatewayName = (typeof GATEWAYS)[number];

const gatewayEnv: Record<GatewayName, Record<string, string>> = {
  ours: { BENCH_ROLE: "gateway" },
  hive: { BENCH_ROLE: "hive", BENCH_HIVE_PLANNER: "javascript" },
  "hive-rust": { BENCH_ROLE: "hive", BENCH_HIVE_PLANNER: "rust" },
};

export interface RunningGateways {
  floor: string;
  /** Each gateway's URL over the unguarded subgraphs (L2) and over the guarded ones (L3). */
  urls: Record<GatewayName, { L2: string; L3: string }>;
  /** The processes serving each level through each gateway, for their statements and memory. */
  processesOf: Record<GatewayName, { L2: string[]; L3: string[] }>;
  stop(): void;
}

/** The L1 and L3 subgraphs once, and every gateway over each: `npm run bench -- --gateways`. */
export async function startGateways(databaseUrl: string, keyEnv: string): Promise<RunningGateways> {
  const stops: (() => void)[] = [];
  const common = { DATABASE_URL: databaseUrl, BENCH_KEYS: keyEnv };
  const [floor, unguarded, guarded] = await Promise.all([
    startProcess({ ...common, BENCH_ROLE: "floor" }, stops),
    // Unguarded subgraphs never audit reads, whatever BENCH_AUDIT says (it is for the guarded ones).
    startProcess({ ...common, BENCH_ROLE: "subgraphs", BENCH_AUDIT: "0" }, stops),
    startProcess({ ...common, BENCH_ROLE: "subgraphs", BENCH_GUARDED: "1" }, stops),
  ]);
  const urls = {} as RunningGateways["urls"];
  const processesOf = {} as RunningGateways["processesOf"];
  for (const name of GATEWAYS) {
    const [L2, L3] = await Promise.all([
      startProcess({ ...common, ...gatewayEnv[name], BENCH_SUBGRAPHS: unguarded }, stops),
      startProcess({ ...common, ...gatewayEnv[name], BENCH_SUBGRAPHS: guarded }, stops),
    ]);
    urls[name] = { L2, L3 };
    processesOf[name] = { L2: [unguarded, origin(L2)], L3: [guarded, origin(L3)] };
  }
  return { floor, urls, processesOf, stop: () => stops.forEach((stop) => stop()) };
}

/**
 * The deployed service only (and the floor process, which mints tokens): for the write and audit
 * benchmarks. `auditReads: false` keeps the rules and drops read auditing (the audit benchmark's
 * control arm); `env` adds settings to every process (DATABASE_READ_URL for the replica ladder).
 */
export async function startDeployed(
  databaseUrl: string,
  keyEnv: string,
  auditReads = true,
  env: Record<string, string> = {},
): Promise<{ floor: string; gateway: string; processes: string[]; stop(): void }> {
  const stops: (() => void)[] = [];
  const common = { DATABASE_URL: databaseUrl, BENCH_KEYS: keyEnv, ...env };
  const [floor, subgraphs] = await Promise.all([
    startProcess({ ...common, BENCH_ROLE: "floor" }, stops),
    startProcess({ ...common, BENCH_ROLE: "subgraphs", BENCH_GUARDED: "1", BENCH_AUDIT: auditReads ? "1" : "0" }, stops),
  ]);
  const gateway = await startProcess({ ...common, BENCH_ROLE: "gateway", BENCH_SUBGRAPHS: subgraphs }, stops);
  return { floor, gateway, processes: [subgraphs, origin(gateway)], stop: () => stops.forEach((stop) => stop()) };
}

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const file = join(tmpdir(), `ehoks-load-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(plan));
  const child = spawn(process.execPath, ["--import", "tsx", "bench/ladder/load.ts", file], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  for await (const chunk of child.stdout!) output += chunk;
  return JSON.parse(output.trim().split("\n").at(-1)!);
}

/** Statements sent and peak memory, summed over the processes serving a level. */
export interface ProcessStats {
  statements: number;
  /** CPU time the processes have used (user and system), whatever else the machine ran meanwhile. */
  cpuMs: number;
  peakRss: number;
}

export async function stats(processes: string[], reset = false): Promise<ProcessStats> {
  const each = await Promise.all(processes.map(async (p) => (await fetch(`${p}/__stats`, { method: reset ? "POST" : "GET" })).json() as Promise<ProcessStats>));
  const sum = (pick: (s: ProcessStats) => number) => each.reduce((total, s) => total + pick(s), 0);
  return { statements: sum((s) => s.statements), cpuMs: sum((s) => s.cpuMs), peakRss: sum((s) => s.peakRss) };
}

export async function tokensFor(floor: string, claims: object[]): Promise<string[]> {
  return (await fetch(`${floor}/__tokens`, { method: "POST", body: JSON.stringify(claims) })).json() as never;
}
