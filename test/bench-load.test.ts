/**
 * The load generator's rate for a fixed number of requests (bench:writes): autocannon notices the
 * end of an `amount` run only on its one-second tick, so its own duration made every rate a
 * whole number of seconds divided into the plans (2 000 plans: 222 or 200 a second, nothing
 * between). The rate must come from when the last answer arrived, and a request nothing answered
 * must count as a failure.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "../bench/ladder/processes.js";

let server: Server;
let url: string;

beforeAll(async () => {
  // Each answer after ~5 ms: 40 requests one at a time take ~0.2 s, far from a whole second.
  server = createServer((_req, res) => setTimeout(() => res.end("{}"), 5));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a run of a fixed number of requests", () => {
  it("lasts as long as its answers took, not until the next whole second", async () => {
    const result = await runLoad({ url, connections: 1, durationSeconds: 0, amount: 40, steps: [{ path: "/", requests: [{ body: "{}", headers: {} }] }] });
    expect(result.requests).toBe(40);
    expect(result.failures).toBe(0);
    expect(result.seconds).toBeGreaterThanOrEqual(40 * 0.005);
    expect(result.seconds).toBeLessThan(0.9);
    expect(result.iterationsPerSecond).toBeCloseTo(40 / result.seconds, 6);
  }, 30_000);

  it("counts every request that got no answer as a failure, and never a negative time", async () => {
    // Closes each connection without answering: autocannon counts that neither as an error nor as a non-2xx.
    const silent = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const result = await runLoad({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, connections: 1, durationSeconds: 0, amount: 5, steps: [{ path: "/", requests: [{ body: "{}", headers: {} }] }] });
      expect(result.requests).toBe(0);
      expect(result.failures).toBe(5);
      expect(result.seconds).toBeGreaterThanOrEqual(0);
      expect(result.iterationsPerSecond).toBe(0);
    } finally {
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 30_000);
});
