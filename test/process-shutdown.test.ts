/**
 * Every entry point ends on SIGTERM sent to `npm`, promptly and with exit code 0: `npm start` (the
 * whole service in one process) after finishing the request in flight and storing its audit
 * trail, and the production entries `npm run start:gateway` and `npm run start:subgraph`. Each
 * runs as a real child process of npm, as an operator or orchestrator starts it, on free ports,
 * with its own embedded database in a temp dir. (The scripts `exec` tsx: npm hands the signal to
 * its script's shell, which would otherwise die and leave the service running.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../drizzle/db.js";

/** When it has to end: well inside the drain timeout, as nothing is left in flight. */
const PROMPTLY_MS = 10_000;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  // Only if a test failed half-way: never leave a process of ours behind.
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

function start(command: string, args: string[], env: Record<string, string>): Started {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "info", ...env };
  // The embedded database, whatever the suite runs on.
  delete childEnv.DATABASE_URL;
  const child = spawn(command, args, { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

async function waitFor<T>(started: Started, find: (output: string) => T | undefined, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find(started.output());
    if (found !== undefined) return found;
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sends SIGTERM and answers how the process ended and how long it took. */
async function terminate(started: Started) {
  const sent = Date.now();
  started.child.kill("SIGTERM");
  const ended = await Promise.race([started.exited, new Promise<undefined>((resolve) => setTimeout(resolve, PROMPTLY_MS + 5_000))]);
  return { ...(ended ?? { code: null, signal: null }), ms: Date.now() - sent };
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("connect", () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(true));
  });

const tempDir = () => mkdtempSync(join(tmpdir(), "ehoks-shutdown-"));
const freePorts = { PORT: "0", HOKS_PORT: "0", PERSONS_PORT: "0", CONSENTS_PORT: "0" };

describe("SIGTERM", () => {
  it("ends `npm start` within seconds, after the request in flight, with its audit trail stored", { timeout: 150_000 }, async () => {
    const dir = tempDir();
    const pgliteDataDir = join(dir, "pglite");
    const service = start("npm", ["start", "--silent"], {
      ...freePorts,
      PGLITE_DATA_DIR: pgliteDataDir,
      JWT_DEV_KEY_FILE: join(dir, "dev-key.json"),
      AUDIT_LOG_FILE: join(dir, "audit.jsonl"),
    });
    const banner = await waitFor(service, (output) => (output.includes("Try:") ? output : undefined));
    const gatewayPort = Number(/running: http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(banner)![1]);
    const subgraphPorts = [...banner.matchAll(/(?:hoks|persons|consents) http:\/\/127\.0\.0\.1:(\d+)\/graphql/g)].map((m) => Number(m[1]));
    expect(subgraphPorts).toHaveLength(3);
    // The banner's demo token works: it keeps within a person's lifetime.
    const token = /^ {2}aino .*\n\s+(\S+)$/m.exec(banner)![1]!;

    // A request in flight when the signal comes: its body arrives only afterwards.
    const body = JSON.stringify({ query: "{ me { etunimet } }" });
    const socket = connect(gatewayPort, "127.0.0.1");
    await new Promise((resolve) => socket.on("connect", resolve));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    const head = `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\nX-Request-Id: shutdown-test\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    socket.write(head + body.slice(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const ending = terminate(service);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(service.child.exitCode).toBeNull();
    socket.write(body.slice(5));
    await waitFor(service, () => (answer.includes("Aino Maria") ? true : undefined), 10_000);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    socket.end();

    const { code, ms } = await ending;
    expect(code, service.output()).toBe(0);
    expect(ms).toBeLessThan(PROMPTLY_MS);
    for (const port of [gatewayPort, ...subgraphPorts]) expect(await refusesConnections(port)).toBe(true);

    // The database was closed cleanly, with the read's audit entry in it.
    const database = await openDatabase({ pgliteDataDir });
    try {
      const result = await database.db.execute(sql`select count(*)::int as n from audit.entry_target where request_id = 'shutdown-test'`);
      const rows = (Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as { n: number }[];
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  });

  it("ends `npm run start:gateway` promptly, with a kept-alive connection open", { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const gateway = start("npm", ["run", "--silent", "start:gateway"], { PORT: "0", HOST: "127.0.0.1", JWT_DEV_KEY_FILE: join(dir, "dev-key.json") });
    const url = await waitFor(gateway, (output) => /"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/.exec(output)?.[1]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const { code, ms } = await terminate(gateway);
    expect(code, gateway.output()).toBe(0);
    expect(ms).toBeLessThan(PROMPTLY_MS);
  });

  it("ends `npm run start:subgraph` promptly, its database closed", { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const subgraph = start("npm", ["run", "--silent", "start:subgraph"], {
      SUBGRAPH: "persons",
      PORT: "0",
      HOST: "127.0.0.1",
      PGLITE_DATA_DIR: join(dir, "pglite"),
      JWT_DEV_KEY_FILE: join(dir, "dev-key.json"),
      AUDIT_LOG_FILE: join(dir, "audit.jsonl"),
    });
    const url = await waitFor(subgraph, (output) => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1]);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const { code, ms } = await terminate(subgraph);
    expect(code, subgraph.output()).toBe(0);
    expect(ms).toBeLessThan(PROMPTLY_MS);
  });
});
