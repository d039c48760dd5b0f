/**
 * Idempotent creates: a system that retries a create with the same key gets the first result
 * instead of a duplicate or an error. The key is locked for the transaction, so concurrent
 * retries queue up behind the first instead of racing it.
 */
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { hoks, idempotencyKey } from "../../../drizzle/schema/index.js";
import { conflict } from "../../shared/errors.js";
import type { Tx } from "./plan-store.js";

export function documentHash(document: unknown): string {
  return createHash("sha256").update(JSON.stringify(document)).digest("hex");
}

/** The plan an earlier create with this key made, after taking the key's lock; undefined when none. */
export async function earlierCreate(tx: Tx, callerSub: string, key: string, requestHash: string): Promise<{ id: number; revision: number } | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${callerSub + "\u0000" + key}, 0))`);
  const [earlier] = await tx
    .select({ id: idempotencyKey.hoksId, requestHash: idempotencyKey.requestHash, revision: hoks.revision })
    .from(idempotencyKey)
    .innerJoin(hoks, eq(hoks.id, idempotencyKey.hoksId))
    .where(and(eq(idempotencyKey.callerSub, callerSub), eq(idempotencyKey.key, key)));
  if (!earlier) return undefined;
  if (earlier.requestHash !== requestHash) throw conflict("This idempotency key was already used for a different document");
  return { id: earlier.id, revision: earlier.revision };
}

export async function rememberCreate(tx: Tx, callerSub: string, key: string, requestHash: string, hoksId: number): Promise<void> {
  await tx.insert(idempotencyKey).values({ callerSub, key, requestHash, hoksId });
}
