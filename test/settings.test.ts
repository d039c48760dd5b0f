/**
 * Settings are parsed once, typed, at start, with one clear message per bad variable; a process
 * with bad settings stops with exit code 2 before it opens anything.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError, parseSettings } from "../subgraphs/shared/config/settings.js";
import { databaseOptionsFromEnv } from "../drizzle/db.js";
import { clockFromEnv, systemClock } from "../subgraphs/shared/clock.js";
import { edgeLimitsFromEnv, DEFAULT_EDGE_LIMITS } from "../subgraphs/shared/edge-limits.js";
import { tokenLifetimeFromEnv } from "../subgraphs/shared/auth/token-lifetime.js";
import { anonymousRateLimitFromEnv, rateLimitFromEnv } from "../gateway/rate-limit.js";
import { proxyHopsFromEnv } from "../gateway/rate-limit-address.js";

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    parseSettings(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
}

const names = (found: string[]) => found.map((p) => p.split(":")[0]).sort();

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

  it("name every bad setting at once, one message each", () => {
    const found = problems({ PORT: "99999", HOKS_URL: "hoks:4001", DATABASE_URL: "mysql://x", GRAPHQL_MAX_DEPTH: "0", RATE_LIMIT_PER_SECOND: "-1", EHOKS_TODAY: "2026-13-45", LOG_LEVEL: "loud", SUBGRAPH: "audit", NODE_ENV: "prod" });
    expect(names(found)).toEqual(["DATABASE_URL", "EHOKS_TODAY", "GRAPHQL_MAX_DEPTH", "HOKS_URL", "LOG_LEVEL", "NODE_ENV", "PORT", "RATE_LIMIT_PER_SECOND", "SUBGRAPH"]);
    expect(found).toContain('LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
    // A database URL carries a password: the message does not repeat it.
    expect(found.find((p) => p.startsWith("DATABASE_URL"))).not.toContain("mysql://x");
  });

  it("take read replicas only beside a PostgreSQL primary, as postgres:// URLs, never repeating one", () => {
    expect(problems({ DATABASE_READ_URL: "postgres://ehoks@replica/ehoks" })).toEqual([
      "DATABASE_READ_URL: needs DATABASE_URL: read replicas are replicas of a PostgreSQL primary, and the embedded PGlite has none",
    ]);
    const primary = { DATABASE_URL: "postgres://ehoks@db/ehoks" };
    expect(problems({ ...primary, DATABASE_READ_URL: "postgres://ehoks:secret@r1/ehoks,mysql://ehoks:secret@r2/x" })).toEqual(["DATABASE_READ_URL: must be postgres:// URLs, comma-separated; entry 2 is not one"]);
    expect(problems({ ...primary, DATABASE_READ_URL: " , " })).toEqual(["DATABASE_READ_URL: must name one or more postgres:// URLs, comma-separated"]);
    expect(names(problems({ ...primary, DATABASE_READ_URL: "postgres://r1/ehoks", DATABASE_READ_MAX_LAG_MS: "0" }))).toEqual(["DATABASE_READ_MAX_LAG_MS"]);
  });

  it("take only real calendar dates, or system", () => {
    for (const bad of ["2026-02-30", "2026-02-29", "2026-04-31", "2026-2-1", "01.02.2026", "2026-02-01T00:00:00Z", "today"]) {
      expect(problems({ EHOKS_TODAY: bad }), bad).toEqual([`EHOKS_TODAY: must be a calendar date like 2026-02-01, or system, got "${bad}"`]);
    }
    for (const good of ["2026-02-01", "2028-02-29", "2026-12-31", "system"]) expect(problems({ EHOKS_TODAY: good }), good).toEqual([]);
  });

  it("take whole numbers within bounds only", () => {
    expect(names(problems({ DATABASE_POOL_SIZE: "1.5", SUBGRAPH_TIMEOUT_MS: "0", GRAPHQL_MAX_COST: "1e3", PORT: "80x", RATE_LIMIT_PROXY_HOPS: "11" }))).toEqual([
      "DATABASE_POOL_SIZE",
      "GRAPHQL_MAX_COST",
      "PORT",
      "RATE_LIMIT_PROXY_HOPS",
      "SUBGRAPH_TIMEOUT_MS",
    ]);
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
    expect(names(found)).toEqual(["JWT_CLOCK_SKEW_SECONDS", "JWT_MAX_LIFETIME_HOURS", "JWT_MAX_SYSTEM_LIFETIME_HOURS", "RATE_LIMIT_ANONYMOUS_BURST", "RATE_LIMIT_PROXY_HOPS"]);
  });

  it("are what every reader of a setting uses, defaults included", () => {
    const none = parseSettings({});
    expect(edgeLimitsFromEnv(none)).toEqual(DEFAULT_EDGE_LIMITS);
    expect(rateLimitFromEnv(none)).toEqual({ burst: 120, perSecond: 20 });
    expect(proxyHopsFromEnv(none)).toBe(0);
    expect(clockFromEnv(none)).toBe(systemClock);
    expect(clockFromEnv(none, "2026-02-01").today()).toBe("2026-02-01");
    expect(databaseOptionsFromEnv(none)).toEqual({ url: undefined, pgliteDataDir: undefined, maxConnections: undefined, readUrls: undefined, maxReadLagMs: 5000 });
    const set = parseSettings({
      GRAPHQL_MAX_DEPTH: "9",
      RATE_LIMIT_ANONYMOUS_BURST: "7",
      RATE_LIMIT_PROXY_HOPS: "2",
      EHOKS_TODAY: "2026-03-04",
      DATABASE_POOL_SIZE: "3",
      JWT_MAX_LIFETIME_HOURS: "0.5",
      LOG_LEVEL: "",
    });
    expect(edgeLimitsFromEnv(set).maxDepth).toBe(9);
    expect(anonymousRateLimitFromEnv(set)).toEqual({ burst: 7, perSecond: 2 });
    expect(proxyHopsFromEnv(set)).toBe(2);
    expect(clockFromEnv(set, "2026-02-01").today()).toBe("2026-03-04");
    expect(databaseOptionsFromEnv(set).maxConnections).toBe(3);
    const replicas = parseSettings({ DATABASE_URL: "postgres://ehoks@db/ehoks", DATABASE_READ_URL: "postgres://ehoks@r1/ehoks, postgresql://ehoks@r2/ehoks", DATABASE_READ_MAX_LAG_MS: "2000" });
    expect(databaseOptionsFromEnv(replicas)).toMatchObject({ readUrls: ["postgres://ehoks@r1/ehoks", "postgresql://ehoks@r2/ehoks"], maxReadLagMs: 2000 });
    expect(tokenLifetimeFromEnv(set).personMaxSeconds).toBe(1800);
    // Empty is unset: the default.
    expect(set.LOG_LEVEL).toBe("info");
  });
});

/** Runs an entry point as `npm` would (through tsx) and returns how it ended. */
function run(entry: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry], {
      // Never the suite's PostgreSQL: were a check to let a process through, it would open nothing shared.
      env: { ...process.env, LOG_LEVEL: "info", DATABASE_URL: "", PGLITE_DATA_DIR: "memory://", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 150_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

// Each process loads the whole service's modules before it reads its settings: seconds apiece.
const PROCESS_TIMEOUT = 180_000;

describe("a process with bad settings", () => {
  it("stops before it starts anything: one line naming the variable, printed once, exit code 2", async () => {
    const entries = ["scripts/start.ts", "gateway/main.ts", "subgraphs/main.ts"];
    const results = await Promise.all(entries.map((entry) => run(entry, { EHOKS_TODAY: "2026-02-30", SUBGRAPH: "hoks", PORT: "0" })));
    for (const [i, entry] of entries.entries()) {
      const { status, stdout, stderr } = results[i]!;
      expect(status, entry).toBe(2);
      expect(stderr, entry).toBe('Configuration problems:\n  - EHOKS_TODAY: must be a calendar date like 2026-02-01, or system, got "2026-02-30"\n');
      // Nothing started: no "listening" line, no migration.
      expect(stdout, entry).toBe("");
    }
  }, PROCESS_TIMEOUT);

  it("stops npm start when TRUSTED_DOCUMENTS names no manifest (npm start honours it, as the gateway does)", async () => {
    const { status, stdout, stderr } = await run("scripts/start.ts", { TRUSTED_DOCUMENTS: join(tmpdir(), "no-such-dir", "trusted.json") });
    expect(status).toBe(2);
    expect(stderr.trim().split("\n")).toEqual(["Configuration problems:", expect.stringMatching(/^  - TRUSTED_DOCUMENTS: ENOENT/)]);
    expect(stdout).toBe("");
  }, PROCESS_TIMEOUT);

  it("stops the gateway when SUPERGRAPH names a file that is not a supergraph", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehoks-supergraph-"));
    writeFileSync(join(dir, "subgraph.graphql"), "type Query { a: Int }\n");
    writeFileSync(join(dir, "broken.graphql"), "type Query { a: \n");
    const cases = {
      [join(dir, "missing.graphql")]: "cannot read the file",
      [join(dir, "broken.graphql")]: "is not GraphQL: Syntax Error",
      [join(dir, "subgraph.graphql")]: "is not a composed supergraph",
    };
    const results = await Promise.all(Object.keys(cases).map((path) => run("gateway/main.ts", { SUPERGRAPH: path, PORT: "0" })));
    for (const [i, [path, problem]] of Object.entries(cases).entries()) {
      const { status, stdout, stderr } = results[i]!;
      expect(status, path).toBe(2);
      expect(stderr.trim().split("\n"), path).toEqual(["Configuration problems:", expect.stringMatching(new RegExp(`^  - SUPERGRAPH: .*${problem}`))]);
      expect(stdout, path).toBe("");
    }
  }, PROCESS_TIMEOUT);
});
