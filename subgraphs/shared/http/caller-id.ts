/**
 * `Caller-Id`: the name a calling system gives itself (OPH's convention, e.g.
 * `1.2.246.562.10.00000000001.ehoks-frontend`), which every OPH client already sends. It is
 * recorded in the audit trail to tell systems apart, and is never trusted for anything else: the
 * token alone says who the caller is and what it may do. A value that is not a plain name (too
 * long, or with characters outside letters, digits and `.` `_` `:` `-`) is not recorded at all,
 * so a caller cannot write arbitrary text into the log.
 */
import type { IncomingHttpHeaders } from "node:http";

export const CALLER_ID_HEADER = "caller-id";
export const MAX_CALLER_ID_LENGTH = 200;
const CALLER_ID = /^[A-Za-z0-9._:-]+$/;

/** The request's `Caller-Id` when it is a plain name of at most 200 characters, else undefined. */
export function callerIdOf(headers: IncomingHttpHeaders): string | undefined {
  const value = headers[CALLER_ID_HEADER];
  if (typeof value !== "string" || value.length > MAX_CALLER_ID_LENGTH || !CALLER_ID.test(value)) return undefined;
  return value;
}
