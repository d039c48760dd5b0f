/**
 * Gateways side by side share one rate-limit budget per caller through Redis: a caller spread
 * over two gateway processes' worth of gateways is limited as by one. With Redis gone, each keeps
 * serving and limiting on its own, says so in its log, and shares again once Redis is back.
 * Tried both as gateways in this process and as two gateway processes (`gateway/main.ts`, as
 * deployed), whose log lines on stdout are read.
 * A Redis of the test's own (support/redis-server.ts), so that stopping it stops nothing else.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { log, logTo } from "../subgraphs/shared/log.js";
import { exportSPKI } from "jose";
import { startProcess, type ServiceProcess } from "./support/deployed-service.js";
import { freePort } from "./support/free-port.js";
import { redisServer, type RedisServer } from "./support/redis-server.js";
import { startTestService, type TestService } from "./support/running-service.js";

const LIMIT = { burst: 6, perSecond: 0.01 };

let service: TestService;
let redis: RedisServer;
const gateways: { url: string; close(): Promise<void> }[] = [];
const lines: Record<string, unknown>[] = [];
let restoreLog: () => void;


async function startGateway(keyPrefix: string) {
  const gateway = await createGateway({
    keys: service.keys,
    subgraphUrls: service.subgraphUrls,
    rateLimit: LIMIT,
    anonymousRateLimit: LIMIT,
    redisUrl: redis.url,
    rateLimitKeyPrefix: keyPrefix,
  });
  const server = await listen(gateway.routes, 0);
  const handle = { url: `${server.url}/graphql`, close: async () => (await server.close(), await gateway.stop()) };
  gateways.push(handle);
  return handle;
}

async function ask(url: string, token?: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: "{ me { oid } }" }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Statuses of `count` requests sent in turn to each gateway. */
async function spread(urls: string[], count: number, token?: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push(await ask(urls[i % urls.length]!, token));
  return statuses;
}

const allowed = (statuses: number[]) => statuses.filter((status) => status !== 429).length;

const sharedAgain = () => lines.filter((line) => line.msg === "rate limits are shared through Redis again" && line.limiter === "callers").length;

/** Waits until every one of the gateways has found Redis again (they reconnect every ≤ 2 s). */
async function untilShared(urls: string[], token: string): Promise<void> {
  const started = Date.now();
  while (sharedAgain() < urls.length && Date.now() - started < 10_000) {
    for (const url of urls) await ask(url, token);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  service = await startTestService();
  redis = redisServer(await freePort());
  await redis.start();
  restoreLog = logTo({ write: (line: string) => lines.push(JSON.parse(line)) });
}, 30_000);

afterAll(async () => {
  restoreLog?.();
  for (const gateway of gateways) await gateway.close();
  await redis.stop();
  await service?.close();
});

