/**
 * Which persons a principal may read, and by which rule: one SQL expression that evaluates, per
 * `persons.henkilo` row, to the granting rule or NULL.
 *
 * A student sees themselves (R1), OPH everyone (R9). Officials and provider systems see "the
 * persons behind what they may see" (R2/R3): a person is visible through any of their study
 * rights the study-right scope grants, so the two scopes cannot drift apart. A workplace
 * instructor or assessor with an open window (R4, R5), a consent recipient (R6) and a share-link
 * holder (R7) see the student's names; the Employment Fund (R8) sees the person's OID only.
 */
import { sql, type SQL } from "drizzle-orm";
import { consentFacts, henkilo, opiskeluoikeus, shareLinkFacts } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { isEmploymentFundAuthority } from "../../shared/disclosure/authority.js";
import { validConsentFor } from "../../shared/disclosure/consent.js";
import { presentedValidLink } from "../../shared/disclosure/share-link.js";
import { workplaceNaming } from "../../shared/disclosure/workplace.js";
import { opiskeluoikeusGrantExpression } from "../opiskeluoikeus/opiskeluoikeus.scope.js";

function wholePersonRule(principal: Principal, today: string): SQL | null {
  switch (principal.role) {
    case "oph":
      return sql`'R9'::text`;
    case "student":
      return sql`case when ${henkilo.oid} = ${principal.sub} then 'R1' end`;
    case "official":
    case "service": {
      const studyRightGrant = opiskeluoikeusGrantExpression(principal, today);
      if (!studyRightGrant) return null;
      // Correlated on the person; only study rights seen under (a) count: (b)/(c) show plans of
      // students the official already sees through a study right at their own institution.
      return sql`(select ${studyRightGrant} from ${opiskeluoikeus} where ${opiskeluoikeus.oppijaOid} = ${henkilo.oid}
        and ${studyRightGrant} like '%a' limit 1)`;
    }
    default:
      return null;
  }
}

/** The granting rule as SQL text, or null when the principal can see no person at all. */
export function henkiloGrantExpression(principal: Principal, today: string): SQL | null {
  const whens: SQL[] = [];
  const whole = wholePersonRule(principal, today);
  if (whole) whens.push(sql`when ${whole} is not null then ${whole}`);
  for (const rule of ["R4", "R5"] as const) {
    const naming = workplaceNaming(principal, today, rule, sql`wf.oppija_oid = ${henkilo.oid}`);
    if (naming) whens.push(sql`when ${naming} then ${rule}::text`);
  }
  whens.push(sql`when exists (select 1 from ${consentFacts} k where k.oppija_oid = ${henkilo.oid} and ${validConsentFor(principal, today)}) then 'R6'`);
  const link = presentedValidLink(principal, today);
  if (link) whens.push(sql`when exists (select 1 from ${shareLinkFacts} l where l.oppija_oid = ${henkilo.oid} and ${link}) then 'R7'`);
  if (isEmploymentFundAuthority(principal)) whens.push(sql`when true then 'R8'`);
  return sql`(case ${sql.join(whens, sql` `)} end)`;
}
