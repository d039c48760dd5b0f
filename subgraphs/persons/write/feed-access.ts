/**
 * Who may feed persons, study rights and organisations (the Koski-like data the rules stand on):
 * OPH's sync job anything; a provider's study administration system (role `service`) only study
 * rights at institutions its `write` privilege covers, and the persons they belong to. Nobody
 * else, and no provider system touches the organisation tree.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { organisationTree } from "../../../drizzle/schema/index.js";
import { coveredBy } from "../../shared/access/coverage.js";
import { organisationsWithRight, type Principal } from "../../shared/auth/principal.js";
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import type { FieldProblem } from "../../shared/errors.js";
import type { WorldDocument } from "../import/world-document.js";

export function mayFeedAtAll(principal: Principal): boolean {
  return principal.role === "oph" || (principal.role === "service" && organisationsWithRight(principal, "write").length > 0);
}

/** The parts of the document this caller may not write, each at its path. */
export async function feedRefusals(db: Db, principal: Principal, document: WorldDocument): Promise<FieldProblem[]> {
  if (principal.role === "oph") return [];
  const refusals: FieldProblem[] = [];
  (document.organisaatiot ?? []).forEach((_, i) => refusals.push({ path: `organisaatiot.${i}`, message: "only OPH maintains organisations" }));
  const studyRights = document.opiskeluoikeudet ?? [];
  const institutions = [...new Set(studyRights.map((s) => s.oppilaitos))];
  const covered = new Set(
    institutions.length === 0
      ? []
      : (
          await db
            .select({ oid: organisationTree.oid })
            .from(organisationTree)
            .where(sql`${oneOf(organisationTree.oid, institutions)} and ${coveredBy(organisationTree.oid, organisationsWithRight(principal, "write"))}`)
        ).map((r) => r.oid),
  );
  studyRights.forEach((s, i) => {
    if (!covered.has(s.oppilaitos)) refusals.push({ path: `opiskeluoikeudet.${i}`, message: "no write privilege at this institution" });
  });
  const students = new Set(studyRights.map((s) => s.oppijaOid));
  (document.henkilot ?? []).forEach((h, i) => {
    if (!students.has(h.oid)) refusals.push({ path: `henkilot.${i}`, message: "a provider system may send only the persons of the study rights it sends" });
  });
  return refusals;
}