describe("two gateways sharing Redis", () => {
  it("limit a caller spread over both as one: the burst once, not once per gateway", async () => {
    const prefix = randomUUID();
    const [a, b] = [await startGateway(prefix), await startGateway(prefix)];
    const statuses = await spread([a.url, b.url], 14, await service.token("aino"));
    expect(allowed(statuses)).toBe(LIMIT.burst);
    expect(statuses.slice(LIMIT.burst)).toEqual(Array(14 - LIMIT.burst).fill(429));
    // Another caller has a budget of its own.
    expect(allowed(await spread([a.url, b.url], 2, await service.token("liisa")))).toBe(2);
  });

  it("limit requests without a token by address the same way", async () => {
    const prefix = randomUUID();
    const [a, b] = [await startGateway(prefix), await startGateway(prefix)];
    expect(allowed(await spread([a.url, b.url], 12))).toBe(LIMIT.burst);
  });

  it("keep serving with Redis stopped, each limiting on its own and saying so, and share again once it is back", async () => {
    const prefix = randomUUID();
    const [a, b] = [await startGateway(prefix), await startGateway(prefix)];
    const token = await service.token("bertta");
    expect(allowed(await spread([a.url, b.url], 2, token))).toBe(2);

    await redis.stop();
    lines.length = 0;
    const levelBefore = log.level;
    log.level = "info";
    try {
      // Each gateway now has its own full bucket: the caller gets a burst from each, never more.
      const statuses = await spread([a.url, b.url], 2 * LIMIT.burst + 4, token);
      expect(allowed(statuses)).toBe(2 * LIMIT.burst);
      const warnings = lines.filter((line) => line.level === 40 && String(line.msg).startsWith("Redis is unavailable"));
      expect(warnings.length).toBeGreaterThan(0);
      // Once per outage and limiter, not once per request.
      expect(warnings.length).toBeLessThanOrEqual(2 * 2);

      await redis.start();
      await untilShared([a.url, b.url], token);
      expect(sharedAgain()).toBe(2);
      // Shared again: a fresh caller's burst is one burst across both.
      expect(allowed(await spread([a.url, b.url], 10, await service.token("ville")))).toBe(LIMIT.burst);
    } finally {
      log.level = levelBefore;
    }
  }, 30_000);
});

describe("two gateway processes sharing Redis", () => {
  let processes: ServiceProcess[] = [];

  afterAll(async () => {
    for (const running of processes) running.child.kill("SIGTERM");
    await Promise.all(processes.map((running) => running.exited));
  });

  async function startGatewayProcess(): Promise<ServiceProcess> {
    const running = await startProcess("gateway", "gateway/main.ts", {
      HOKS_URL: service.subgraphUrls.hoks,
      PERSONS_URL: service.subgraphUrls.persons,
      CONSENTS_URL: service.subgraphUrls.consents,
      PORT: "0",
      HOST: "127.0.0.1",
      JWT_PUBLIC_KEY: await exportSPKI(service.keys.verificationKey as CryptoKey),
      JWT_ISSUER: service.keys.issuer,
      JWT_AUDIENCE: service.keys.audience,
      REDIS_URL: redis.url,
      RATE_LIMIT_BURST: String(LIMIT.burst),
      RATE_LIMIT_PER_SECOND: String(LIMIT.perSecond),
      RATE_LIMIT_ANONYMOUS_BURST: String(LIMIT.burst),
      RATE_LIMIT_ANONYMOUS_PER_SECOND: String(LIMIT.perSecond),
    });
    processes.push(running);
    return running;
  }

  it("limit a caller spread over both as one; with Redis stopped both keep serving, each on its own budget, and say so in their logs", async () => {
    if (!redis.running) await redis.start();
    const [a, b] = await Promise.all([startGatewayProcess(), startGatewayProcess()]);
    const urls = [`${a.origin}/graphql`, `${b.origin}/graphql`];
    const statuses = await spread(urls, 14, await service.token("sanni"));
    expect(allowed(statuses)).toBe(LIMIT.burst);
    expect(statuses.slice(0, LIMIT.burst)).toEqual(Array(LIMIT.burst).fill(200));
    expect(statuses.slice(LIMIT.burst)).toEqual(Array(14 - LIMIT.burst).fill(429));

    await redis.stop();
    const alone = await spread(urls, 2 * LIMIT.burst + 4, await service.token("harju"));
    // Each process limits by itself now: a burst from each, served, and never more.
    expect(alone.filter((status) => status === 200)).toHaveLength(2 * LIMIT.burst);
    expect(allowed(alone)).toBe(2 * LIMIT.burst);
    for (const running of [a, b]) {
      const warnings = running.logLines().filter((line) => line.level === 40 && String(line.msg).startsWith("Redis is unavailable: rate limits are per gateway process"));
      expect(warnings.length, running.output()).toBeGreaterThan(0);
    }
    expect(processes.filter((running) => running.child.exitCode !== null)).toEqual([]);
  }, 60_000);
});
