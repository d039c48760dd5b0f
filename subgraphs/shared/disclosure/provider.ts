/**
 * R2 and R3: what a provider's official (role `official`) or study administration system (role
 * `service`) may read of a plan, decided from the plan's study right and the organisation tree:
 * (a) `read` covering the institution of the plan's own study right;
 * (b) procured training: `read` covering the institution of a study right contained in it;
 * (c) `read` covering the institution of an active study right of the same student, while the
 *     plan's study right runs or ended less than five years ago.
 * Read from the persons subgraph's contract views only.
 */
import { sql, type SQL } from "drizzle-orm";
import { studyRightFacts } from "../../../drizzle/schema/index.js";
import { coveredBy } from "../access/coverage.js";
import type { GrantRule } from "../grant.js";
import type { CallerTerms } from "./caller-terms.js";

/** The study right a plan belongs to, as SQL expressions of the surrounding query. */
export interface PlanStudyRight {
  oid: SQL;
  oppijaOid: SQL;
  oppilaitosOid: SQL;
  alkamispaiva: SQL;
  paattymispaiva: SQL;
}

/** "Active" here: started, and not ended (the end date, when set, is today or later). */
export function activeStudyRight(alias: string, today: SQL): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.alkamispaiva <= ${today} and (${a}.paattymispaiva is null or ${a}.paattymispaiva >= ${today}))`;
}

const RULES = { official: ["R2a", "R2b", "R2c"], service: ["R3a", "R3b", "R3c"] } as const;

/** The three provider conditions as SQL booleans, each with the rule it grants. */
export interface ProviderConditions {
  /** (a) `read` covers the institution of the study right itself. */
  own: { rule: GrantRule; when: SQL };
  /** (b) `read` covers the institution of a study right contained in it. */
  procured: { rule: GrantRule; when: SQL };
  /**
   * (c) `read` covers an active study right of the same student, and this one is active or ended
   * less than five years ago (one that has not started yet is neither).
   */
  sameStudent: { rule: GrantRule; when: SQL };
}

/** Null when the principal is no provider official or system with `read` anywhere. */
export function providerConditions(caller: CallerTerms, studyRight: PlanStudyRight): ProviderConditions | null {
  if (!caller.readsAsProvider) return null;
  const readable = caller.readOrganisations;
  const [own, procured, sameStudent] = caller.role === "service" ? RULES.service : RULES.official;
  return {
    own: { rule: own, when: coveredBy(studyRight.oppilaitosOid, readable) },
    procured: {
      rule: procured,
      when: sql`exists (select 1 from ${studyRightFacts} contained
        where contained.sisaltyy_opiskeluoikeuteen_oid = ${studyRight.oid} and ${coveredBy(sql`contained.oppilaitos_oid`, readable)})`,
    },
    sameStudent: {
      rule: sameStudent,
      when: sql`${studyRight.alkamispaiva} <= ${caller.today}
        and (${studyRight.paattymispaiva} is null or ${studyRight.paattymispaiva} > ${caller.today} - interval '5 years')
        and exists (select 1 from ${studyRightFacts} other
          where other.oppija_oid = ${studyRight.oppijaOid} and ${activeStudyRight("other", caller.today)} and ${coveredBy(sql`other.oppilaitos_oid`, readable)})`,
    },
  };
}

/** `when … then …` branches of a CASE, one per condition, each condition evaluated once. */
export function caseBranches(conditions: { rule: GrantRule; when: SQL }[]): SQL[] {
  return conditions.map(({ rule, when }) => sql`when ${when} then ${rule}::text`);
}
