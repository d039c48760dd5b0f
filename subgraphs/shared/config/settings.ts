/**
 * Every setting any process reads, as one typed object parsed from the environment with zod (see
 * README, Configuration). Entry points call `loadSettingsOrExit()` first: a bad value stops the
 * process before it opens anything, with one line per bad variable naming it. Everything else
 * reads `settings()`, never `process.env`.
 *
 * An empty variable counts as unset (a shell's `FOO= npm start`). Messages never repeat a value
 * that could be a secret (URLs with passwords, keys).
 */
import { accessSync, constants } from "node:fs";
import { z } from "zod";
import { isCalendarDate } from "../validation/calendar-date.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export const NODE_ENVS = ["production", "development", "test"] as const;
export const SUBGRAPH_SETTING = ["hoks", "persons", "consents"] as const;

/** No setting may make a token live longer than a week, whatever the configuration says. */
export const LONGEST_ALLOWED_HOURS = 7 * 24;
export const LARGEST_ALLOWED_SKEW_SECONDS = 300;

/** The port `npm run start:partner` serves the sample partner subgraph on by default. */
export const DEFAULT_PARTNER_PORT = 4010;

const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);

/** A variable that may be unset. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(unsetWhenEmpty, schema.optional());
}
/** A variable that may be unset, `fallback` when it is. */
function withDefault<T extends z.ZodType>(schema: T, fallback: z.output<T>) {
  return z.preprocess(unsetWhenEmpty, schema.optional()).transform((value) => (value === undefined ? fallback : value) as z.output<T>);
}

const wholeNumber = (min: number, max: number) =>
  z.string().transform((raw, ctx) => {
    const value = Number(raw);
    if (!/^[+-]?\d+$/.test(raw.trim()) || value < min || value > max) {
      ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}, got "${raw}"` });
      return z.NEVER;
    }
    return value;
  });

const positiveNumber = (max = Number.MAX_SAFE_INTEGER, unit = "") =>
  z.string().transform((raw, ctx) => {
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value) || value <= 0) {
      ctx.addIssue({ code: "custom", message: `must be a positive number, got "${raw}"` });
      return z.NEVER;
    }
    if (value > max) {
      ctx.addIssue({ code: "custom", message: `at most ${max}${unit}, got "${raw}"` });
      return z.NEVER;
    }
    return value;
  });

const port = wholeNumber(0, 65535);

/** One or more postgres:// URLs, comma-separated (read replicas); none is repeated in a message, they carry passwords. */
const postgresUrlList = z.string().transform((raw, ctx) => {
  const urls = raw.split(",").map((part) => part.trim()).filter((part) => part !== "");
  const bad = urls.findIndex((candidate) => {
    try {
      return !["postgres:", "postgresql:"].includes(new URL(candidate).protocol);
    } catch {
      return true;
    }
  });
  if (urls.length === 0 || bad >= 0) {
    ctx.addIssue({ code: "custom", message: urls.length === 0 ? "must name one or more postgres:// URLs, comma-separated" : `must be postgres:// URLs, comma-separated; entry ${bad + 1} is not one` });
    return z.NEVER;
  }
  return urls;
});

const url = (protocols: string[]) =>
  z.string().refine(
    (raw) => {
      try {
        return protocols.includes(new URL(raw).protocol);
      } catch {
        return false;
      }
    },
    // The value itself is not repeated: a database URL carries a password.
    { message: `must be a ${protocols.join(" or ")} URL` },
  );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `must be one of ${values.join(", ")}, got "${String(issue.input)}"` });

/** A real calendar date (2026-02-30 is not one), or `system` for the real date. */
const serviceDate = z.string().refine((raw) => raw === "system" || isCalendarDate(raw), {
  error: (issue) => `must be a calendar date like 2026-02-01, or system, got "${String(issue.input)}"`,
});

const pem = (marker: string, what: string) => z.string().refine((raw) => raw.includes(`-----BEGIN ${marker}-----`), { message: `must be ${what} (-----BEGIN ${marker}-----)` });

const fileNamed = (suffix: string, what: string) => z.string().refine((raw) => raw.endsWith(suffix), { message: `must name ${what}` });

