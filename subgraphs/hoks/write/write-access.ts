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
import { rowsOf } from "../../../drizzle/db.js";
import { fixedTextStatement } from "../../../drizzle/fixed-text-statement.js";
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

/**
 * The study right, whether the caller's organisations cover its institution and whether a live
 * plan holds it: one statement whose text never changes (fixed-text-statement.ts), so no write
 * pays for building it. Dates come as text, as the study right's facts carry them.
 */
const STUDY_RIGHT_ACCESS = fixedTextStatement<"oid" | "organisations">(sql`
  select f.oid, f.oppija_oid as "oppijaOid", f.tyyppi, f.alkamispaiva::text as alkamispaiva,
    f.arvioitu_paattymispaiva::text as "arvioituPaattymispaiva", f.paattymispaiva::text as paattymispaiva,
    f.sisaltyy_opiskeluoikeuteen_oid as "sisaltyyOpiskeluoikeuteenOid", f.opiskeluoikeusjaksot, f.suoritus_tyypit as "suoritusTyypit",
    ${coveredBy(sql`f.oppilaitos_oid`, sql`${sql.placeholder("organisations")}::text[]`)} as covered,
    exists (select 1 from ${planFacts} p where p.opiskeluoikeus_oid = f.oid) as taken
  from ${studyRightFacts} f
  where f.oid = ${sql.placeholder("oid")}`);

export async function writeAccess(tx: Tx, principal: Principal, today: string, studyRightOid: string, right: Right): Promise<WriteAccess> {
  const organisations = providerOrganisationsWithRight(principal, right);
  const [row] = rowsOf<StudyRightFacts & { covered: boolean; taken: boolean }>(
    await tx.execute(STUDY_RIGHT_ACCESS.with({ oid: studyRightOid, organisations: [...organisations] })),
  );
  const oph = principal.role === "oph";
  if (!row) return { mayWrite: false, factsDisclosable: oph, studyRightTaken: false };
  const { covered, taken, ...studyRight } = row;
  const running = studyRight.paattymispaiva === null || studyRight.paattymispaiva >= today;
  const atInstitution = canWriteAnyPlan(principal, right) && covered;
  return { studyRight, mayWrite: oph || (atInstitution && running), factsDisclosable: oph || atInstitution, studyRightTaken: taken };
}
