/**
 * The gateway's read floor (gateway/written-positions.ts): the latest write any subgraph answered
 * holds every caller's reads for a window, across gateways through Redis; and whenever a gateway
 * cannot be sure it knows the latest write (just started without Redis, Redis away or just back,
 * a write whose position its subgraph could not tell) reads go to the primary.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { higherFloor, NO_FLOOR, WrittenPositions } from "../gateway/written-positions.js";
import { READ_FROM_PRIMARY } from "../drizzle/read-replicas.js";
import { log, logTo } from "../subgraphs/shared/log.js";
import { freePort } from "./support/free-port.js";
import { redisServer, type RedisServer } from "./support/redis-server.js";

const WINDOW_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const opened: WrittenPositions[] = [];

function positions(redisUrl?: string, key?: string): WrittenPositions {
  const made = new WrittenPositions(WINDOW_MS, redisUrl, key);
  opened.push(made);
  return made;
}

/** Asks until the floor is no longer READ_FROM_PRIMARY (a gateway that has just connected), within 5 s. */
async function settled(gateway: WrittenPositions): Promise<string> {
  const until = Date.now() + 5000;
  let floor = await gateway.floor();
  while (floor === READ_FROM_PRIMARY && Date.now() < until) {
    await sleep(50);
    floor = await gateway.floor();
  }
  return floor;
}

afterAll(async () => {
  await Promise.all(opened.map((made) => made.close()));
});

describe("without Redis (one gateway)", () => {
  it("reads the primary for a window after start: the process before it may have answered a write", async () => {
    const gateway = positions();
    expect(await gateway.floor()).toBe(READ_FROM_PRIMARY);
    await sleep(WINDOW_MS + 50);
    expect(await gateway.floor()).toBe(NO_FLOOR);
  });

  it("holds every request to the latest write for the window, never lowered by an older one", async () => {
    const gateway = positions();
    await sleep(WINDOW_MS + 50);
    await gateway.remember("0/3000060");
    expect(await gateway.floor()).toBe("0/3000060");
    await gateway.remember("0/2FFFFFF");
    expect(await gateway.floor()).toBe("0/3000060");
    await gateway.remember("1/0");
    expect(await gateway.floor()).toBe("1/0");
    for (const malformed of ["", "garbage", "1/2/3", "-1/0", "0/1; drop"]) await gateway.remember(malformed);
    expect(await gateway.floor()).toBe("1/0");
    await sleep(WINDOW_MS + 50);
    expect(await gateway.floor()).toBe(NO_FLOOR);
  });

  it("reads the primary for the window after a write whose position its subgraph could not tell", async () => {
    const gateway = positions();
    await sleep(WINDOW_MS + 50);
    await gateway.remember(READ_FROM_PRIMARY);
    await gateway.remember("5/0");
    expect(await gateway.floor()).toBe(READ_FROM_PRIMARY);
    await sleep(WINDOW_MS + 50);
    expect(await gateway.floor()).toBe(NO_FLOOR);
  });
});

describe("gateways sharing Redis", () => {
  let redis: RedisServer;
  const lines: Record<string, unknown>[] = [];
  let restoreLog: () => void;

  beforeAll(async () => {
    redis = redisServer(await freePort());
    await redis.start();
    restoreLog = logTo({ write: (line: string) => lines.push(JSON.parse(line)) });
  });

  afterAll(async () => {
    restoreLog?.();
    await redis.stop();
  });

  it("hold every caller on every gateway to a write one of them answered", async () => {
    const key = randomUUID();
    const [a, b] = [positions(redis.url, key), positions(redis.url, key)];
    expect(await settled(a)).toBe(NO_FLOOR);
    expect(await settled(b)).toBe(NO_FLOOR);
    await a.remember("0/4A0");
    expect(await b.floor()).toBe("0/4A0");
    await b.remember("0/400");
    expect(await a.floor()).toBe("0/4A0");
    await b.remember(READ_FROM_PRIMARY);
    expect(await a.floor()).toBe(READ_FROM_PRIMARY);
    await sleep(WINDOW_MS + 50);
    expect(await a.floor()).toBe(NO_FLOOR);
    expect(await b.floor()).toBe(NO_FLOOR);
  });

  it("read the primary while Redis is away and for a window after it is back, and say so once", async () => {
    // This gateway alone on Redis: each gateway says it once.
    await Promise.all(opened.splice(0).map((made) => made.close()));
    const gateway = positions(redis.url, randomUUID());
    expect(await settled(gateway)).toBe(NO_FLOOR);
    const levelBefore = log.level;
    log.level = "info";
    try {
      lines.length = 0;
      await redis.stop();
      for (let i = 0; i < 5; i++) expect(await gateway.floor()).toBe(READ_FROM_PRIMARY);
      const warnings = lines.filter((line) => line.level === 40 && String(line.msg).startsWith("written positions cannot be shared"));
      expect(warnings).toHaveLength(1);

      await redis.start();
      // Back, but perhaps restarted empty: the writes other gateways answered meanwhile may be gone.
      const until = Date.now() + 5000;
      let back = READ_FROM_PRIMARY;
      while (!lines.some((line) => String(line.msg).startsWith("written positions are shared through Redis again")) && Date.now() < until) {
        back = await gateway.floor();
        await sleep(20);
      }
      expect(back).toBe(READ_FROM_PRIMARY);
      expect(await gateway.floor()).toBe(READ_FROM_PRIMARY);
    } finally {
      log.level = levelBefore;
    }
    await sleep(WINDOW_MS + 50);
    expect(await gateway.floor()).toBe(NO_FLOOR);
  }, 20_000);
});

describe("higherFloor", () => {
  it("takes the stricter of two floors", () => {
    expect(higherFloor(NO_FLOOR, NO_FLOOR)).toBe(NO_FLOOR);
    expect(higherFloor(NO_FLOOR, "0/10")).toBe("0/10");
    expect(higherFloor("0/10", NO_FLOOR)).toBe("0/10");
    expect(higherFloor("0/10", "0/9")).toBe("0/10");
    expect(higherFloor("0/9", "1/0")).toBe("1/0");
    expect(higherFloor("FFFFFFFF/FFFFFFFE", READ_FROM_PRIMARY)).toBe(READ_FROM_PRIMARY);
    expect(higherFloor(READ_FROM_PRIMARY, "0/10")).toBe(READ_FROM_PRIMARY);
  });
});
