/**
 * One rate-limit budget per caller for every gateway process, kept in Redis (`REDIS_URL`). The
 * bucket is the same token bucket as the in-memory one (rate-limit.ts: a burst, refilled at a
 * steady rate), taken atomically by a Lua script on Redis's own clock, so N gateways behind a load
 * balancer give a caller exactly the limits one would, and the README's and OpenAPI's description
 * of them stays true. (rate-limiter-flexible, the usual library, counts fixed windows: a caller
 * would get up to twice the burst across a window's edge, and a different Retry-After.)
 *
 * Redis away, slow or refusing: each gateway falls back to its own in-memory buckets, logs a
 * warning once per outage and an info line when the shared budget is back. It never fails open:
 * a caller is always limited, by the shared budget or, meanwhile, per process.
 */
import { Redis } from "ioredis";
import { log } from "../subgraphs/shared/log.js";
import { within } from "../subgraphs/shared/within.js";
import { RateLimiter, type CallerBudget, type RateLimit, type Turn } from "./rate-limit.js";

/** A Redis that has not answered by then counts as away: a hung Redis must not stall the gateway for long. */
const REDIS_ANSWER_MS = 1000;

const TAKE_SCRIPT = `
local burst = tonumber(ARGV[1])
local perSecond = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(stored[1]) or burst
local at = tonumber(stored[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * perSecond)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- Gone once it would be full again: an idle caller costs Redis nothing.
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / perSecond * 1000) + 1000)
if allowed == 1 then return 0 end
return math.ceil((1 - tokens) / perSecond)
`;

type TakeClient = Redis & { takeToken(key: string, burst: number, perSecond: number): Promise<number> };

/** The connection the gateway's limiters share: fails fast while Redis is away, and keeps reconnecting. */
export function rateLimitRedis(url: string): TakeClient {
  const redis = new Redis(url, {
    // A command while disconnected fails at once (the fallback answers) instead of waiting in a queue.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: false,
  });
  // Connection errors surface through the commands that fail; logging each reconnect attempt would flood.
  redis.on("error", () => {});
  redis.defineCommand("takeToken", { numberOfKeys: 1, lua: TAKE_SCRIPT });
  return redis as TakeClient;
}

function withinAnswerTime<T>(work: Promise<T>): Promise<T> {
  return within(work, REDIS_ANSWER_MS, () => new Error(`Redis did not answer within ${REDIS_ANSWER_MS} ms`));
}

export class SharedRateLimiter {
  private shared = true;

  /**
   * @param name what is limited ("callers", "addresses"): a key prefix of its own, and the logs' word
   * @param fallback this process's own buckets, with the same limit, for while Redis is away
   */
  constructor(
    private readonly redis: TakeClient,
    private readonly name: string,
    private readonly limit: RateLimit,
    private readonly fallback: RateLimiter,
    private readonly keyPrefix = "ehoks:rate-limit",
  ) {}

  async take(caller: string): Promise<Turn> {
    try {
      const wait = await withinAnswerTime(this.redis.takeToken(`${this.keyPrefix}:${this.name}:${caller}`, this.limit.burst, this.limit.perSecond));
      this.markShared(true);
      return wait === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: wait };
    } catch (error) {
      this.markShared(false, error);
      return this.fallback.take(caller);
    }
  }

  private markShared(shared: boolean, error?: unknown): void {
    if (shared === this.shared) return;
    this.shared = shared;
    if (shared) log.info({ component: "gateway", limiter: this.name }, "rate limits are shared through Redis again");
    else log.warn({ component: "gateway", limiter: this.name, reason: (error as Error)?.message }, "Redis is unavailable: rate limits are per gateway process until it is back");
  }
}

export interface RateLimitBudgets {
  callers: CallerBudget;
  addresses: CallerBudget;
  close(): Promise<void>;
}

/** Resolves once connected, or after `ms` (the limiters then start on their fallback and log it). */
function connected(redis: Redis, ms: number): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off("ready", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.on("ready", done);
  });
}

/**
 * The gate's two budgets: in this process, or with `redisUrl` shared through Redis (falling back
 * to this process's). `keyPrefix` keeps deployments (or test runs) sharing one Redis apart. Waits
 * a moment for the first connection, so that a gateway that starts with Redis up starts shared.
 */
export async function rateLimitBudgets(limits: { callers: RateLimit; addresses: RateLimit }, redisUrl?: string, keyPrefix?: string): Promise<RateLimitBudgets> {
  const local = { callers: new RateLimiter(limits.callers), addresses: new RateLimiter(limits.addresses) };
  if (!redisUrl) return { ...local, close: async () => {} };
  const redis = rateLimitRedis(redisUrl);
  await connected(redis, 2000);
  return {
    callers: new SharedRateLimiter(redis, "callers", limits.callers, local.callers, keyPrefix),
    addresses: new SharedRateLimiter(redis, "addresses", limits.addresses, local.addresses, keyPrefix),
    close: async () => void redis.disconnect(),
  };
}
