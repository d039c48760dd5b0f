/**
 * Who may write a plan (disclosure.md R2/R3, R9): a provider's official or system holding the
 * right (`write` to create, `update` to replace or patch, `delete` to delete) at an organisation
 * covering the institution of the plan's own study right, and only while that study right has
 * not ended; after that, OPH corrects. Never through procured training or another study right
 * (R2 b/c), never a student or anyone else. One query reads the study right and decides.
 *
 * The study right's facts (its student, type, dates, whether it has a plan) are for those who may
 * write at its institution: a caller with `write` elsewhere learns nothing of it, not even whether
 * it exists (`factsDisclosable`).
 */
import { sql } from "drizzle-orm";
import { planFacts, studyRightFacts } from "../../../drizzle/schema/index.js";
import { coveredBy } from "../../shared/access/coverage.js";
import { providerOrganisationsWithRight, type Principal, type Right } from "../../shared/auth/principal.js";
import type { StudyRightFacts } from "../validation/context.js";
import type { Tx } from "./plan-store.js";

export interface WriteAccess {
  /** The study right, or undefined when there is none with that OID. */
  studyRight?: StudyRightFacts;
  mayWrite: boolean;
  /**
   * The caller may be told the study right's facts, or that there is none: OPH, or a holder of the
   * right at an organisation covering its institution (whether or not it is still running).
   */
  factsDisclosable: boolean;
  /** A live plan already holds the study right (a create must not make a second). */
  studyRightTaken: boolean;
}

/** Whether the principal's role can write plans at all (to refuse early, before any lookup). */
export function canWriteAnyPlan(principal: Principal, right: Right): boolean {
  if (principal.role === "oph") return true;
  return providerOrganisationsWithRight(principal, right).length > 0;
}

export async function writeAccess(tx: Tx, principal: Principal, today: string, studyRightOid: string, right: Right): Promise<WriteAccess> {
  const organisations = providerOrganisationsWithRight(principal, right);
  const [row] = await tx
    .select({
      oid: studyRightFacts.oid,
      oppijaOid: studyRightFacts.oppijaOid,
      tyyppi: studyRightFacts.tyyppi,
      alkamispaiva: studyRightFacts.alkamispaiva,
      arvioituPaattymispaiva: studyRightFacts.arvioituPaattymispaiva,
      paattymispaiva: studyRightFacts.paattymispaiva,
      sisaltyyOpiskeluoikeuteenOid: studyRightFacts.sisaltyyOpiskeluoikeuteenOid,
      opiskeluoikeusjaksot: studyRightFacts.opiskeluoikeusjaksot,
      suoritusTyypit: studyRightFacts.suoritusTyypit,
      covered: sql<boolean>`${coveredBy(studyRightFacts.oppilaitosOid, organisations)}`,
      taken: sql<boolean>`exists (select 1 from ${planFacts} p where p.opiskeluoikeus_oid = ${studyRightFacts.oid})`,
    })
    .from(studyRightFacts)
    .where(sql`${studyRightFacts.oid} = ${studyRightOid}`);
  const oph = principal.role === "oph";
  if (!row) return { mayWrite: false, factsDisclosable: oph, studyRightTaken: false };
  const { covered, taken, ...studyRight } = row;
  const running = studyRight.paattymispaiva === null || studyRight.paattymispaiva >= today;
  const atInstitution = canWriteAnyPlan(principal, right) && covered;
  return { studyRight, mayWrite: oph || (atInstitution && running), factsDisclosable: oph || atInstitution, studyRightTaken: taken };
}
