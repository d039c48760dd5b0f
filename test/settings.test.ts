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
});
