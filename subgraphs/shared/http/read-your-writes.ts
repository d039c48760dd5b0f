/**
 * Read-your-writes, and everyone else's, across read replicas. A subgraph that committed a write
 * answers the primary's WAL position after it (COMMIT_LSN_HEADER); the gateway remembers the
 * latest one for a short while (gateway/written-positions.ts) and sends it with every request's
 * subgraph calls (MIN_LSN_HEADER; `0/0` when there is no write to wait for); a subgraph then reads
 * from a replica only once the replica has replayed that far (drizzle/read-replicas.ts), else from
 * the primary.
 *
 * Without a well-formed position the primary answers: READ_FROM_PRIMARY (the gateway cannot be sure
 * it knows the latest write), no header (a router that keeps no such memory, or a caller reaching
 * the subgraph directly), or anything malformed. A replica behind a revocation must never answer.
 */
import type { IncomingHttpHeaders } from "node:http";
import { parseLsn, type Lsn } from "../../../drizzle/lsn.js";
import { READ_FROM_PRIMARY } from "../../../drizzle/read-replicas.js";

export const COMMIT_LSN_HEADER = "x-ehoks-commit-lsn";
export const MIN_LSN_HEADER = "x-ehoks-min-lsn";
export { READ_FROM_PRIMARY };

/** What this request's reads must see: a WAL position, or (READ_FROM_PRIMARY, absent, malformed) the primary. */
export function readFloorOf(headers: IncomingHttpHeaders): Lsn | typeof READ_FROM_PRIMARY {
  const value = headers[MIN_LSN_HEADER];
  return (typeof value === "string" ? parseLsn(value) : undefined) ?? READ_FROM_PRIMARY;
}
