/**
 * Read-your-writes across read replicas. A subgraph that committed a write answers the primary's
 * WAL position after it (COMMIT_LSN_HEADER); the gateway remembers the highest one per caller for
 * a short while (gateway/written-positions.ts) and sends it with that caller's later calls
 * (MIN_LSN_HEADER); a subgraph then reads from a replica only once the replica has replayed that
 * far (drizzle/read-replicas.ts), else from the primary.
 *
 * Like the write budget, the header is the gateway's. Sent by anyone else it can only make that
 * caller's own reads wait (at most CATCH_UP_WAIT_MS) or go to the primary; a malformed value is
 * ignored, as if absent.
 */
import type { IncomingHttpHeaders } from "node:http";
import { parseLsn, type Lsn } from "../../../drizzle/lsn.js";

export const COMMIT_LSN_HEADER = "x-ehoks-commit-lsn";
export const MIN_LSN_HEADER = "x-ehoks-min-lsn";

/** The WAL position this request's reads must see, when the gateway sent a well-formed one. */
export function minLsnOf(headers: IncomingHttpHeaders): Lsn | undefined {
  const value = headers[MIN_LSN_HEADER];
  return typeof value === "string" ? parseLsn(value) : undefined;
}
