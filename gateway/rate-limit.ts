/**
 * Rate limiting as token buckets: a burst, refilled at a steady rate. Two kinds of caller, two
 * limits (rate-limit-gate.ts): a verified caller by the token's subject, anyone else (no token,
 * or one that does not verify) by the address it comes from. In memory, per gateway process; with
 * `REDIS_URL` set, the same buckets are kept in Redis and shared by every gateway process
 * (rate-limit-shared.ts), and these are the fallback while Redis is away.
 */

import { settings, type Settings } from "../subgraphs/shared/config/settings.js";

export interface RateLimit {
  /** Requests a caller may make in a burst. */
  burst: number;
  /** Requests per second a caller regains. */
  perSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 120, perSecond: 20 };

/**
 * Requests without a valid token do nothing but fail (or, in development, load Sandbox's schema),
 * so an address gets few of them: enough for a school's network behind one address whose users'
 * tokens expire at once and who each get their 401 and sign in again, too few to flood anything.
 */
export const DEFAULT_ANONYMOUS_RATE_LIMIT: RateLimit = { burst: 60, perSecond: 2 };

/** `RATE_LIMIT_BURST` and `RATE_LIMIT_PER_SECOND` (checked at start by the settings check). */
export function rateLimitFromEnv(current: Settings = settings()): RateLimit {
  return { burst: current.RATE_LIMIT_BURST ?? DEFAULT_RATE_LIMIT.burst, perSecond: current.RATE_LIMIT_PER_SECOND ?? DEFAULT_RATE_LIMIT.perSecond };
}

/** `RATE_LIMIT_ANONYMOUS_BURST` and `RATE_LIMIT_ANONYMOUS_PER_SECOND`. */
export function anonymousRateLimitFromEnv(current: Settings = settings()): RateLimit {
  return {
    burst: current.RATE_LIMIT_ANONYMOUS_BURST ?? DEFAULT_ANONYMOUS_RATE_LIMIT.burst,
    perSecond: current.RATE_LIMIT_ANONYMOUS_PER_SECOND ?? DEFAULT_ANONYMOUS_RATE_LIMIT.perSecond,
  };
}

/** A request's turn: allowed, or the seconds to wait. */
export type Turn = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Where the gate takes a caller's turn from: this process's buckets, or the shared ones. */
export interface CallerBudget {
  take(caller: string): Turn | Promise<Turn>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Buckets kept at most. Addresses are cheap to come by (an IPv6 network, a botnet), so the map is
 * bounded whatever arrives: past the bound the least recently seen bucket goes, at a cost of O(1).
 * A caller whose bucket went merely starts again with a full burst.
 */
export const MAX_BUCKETS = 50_000;

export class RateLimiter {
  /** In order of last use: the first is the one seen longest ago. */
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
    private readonly maxBuckets = MAX_BUCKETS,
  ) {}

  /** Takes one request from the caller's bucket; returns the seconds to wait when there is none. */
  take(caller: string): Turn {
    const now = this.now();
    const bucket = this.buckets.get(caller) ?? { tokens: this.limit.burst, updatedAt: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.limit.perSecond);
    bucket.updatedAt = now;
    // Re-inserted, so that the map's order stays the order of last use.
    this.buckets.delete(caller);
    this.buckets.set(caller, bucket);
    if (this.buckets.size > this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.limit.perSecond) };
  }

  /** Buckets held now (for tests of the bound). */
  get size(): number {
    return this.buckets.size;
  }
}
