/** Structured JSON logs (pino). `LOG_LEVEL` sets the level; tests run with `silent`. */
import { pino } from "pino";

const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

export const log = pino({
  // A bad LOG_LEVEL is reported by the settings check at start; logging must not fail before it.
  level: LEVELS.has(process.env.LOG_LEVEL ?? "") ? process.env.LOG_LEVEL : "info",
  base: { service: "ehoks-graph" },
  // Personal data never goes to logs: tokens and request bodies are not logged at all.
  redact: ["req.headers.authorization", "token"],
});
