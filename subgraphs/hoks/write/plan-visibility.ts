/**
 * Whether a caller may read a plan, by the very rules of `hoks(id:)` (hoks/hoks.scope.ts). A
 * replace, patch or delete asks this first: a plan the caller cannot read is answered exactly
 * like one that does not exist, before its privileges, its revision or its content are looked at,
 * so no write reveals that a hidden plan exists.
 */
import type { Db } from "../../../drizzle/db.js";
import type { Principal } from "../../shared/auth/principal.js";
import { visibleHoksByIds } from "../hoks/hoks.queries.js";
import type { Tx } from "./plan-store.js";

export async function mayReadPlan(tx: Tx, principal: Principal, today: string, id: number): Promise<boolean> {
  // The scoped read only selects; it runs on the write's transaction, so it judges the plan the
  // write then locks, and no statement of the write leaves its transaction.
  const [plan] = await visibleHoksByIds(tx as Db, principal, today, [id]);
  return plan !== undefined;
}
