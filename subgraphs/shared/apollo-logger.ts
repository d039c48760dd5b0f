/**
 * Apollo Server's and @apollo/gateway's own lines, written as ours: JSON, under the server's
 * component, scrubbed. Left to their default, they print plain text to the console, and their
 * error lines embed an error's text (`Unexpected error processing request: ${error}`), which may
 * carry SQL, its parameters or a person's OID.
 */
import type { ApolloServerOptions, BaseContext } from "@apollo/server";
import { log } from "./log.js";
import { scrub } from "./log-safe-error.js";

export type ApolloLogger = NonNullable<ApolloServerOptions<BaseContext>["logger"]>;
type Level = keyof ApolloLogger;

/**
 * Apollo's line for an error that broke its request pipeline: `internalErrorLogging` logs that
 * failure already, with the request's id and the cause, so Apollo's copy only goes to debug.
 */
const LOGGED_BY_OUR_PLUGIN = "Unexpected error processing request";

export function apolloLogger(component: string): ApolloLogger {
  const writer =
    (level: Level) =>
    (...parts: unknown[]): void => {
      const errors = parts.filter((part): part is Error => part instanceof Error);
      const message = parts
        .filter((part) => !(part instanceof Error))
        .map((part) => scrub(String(part)))
        .join(" ");
      const at = message.startsWith(LOGGED_BY_OUR_PLUGIN) ? "debug" : level;
      // `err` goes through the log's safe serialiser, as every error of ours does.
      log[at]({ component, source: "apollo", ...(errors[0] ? { err: errors[0] } : {}) }, message || "Apollo reported an error");
    };
  return { debug: writer("debug"), info: writer("info"), warn: writer("warn"), error: writer("error") };
}
