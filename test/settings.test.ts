/** Settings are checked together at start, with one clear message per bad setting. */
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../subgraphs/shared/config/env-reader.js";
import { checkSettings } from "../subgraphs/shared/config/settings.js";

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    checkSettings(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
}

describe("settings", () => {
  it("accept nothing set, and a full production set", () => {
    expect(problems({})).toEqual([]);
    expect(
      problems({
        NODE_ENV: "production",
        JWT_JWKS_URL: "https://login.example/jwks",
        DATABASE_URL: "postgres://ehoks@db:5432/ehoks",
        PORT: "4000",
        HOKS_URL: "http://hoks:4001/graphql",
        SUBGRAPH_TIMEOUT_MS: "5000",
        GRAPHQL_MAX_DEPTH: "10",
        RATE_LIMIT_BURST: "50",
        RATE_LIMIT_PER_SECOND: "2.5",
        EHOKS_TODAY: "system",
        LOG_LEVEL: "warn",
      }),
    ).toEqual([]);
  });

  it("name every bad setting at once", () => {
    const found = problems({ PORT: "99999", HOKS_URL: "hoks:4001", DATABASE_URL: "mysql://x", GRAPHQL_MAX_DEPTH: "0", RATE_LIMIT_PER_SECOND: "-1", EHOKS_TODAY: "2026-13-45", LOG_LEVEL: "loud", SUBGRAPH: "audit" });
    expect(found.map((p) => p.split(":")[0])).toEqual(["PORT", "HOKS_URL", "DATABASE_URL", "GRAPHQL_MAX_DEPTH", "RATE_LIMIT_PER_SECOND", "EHOKS_TODAY", "LOG_LEVEL", "SUBGRAPH"]);
  });

  it("refuse production without a way to verify tokens", () => {
    expect(problems({ NODE_ENV: "production" })).toEqual([expect.stringContaining("JWT_JWKS_URL or JWT_PUBLIC_KEY")]);
    expect(problems({ JWT_PUBLIC_KEY: "not a key" })).toEqual([expect.stringContaining("PEM public key")]);
  });

  it("accept token lifetimes up to a week and a skew up to five minutes, and the address rate limit's settings", () => {
    const fine = { JWT_MAX_LIFETIME_HOURS: "0.5", JWT_MAX_SYSTEM_LIFETIME_HOURS: "168", JWT_CLOCK_SKEW_SECONDS: "0" };
    expect(problems({ ...fine, RATE_LIMIT_ANONYMOUS_BURST: "10", RATE_LIMIT_ANONYMOUS_PER_SECOND: "0.5", RATE_LIMIT_PROXY_HOPS: "1" })).toEqual([]);
    const found = problems({
      JWT_MAX_LIFETIME_HOURS: "8760",
      JWT_MAX_SYSTEM_LIFETIME_HOURS: "0",
      JWT_CLOCK_SKEW_SECONDS: "3600",
      RATE_LIMIT_ANONYMOUS_BURST: "lots",
      RATE_LIMIT_PROXY_HOPS: "-1",
    });
    expect(found.map((p) => p.split(":")[0])).toEqual([
      "RATE_LIMIT_ANONYMOUS_BURST",
      "RATE_LIMIT_PROXY_HOPS",
      "JWT_MAX_LIFETIME_HOURS",
      "JWT_MAX_SYSTEM_LIFETIME_HOURS",
      "JWT_CLOCK_SKEW_SECONDS",
    ]);
  });
});
