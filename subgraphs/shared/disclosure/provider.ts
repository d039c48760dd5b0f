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
import { organisationsWithRight, type Principal } from "../auth/principal.js";
import { sqlDate } from "./dates.js";

/** The study right a plan belongs to, as SQL expressions of the surrounding query. */
export interface PlanStudyRight {
  oid: SQL;
  oppijaOid: SQL;
  oppilaitosOid: SQL;
  paattymispaiva: SQL;
}

/** "Active" here: started, and not ended (the end date, when set, is today or later). */
export function activeStudyRight(alias: string, today: string): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.alkamispaiva <= ${sqlDate(today)} and (${a}.paattymispaiva is null or ${a}.paattymispaiva >= ${sqlDate(today)}))`;
}

const RULES = { official: ["R2a", "R2b", "R2c"], service: ["R3a", "R3b", "R3c"] } as const;

/** The granting provider rule (R2a…R3c) as SQL text, or null when the principal has none at all. */
export function providerRule(principal: Principal, today: string, studyRight: PlanStudyRight): SQL | null {
  if (principal.role !== "official" && principal.role !== "service") return null;
  const readable = organisationsWithRight(principal, "read");
  if (readable.length === 0) return null;
  const [own, procured, sameStudent] = RULES[principal.role];
  return sql`case
    when ${coveredBy(studyRight.oppilaitosOid, readable)} then ${own}::text
    when exists (select 1 from ${studyRightFacts} contained
                 where contained.sisaltyy_opiskeluoikeuteen_oid = ${studyRight.oid}
                   and ${coveredBy(sql`contained.oppilaitos_oid`, readable)}) then ${procured}::text
    when (${studyRight.paattymispaiva} is null or ${studyRight.paattymispaiva} > ${sqlDate(today)} - interval '5 years')
     and exists (select 1 from ${studyRightFacts} other
                 where other.oppija_oid = ${studyRight.oppijaOid}
                   and ${activeStudyRight("other", today)}
                   and ${coveredBy(sql`other.oppilaitos_oid`, readable)}) then ${sameStudent}::text
  end`;
}
