/**
 * A Redis of a test's own (redis-server from this machine's binaries, on a port the test chose,
 * nothing saved), so that stopping it, as the tests of Redis outages do, stops nothing else.
 * Started again on the same port it comes back empty, as a restarted Redis without persistence.
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface RedisServer {
  readonly url: string;
  /** Starts it (again), resolving once it accepts connections. */
  start(): Promise<void>;
  /** Kills it at once, as a crash would. */
  stop(): Promise<void>;
  readonly running: boolean;
}

export function redisServer(port: number): RedisServer {
  let child: ChildProcess | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    get running() {
      return child !== undefined && child.exitCode === null;
    },
    async start() {
      const started = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
      child = started;
      await new Promise<void>((resolve, reject) => {
        started.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Ready to accept connections") && resolve());
        started.on("exit", (code) => reject(new Error(`redis-server exited (${code})`)));
      });
    },
    async stop() {
      const stopping = child;
      child = undefined;
      if (!stopping || stopping.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        stopping.on("exit", () => resolve());
        stopping.kill("SIGKILL");
      });
    },
  };
}
