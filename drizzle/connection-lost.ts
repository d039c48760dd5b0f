/**
 * Whether a statement failed because its connection was lost (or never made), as opposed to
 * anything the statement itself did. Shared by the lost-commit check (known-outcome-transaction.ts)
 * and the replica router, which then runs a read on the primary instead (read-replicas.ts).
 */

/** postgres.js codes and PostgreSQL classes 08 (connection exception) and 57P (shutdown). */
const CONNECTION_LOST = /^(CONNECTION_CLOSED|CONNECTION_DESTROYED|CONNECTION_ENDED|ECONNRESET|EPIPE|ECONNREFUSED|08...|57P0[123])$/;

/** The driver's error, or one that drizzle wrapped around it (`DrizzleQueryError.cause`). */
export function lostConnection(error: unknown, codes: RegExp = CONNECTION_LOST): boolean {
  let e = error as { code?: unknown; cause?: unknown } | null | undefined;
  for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
    if (typeof e.code === "string" && codes.test(e.code)) return true;
  }
  return false;
}

/**
 * A replica's statement that the primary can answer instead: its connection lost or never made
 * (a stopped or unreachable replica), or cancelled by a conflict with recovery (40001 on a
 * standby: the replica replayed a change the statement's snapshot still needed).
 */
const REPLICA_UNAVAILABLE = /^(CONNECTION_CLOSED|CONNECTION_DESTROYED|CONNECTION_ENDED|CONNECT_TIMEOUT|ECONNRESET|EPIPE|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|08...|57P0[123]|40001)$/;

export const replicaUnavailable = (error: unknown): boolean => lostConnection(error, REPLICA_UNAVAILABLE);
