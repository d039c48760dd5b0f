/** Structured JSON logs (pino). `LOG_LEVEL` sets the level; tests run with `silent`. */
import { pino } from "pino";

export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "ehoks-graph" },
  // Personal data never goes to logs: tokens and request bodies are not logged at all.
  redact: ["req.headers.authorization", "token"],
});
