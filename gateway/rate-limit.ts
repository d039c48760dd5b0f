/**
 * Rate limiting per caller (the token's subject), as a token bucket: a burst, refilled at a steady
 * rate. In memory, per gateway process: with N replicas behind a load balancer a caller gets up to
 * N times the rate, which bounds abuse without shared state; a shared store (Redis) is the next
 * step when that is not enough.
 */
import { GraphQLError, type GraphQLErrorExtensions } from "graphql";

export interface RateLimit {
  /** Requests a caller may make in a burst. */
  burst: number;
  /** Requests per second a caller regains. */
  perSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 120, perSecond: 20 };

/** `RATE_LIMIT_BURST` and `RATE_LIMIT_PER_SECOND` (checked at start by the settings check). */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimit {
  return {
    burst: env.RATE_LIMIT_BURST ? Number(env.RATE_LIMIT_BURST) : DEFAULT_RATE_LIMIT.burst,
    perSecond: env.RATE_LIMIT_PER_SECOND ? Number(env.RATE_LIMIT_PER_SECOND) : DEFAULT_RATE_LIMIT.perSecond,
  };
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept before idle full ones are dropped, so many callers cannot grow memory without end. */
const MAX_BUCKETS = 50_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one request from the caller's bucket; returns the seconds to wait when there is none. */
  take(caller: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    const bucket = this.buckets.get(caller) ?? { tokens: this.limit.burst, updatedAt: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.limit.perSecond);
    bucket.updatedAt = now;
    this.buckets.set(caller, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.forgetRested(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.limit.perSecond) };
  }

  private forgetRested(now: number): void {
    const restedAfterMs = (this.limit.burst / this.limit.perSecond) * 1000;
    for (const [caller, bucket] of this.buckets) if (now - bucket.updatedAt > restedAfterMs) this.buckets.delete(caller);
  }
}

export function tooManyRequests(retryAfterSeconds: number): GraphQLError {
  // Apollo Server reads `http.headers` as a Map. (graphql-yoga, installed with the Hive Gateway
  // check, declares the same extension as a plain record; Apollo's shape is the one served here.)
  const http = { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) } as unknown as GraphQLErrorExtensions["http"];
  return new GraphQLError(`Too many requests: try again in ${retryAfterSeconds} s`, {
    extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds, http },
  });
}
