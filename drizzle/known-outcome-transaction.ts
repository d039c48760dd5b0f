/**
 * A transaction whose outcome the caller learns even when the connection is lost while it
 * commits. PostgreSQL may have made the commit durable and then lost the session before the
 * acknowledgement reached us (terminated backends wait for the commit record's flush first); an
 * error answer would then tell the caller "not stored" about a write that is stored. So the
 * transaction notes its id, and after a lost connection the database is asked, on a new one,
 * whether that id committed (`txid_status`, made for exactly this).
 *
 * It also refuses to commit after `commitBy`: a caller that stops waiting at some moment (the
 * gateway's timeout) must never be told "failed" about a write that then commits. Work that ends
 * after its deadline is rolled back and reported as CommitDeadlinePassed, which is the truth.
 */
import { sql } from "drizzle-orm";
import { log } from "../subgraphs/shared/log.js";
import { lostConnection } from "./connection-lost.js";
import { rowsOf, type Db } from "./db.js";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * How long a lost commit's outcome is asked for at most. Whoever waits for a write's answer must
 * wait this long past the write's commit deadline (gateway/subgraph-fetcher.ts does).
 */
export const OUTCOME_ASK_MS = 5000;
const ASK_EVERY_MS = 250;

/** Work finished after the caller's deadline: rolled back, so nothing of it is stored. */
export class CommitDeadlinePassed extends Error {
  override name = "CommitDeadlinePassed";
}

/**
 * "committed" or "aborted", or undefined when the database cannot say within OUTCOME_ASK_MS.
 * "in progress" is asked again: a terminated session may still be finishing its commit.
 */
async function statusOf(db: Db, xid: string): Promise<string | undefined> {
  const until = Date.now() + OUTCOME_ASK_MS;
  for (;;) {
    try {
      const [row] = rowsOf<{ status: string | null }>(await db.execute(sql`select txid_status(${xid}::bigint) as status`));
      if (row?.status !== "in progress") return row?.status ?? undefined;
    } catch (error) {
      if (!lostConnection(error)) return undefined;
    }
    if (Date.now() > until) return undefined;
    await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS));
  }
}

export interface TransactionOptions {
  /** Epoch milliseconds after which the work must not commit. */
  commitBy?: number;
}

export async function knownOutcomeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  let xid: string | undefined;
  let done: { value: T } | undefined;
  try {
    return await db.transaction(async (tx) => {
      [{ xid }] = rowsOf<{ xid: string }>(await tx.execute(sql`select txid_current()::text as xid`));
      const value = await work(tx);
      // Thrown inside the transaction, so it rolls back: the last moment to decide against committing.
      if (options.commitBy !== undefined && Date.now() > options.commitBy) throw new CommitDeadlinePassed("The write did not finish in time");
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
