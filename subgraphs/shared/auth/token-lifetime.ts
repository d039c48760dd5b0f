/**
 * How long an access token may live, and when it counts as valid. Tokens are verified offline and
 * cannot be revoked here, so a token's lifetime is the only bound on what a stolen one is worth:
 * every token must say when it was issued (`iat`) and when it expires (`exp`), and the span
 * between them may not exceed the maximum for the caller's kind (see README, Identity).
 *
 * The same check runs when a token is verified and each time a remembered token is used again,
 * so the cache of verified tokens can never accept what verification would refuse.
 */
import type { Role } from "./principal.js";
import { LARGEST_ALLOWED_SKEW_SECONDS, LONGEST_ALLOWED_HOURS, settings, type Settings } from "../config/settings.js";

export interface TokenLifetimePolicy {
  /** Longest `exp − iat` of a person's token (students, officials, instructors, …), in seconds. */
  personMaxSeconds: number;
  /** Longest `exp − iat` of a system's token (roles `service` and `gateway`), in seconds. */
  systemMaxSeconds: number;
  /** How far ahead of ours an issuer's clock may run: `iat` and `nbf` may lie this much in the future. */
  clockSkewSeconds: number;
}

export const DEFAULT_TOKEN_LIFETIME: TokenLifetimePolicy = { personMaxSeconds: 12 * 3600, systemMaxSeconds: 24 * 3600, clockSkewSeconds: 60 };

/** Settings: whole hours would do, but a pilot may want 30 minutes, so hours may have fractions. */
export const LIFETIME_SETTINGS = {
  person: "JWT_MAX_LIFETIME_HOURS",
  system: "JWT_MAX_SYSTEM_LIFETIME_HOURS",
  skew: "JWT_CLOCK_SKEW_SECONDS",
} as const;

/** No setting may make a token live longer than a week (a bound the settings check enforces). */
export { LARGEST_ALLOWED_SKEW_SECONDS, LONGEST_ALLOWED_HOURS };

/** The policy from the settings. */
export function tokenLifetimeFromEnv(current: Settings = settings()): TokenLifetimePolicy {
  const seconds = (hours: number | undefined, fallbackSeconds: number) => (hours === undefined ? fallbackSeconds : Math.round(hours * 3600));
  return {
    personMaxSeconds: seconds(current.JWT_MAX_LIFETIME_HOURS, DEFAULT_TOKEN_LIFETIME.personMaxSeconds),
    systemMaxSeconds: seconds(current.JWT_MAX_SYSTEM_LIFETIME_HOURS, DEFAULT_TOKEN_LIFETIME.systemMaxSeconds),
    clockSkewSeconds: current.JWT_CLOCK_SKEW_SECONDS ?? DEFAULT_TOKEN_LIFETIME.clockSkewSeconds,
  };
}

const SYSTEM_ROLES: readonly Role[] = ["service", "gateway", "feedback"];

export function isSystemRole(role: Role): boolean {
  return SYSTEM_ROLES.includes(role);
}

/** The longest a token of this role may live, in seconds. */
export function maxLifetimeSeconds(policy: TokenLifetimePolicy, role: Role): number {
  return isSystemRole(role) ? policy.systemMaxSeconds : policy.personMaxSeconds;
}

/** The time claims of a token, as they were in its payload. */
export interface TimeClaims {
  exp?: unknown;
  iat?: unknown;
  nbf?: unknown;
}

const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Why a token is not valid at `nowSeconds` (for the log, never for the caller), or undefined.
 * `exp` is exact (an expired token is expired by our clock); the skew forgives only an issuer
 * whose clock runs a little ahead, in `iat` and `nbf`. The lifetime counts from the earlier of
 * `iat` and `nbf`, so a `nbf` before `iat` cannot stretch it.
 */
export function lifetimeProblem(claims: TimeClaims, role: Role, policy: TokenLifetimePolicy, nowSeconds: number): string | undefined {
  const { exp, iat, nbf } = claims;
  if (!isTime(exp)) return "no exp";
  if (!isTime(iat)) return "no iat";
  if (nbf !== undefined && !isTime(nbf)) return "nbf is not a time";
  if (exp <= nowSeconds) return "expired";
  if (iat > nowSeconds + policy.clockSkewSeconds) return "iat in the future";
  if (isTime(nbf) && nbf > nowSeconds + policy.clockSkewSeconds) return "not valid yet (nbf)";
  const validFrom = isTime(nbf) ? Math.min(iat, nbf) : iat;
  if (exp - validFrom > maxLifetimeSeconds(policy, role)) return `lifetime over ${maxLifetimeSeconds(policy, role)} s for role ${role}`;
  return undefined;
}

export class TokenLifetimeError extends Error {}

/** "90s", "30m", "12h", "1d" (and the longer unit names) as seconds; undefined when not a duration. */
export function durationSeconds(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase()[0] as "s" | "m" | "h" | "d";
  return Math.round(Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[unit]);
}

/** A lifetime in words, for messages: "12 h", "90 min", "45 s". */
export function describeSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
