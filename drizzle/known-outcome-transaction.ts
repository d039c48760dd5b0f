/**
 * A transaction whose outcome the caller learns even when the connection is lost while it
 * commits. PostgreSQL may have made the commit durable and then lost the session before the
 * acknowledgement reached us (terminated backends wait for the commit record's flush first); an
 * error answer would then tell the caller "not stored" about a write that is stored. So the
 * transaction notes its id, and after a lost connection the database is asked, on a new one,
 * whether that id committed (`txid_status`, made for exactly this).
 */
import { sql } from "drizzle-orm";
import { log } from "../subgraphs/shared/log.js";
import { rowsOf, type Db } from "./db.js";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** postgres.js codes and PostgreSQL classes 08 (connection exception) and 57P (shutdown). */
const CONNECTION_LOST = /^(CONNECTION_CLOSED|CONNECTION_DESTROYED|CONNECTION_ENDED|ECONNRESET|EPIPE|ECONNREFUSED|08...|57P0[123])$/;

/** The driver's error, or one that drizzle wrapped around it (`DrizzleQueryError.cause`). */
function lostConnection(error: unknown): boolean {
  let e = error as { code?: unknown; cause?: unknown } | null | undefined;
  for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
    if (typeof e.code === "string" && CONNECTION_LOST.test(e.code)) return true;
  }
  return false;
}

const ASK_FOR_MS = 5000;
const ASK_EVERY_MS = 250;

/** "committed", "aborted", "in progress", or undefined when the database cannot say within a few seconds. */
async function statusOf(db: Db, xid: string): Promise<string | undefined> {
  const until = Date.now() + ASK_FOR_MS;
  for (;;) {
    try {
      const [row] = rowsOf<{ status: string | null }>(await db.execute(sql`select txid_status(${xid}::bigint) as status`));
      return row?.status ?? undefined;
    } catch (error) {
      if (!lostConnection(error) || Date.now() > until) return undefined;
      await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS));
    }
  }
}

export async function knownOutcomeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  let xid: string | undefined;
  let done: { value: T } | undefined;
  try {
    return await db.transaction(async (tx) => {
      [{ xid }] = rowsOf<{ xid: string }>(await tx.execute(sql`select txid_current()::text as xid`));
      const value = await work(tx);
      done = { value };
      return value;
    });
  } catch (error) {
    // Only a transaction whose work finished can have committed; only a lost connection hides whether it did.
    if (!done || !xid || !lostConnection(error)) throw error;
    const status = await statusOf(db, xid);
    if (status === "committed") {
      log.warn({ xid }, "the connection was lost while committing; the transaction had committed");
      return done.value;
    }
    if (status !== "aborted") log.error({ xid, status }, "the connection was lost while committing; whether the transaction committed is unknown");
    throw error;
  }
}