/** A file this process can read (checked at start, so a typo stops the process, not a request). */
const readableFile = z.string().refine(
  (path) => {
    try {
      accessSync(path, constants.R_OK);
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `cannot read the file "${String(issue.input)}"` },
);

export const settingsSchema = z
  .object({
    NODE_ENV: optional(oneOf(NODE_ENVS)),
    LOG_LEVEL: withDefault(oneOf(LOG_LEVELS), "info"),

    DATABASE_URL: optional(url(["postgres:", "postgresql:"])),
    PGLITE_DATA_DIR: optional(z.string()),
    DATABASE_POOL_SIZE: optional(wholeNumber(1, 1000)),
    // Streaming replicas of DATABASE_URL that take the scoped reads (drizzle/read-replicas.ts).
    DATABASE_READ_URL: optional(postgresUrlList),
    // A replica further behind its primary than this is skipped until it catches up.
    DATABASE_READ_MAX_LAG_MS: withDefault(wholeNumber(1, 3_600_000), 5000),

    EHOKS_TODAY: optional(serviceDate),

    HOST: optional(z.string()),
    PORT: optional(port),
    HOKS_PORT: optional(port),
    PERSONS_PORT: optional(port),
    CONSENTS_PORT: optional(port),
    PARTNER_PORT: withDefault(port, DEFAULT_PARTNER_PORT),
    SUBGRAPH: optional(oneOf(SUBGRAPH_SETTING)),

    HOKS_URL: optional(url(["http:", "https:"])),
    PERSONS_URL: optional(url(["http:", "https:"])),
    CONSENTS_URL: optional(url(["http:", "https:"])),
    SUBGRAPH_TIMEOUT_MS: optional(wholeNumber(1, 600_000)),
    SUPERGRAPH: optional(readableFile),
    // Hive Gateway's planner (gateway/hive/): its JavaScript runtime, or Hive Router's Rust planner.
    HIVE_QUERY_PLANNER: withDefault(oneOf(["javascript", "rust"] as const), "javascript"),

    GRAPHQL_MAX_DEPTH: optional(wholeNumber(1, Number.MAX_SAFE_INTEGER)),
    GRAPHQL_MAX_ALIASES: optional(wholeNumber(1, Number.MAX_SAFE_INTEGER)),
    GRAPHQL_MAX_TOKENS: optional(wholeNumber(1, Number.MAX_SAFE_INTEGER)),
    GRAPHQL_MAX_COST: optional(wholeNumber(1, Number.MAX_SAFE_INTEGER)),
    GRAPHQL_MAX_DIRECTIVES: optional(wholeNumber(1, Number.MAX_SAFE_INTEGER)),

    RATE_LIMIT_BURST: optional(positiveNumber()),
    RATE_LIMIT_PER_SECOND: optional(positiveNumber()),
    RATE_LIMIT_ANONYMOUS_BURST: optional(positiveNumber()),
    RATE_LIMIT_ANONYMOUS_PER_SECOND: optional(positiveNumber()),
    RATE_LIMIT_PROXY_HOPS: withDefault(wholeNumber(0, 10), 0),
    // Shared by every gateway process for the rate limits (gateway/rate-limit-shared.ts).
    REDIS_URL: optional(url(["redis:", "rediss:"])),

    RETENTION_EVERY_HOURS: optional(positiveNumber()),
    // How long the audit trail is kept, in whole months; unset keeps it all (scripts/retention/).
    AUDIT_RETENTION_MONTHS: optional(wholeNumber(1, 1200)),

    JWT_JWKS_URL: optional(url(["http:", "https:"])),
    JWT_PUBLIC_KEY: optional(pem("PUBLIC KEY", "a PEM public key")),
    JWT_PRIVATE_KEY: optional(pem("PRIVATE KEY", "a PKCS#8 PEM key")),
    JWT_ISSUER: optional(z.string()),
    JWT_AUDIENCE: optional(z.string()),
    JWT_DEV_KEY_FILE: optional(z.string()),
    JWT_MAX_LIFETIME_HOURS: optional(positiveNumber(LONGEST_ALLOWED_HOURS, " hours (a week)")),
    JWT_MAX_SYSTEM_LIFETIME_HOURS: optional(positiveNumber(LONGEST_ALLOWED_HOURS, " hours (a week)")),
    JWT_CLOCK_SKEW_SECONDS: optional(wholeNumber(0, LARGEST_ALLOWED_SKEW_SECONDS)),

    // The web app's folder and its sign-in provider (gateway/web-app.ts).
    WEB_APP_DIR: optional(z.string()),
    OIDC_ISSUER: optional(url(["https:", "http:"])),
    OIDC_CLIENT_ID: optional(z.string()),
    OIDC_REDIRECT_URI: optional(url(["https:", "http:"])),
    OIDC_SCOPE: optional(z.string()),

    // Where npm was run from (npm sets it): CLI paths are relative to it.
    INIT_CWD: optional(z.string()),

    AUDIT_LOG_FILE: optional(fileNamed(".jsonl", "a .jsonl file (the OPH audit log's JSON lines)")),
    TRUSTED_DOCUMENTS: optional(fileNamed(".json", "a .json manifest made by `npm run trust`")),
  })
  .superRefine((settings, ctx) => {
    if (settings.DATABASE_READ_URL && !settings.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_READ_URL"],
        message: "needs DATABASE_URL: read replicas are replicas of a PostgreSQL primary, and the embedded PGlite has none",
      });
    }
    if (settings.NODE_ENV === "production" && !settings.JWT_JWKS_URL && !settings.JWT_PUBLIC_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["NODE_ENV"],
        message: "production needs JWT_JWKS_URL or JWT_PUBLIC_KEY: the development key is never used in production",
      });
    }
  });

export type Settings = z.output<typeof settingsSchema>;

/** Bad settings, one problem per variable, each starting with the variable's name. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses an environment into settings, or throws a ConfigurationError naming every bad variable. */
export function parseSettings(env: NodeJS.ProcessEnv): Settings {
  const result = settingsSchema.safeParse(env);
  if (result.success) return result.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "settings");
    // One message per variable, even when zod finds more than one thing wrong with it.
    if (seen.has(name)) continue;
    seen.add(name);
    problems.push(`${name}: ${issue.message}`);
  }
  throw new ConfigurationError(problems);
}

let current: Settings | undefined;

/**
 * This process's settings, parsed from its environment once. Entry points have parsed them
 * already (`loadSettingsOrExit`); anywhere else bad settings throw a ConfigurationError.
 */
export function settings(): Settings {
  current ??= parseSettings(process.env);
  return current;
}

/** For tests that start entry-point code with another environment. */
export function useSettings(env: NodeJS.ProcessEnv): Settings {
  current = parseSettings(env);
  return current;
}
