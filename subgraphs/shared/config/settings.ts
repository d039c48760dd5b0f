/**
 * Every setting the processes read, checked together at start (see README, Configuration).
 * Each entry point calls `checkSettings` before it opens anything.
 */
import { EnvReader } from "./env-reader.js";
import { LARGEST_ALLOWED_SKEW_SECONDS, LIFETIME_SETTINGS, LONGEST_ALLOWED_HOURS } from "../auth/token-lifetime.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export function checkSettings(env: NodeJS.ProcessEnv = process.env): void {
  const read = new EnvReader(env);
  for (const name of ["PORT", "HOKS_PORT", "PERSONS_PORT", "CONSENTS_PORT"]) read.port(name);
  for (const name of ["HOKS_URL", "PERSONS_URL", "CONSENTS_URL", "JWT_JWKS_URL"]) read.url(name, ["http:", "https:"]);
  read.url("DATABASE_URL", ["postgres:", "postgresql:"]);
  read.wholeNumber("DATABASE_POOL_SIZE", { min: 1, max: 1000 });
  read.wholeNumber("SUBGRAPH_TIMEOUT_MS", { min: 1, max: 600_000 });
  for (const name of ["GRAPHQL_MAX_DEPTH", "GRAPHQL_MAX_ALIASES", "GRAPHQL_MAX_TOKENS", "GRAPHQL_MAX_COST", "GRAPHQL_MAX_DIRECTIVES"]) read.wholeNumber(name);
  for (const name of ["RATE_LIMIT_BURST", "RATE_LIMIT_PER_SECOND", "RATE_LIMIT_ANONYMOUS_BURST", "RATE_LIMIT_ANONYMOUS_PER_SECOND"]) read.positiveNumber(name);
  read.wholeNumber("RATE_LIMIT_PROXY_HOPS", { min: 0, max: 10 });
  read.positiveNumber("RETENTION_EVERY_HOURS");
  for (const name of [LIFETIME_SETTINGS.person, LIFETIME_SETTINGS.system]) {
    const hours = read.positiveNumber(name);
    if (hours !== undefined) read.check(hours <= LONGEST_ALLOWED_HOURS, `${name}: at most ${LONGEST_ALLOWED_HOURS} hours (a week), got "${env[name]}"`);
  }
  read.wholeNumber(LIFETIME_SETTINGS.skew, { min: 0, max: LARGEST_ALLOWED_SKEW_SECONDS });
  read.date("EHOKS_TODAY", ["system"]);
  read.oneOf("LOG_LEVEL", LOG_LEVELS);
  read.oneOf("NODE_ENV", ["production", "development", "test"]);
  read.oneOf("SUBGRAPH", ["hoks", "persons", "consents"]);
  const publicKey = read.string("JWT_PUBLIC_KEY");
  if (publicKey) read.check(publicKey.includes("BEGIN PUBLIC KEY"), "JWT_PUBLIC_KEY: must be a PEM public key (-----BEGIN PUBLIC KEY-----)");
  const privateKey = read.string("JWT_PRIVATE_KEY");
  if (privateKey) read.check(privateKey.includes("BEGIN PRIVATE KEY"), "JWT_PRIVATE_KEY: must be a PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----)");
  if (env.NODE_ENV === "production") {
    read.check(Boolean(env.JWT_JWKS_URL || publicKey), "NODE_ENV=production needs JWT_JWKS_URL or JWT_PUBLIC_KEY: the development key is never used in production");
  }
  const auditFile = read.string("AUDIT_LOG_FILE");
  if (auditFile) read.check(auditFile.endsWith(".jsonl"), "AUDIT_LOG_FILE: must name a .jsonl file (the OPH audit log's JSON lines)");
  const trusted = read.string("TRUSTED_DOCUMENTS");
  if (trusted) read.check(trusted.endsWith(".json"), "TRUSTED_DOCUMENTS: must name a .json manifest made by `npm run trust`");
  read.done();
}
