/**
 * The service as production runs it: each subgraph and the gateway a process of its own, started
 * from the production entries (`subgraphs/main.ts`, `gateway/main.ts`) with `NODE_ENV=production`
 * on a real PostgreSQL, so that tests can terminate database sessions and kill processes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { exportSPKI, generateKeyPair } from "jose";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, TOKEN_ALGORITHM, type TokenKeys } from "../../subgraphs/shared/auth/keys.js";
import type { EhoksClaims } from "../../subgraphs/shared/auth/principal.js";
import { mintToken } from "../../subgraphs/shared/auth/tokens.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "../../subgraphs/shared/subgraph.js";

export type ProcessName = SubgraphName | "gateway";

export interface ServiceProcess {
  name: ProcessName;
  /** Where it listens (origin only). */
  origin: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<number | string>;
  /** The last lines it wrote (log and standard error), for a test's failure message. */
  output(): string;
  /** Its log lines (JSON lines on stdout) so far, parsed; the last 5000. */
  logLines(): Record<string, unknown>[];
}

export interface DeployedService {
  gatewayUrl: string;
  processes: Record<ProcessName, ServiceProcess>;
  /** The folder holding each process's JSON-lines audit file (`<name>.jsonl`). */
  auditDir: string;
  token(claims: EhoksClaims): Promise<string>;
  /** Starts a subgraph again on the port it had (after a kill), waiting until it listens. */
  restart(name: SubgraphName): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

/** Starts one of the production entries as a process, resolving once it listens. */
export async function startProcess(name: ProcessName, entry: string, env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, ...env, NODE_ENV: "production", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  let output = "";
  const keep = (text: string) => (output = (output + text).slice(-8000));
  const logLines: Record<string, unknown>[] = [];
  child.stderr!.on("data", (chunk) => keep(String(chunk)));
  const lines = createInterface({ input: child.stdout! });
  lines.on("line", (line) => {
    keep(`${line}\n`);
    if (!line.startsWith("{")) return;
    logLines.push(JSON.parse(line) as Record<string, unknown>);
    if (logLines.length > 5000) logLines.shift();
  });
  const listening = new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      if (!line.startsWith("{")) return;
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg?.endsWith("listening") && entry.url) resolve(new URL(entry.url).origin);
    });
    void exited.then((code) => reject(new Error(`${name} exited (${code}) before it listened: ${output}`)));
  });
  return { name, origin: await listening, child, exited, output: () => output, logLines: () => logLines };
}

/** `env`: more settings for every process (e.g. DATABASE_READ_URL). */
export async function startDeployedService(databaseUrl: string, env: Record<string, string> = {}): Promise<DeployedService> {
  const { publicKey, privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  const keys: TokenKeys = { verificationKey: publicKey, signingKey: privateKey, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE };
  const auditDir = await mkdtemp(join(tmpdir(), "ehoks-deployed-audit-"));
  const common = {
    DATABASE_URL: databaseUrl,
    JWT_PUBLIC_KEY: await exportSPKI(publicKey),
    EHOKS_TODAY: "2026-02-01",
    HOST: "127.0.0.1",
    RATE_LIMIT_BURST: "1000000",
    RATE_LIMIT_PER_SECOND: "1000000",
    ...env,
  };
  const subgraph = (name: SubgraphName, port = "0") =>
    startProcess(name, "subgraphs/main.ts", { ...common, SUBGRAPH: name, PORT: port, AUDIT_LOG_FILE: join(auditDir, `${name}.jsonl`) });
  const processes = {} as Record<ProcessName, ServiceProcess>;
  const started = await Promise.all(SUBGRAPH_NAMES.map((name) => subgraph(name)));
  for (const running of started) processes[running.name] = running;
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, `${processes[name].origin}/graphql`]));
  processes.gateway = await startProcess("gateway", "gateway/main.ts", { ...common, ...urls, PORT: "0" });
  return {
    gatewayUrl: `${processes.gateway.origin}/graphql`,
    processes,
    auditDir,
    token: (claims) => mintToken(keys, claims, "5m"),
    async restart(name) {
      processes[name] = await subgraph(name, new URL(processes[name].origin).port);
      return processes[name];
    },
    async stop() {
      for (const running of Object.values(processes)) running.child.kill("SIGTERM");
      await Promise.all(Object.values(processes).map((running) => running.exited));
    },
  };
}
