/**
 * Only the student manages their consents and share links (disclosure.md): any other role is
 * refused with FORBIDDEN, and so is a student naming a plan that is not theirs. The message is
 * the same whether that plan exists or not.
 */
import type { Db } from "../../../drizzle/db.js";
import type { Principal } from "../../shared/auth/principal.js";
import { forbidden } from "../../shared/errors.js";
import { isPlanId } from "../../shared/validation/identifiers.js";
import { planOwner } from "./ownership.queries.js";

export function requireStudent(principal: Principal): void {
  if (principal.role !== "student") throw forbidden("Only the student can manage their consents and share links");
}

/** The plan's numeric id, when it is the caller's own plan. */
export async function requireOwnPlan(db: Db, principal: Principal, hoksId: string): Promise<number> {
  requireStudent(principal);
  const id = isPlanId(hoksId) ? Number(hoksId) : undefined;
  if (id === undefined || (await planOwner(db, id)) !== principal.sub) {
    throw forbidden("A consent or share link can only be made on one's own plan");
  }
  return id;
}
