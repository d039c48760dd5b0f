/**
 * Idempotent creates: a system that retries a create with the same key gets the first result
 * instead of a duplicate or an error. The key is locked for the transaction, so concurrent
 * retries queue up behind the first instead of racing it.
 */
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { hoks, idempotencyKey } from "../../../drizzle/schema/index.js";
import { conflict, type FieldProblem } from "../../shared/errors.js";
import type { Tx } from "./plan-store.js";

export const KEY = /^[\x21-\x7e]{1,200}$/;

/** Keys are printable ASCII without spaces, at most 200 characters (a UUID fits well). */
export function idempotencyKeyProblems(key: string): FieldProblem[] {
  return KEY.test(key) ? [] : [{ path: "idempotencyKey", message: "must be 1–200 printable ASCII characters without spaces" }];
}

export function documentHash(document: unknown): string {
  return createHash("sha256").update(JSON.stringify(document)).digest("hex");
}

/** The plan an earlier create with this key made, after taking the key's lock; undefined when none. */
export async function earlierCreate(tx: Tx, callerSub: string, key: string, requestHash: string): Promise<{ id: number; revision: number } | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${JSON.stringify([callerSub, key])}, 0))`);
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
