/**
 * Which persons a principal may read, and by which rule: one SQL expression that evaluates, per
 * `persons.henkilo` row, to the granting rule or NULL.
 *
 * A student sees themselves (R1), OPH everyone (R9). Officials and provider systems see "the
 * persons behind what they may see" (R2/R3): a person is visible through any of their study
 * rights the study-right scope grants, so the two scopes cannot drift apart. A workplace
 * instructor or assessor with an open window (R4, R5), a consent recipient (R6) and a share-link
 * holder (R7) see the student's names. The Employment Fund (R8) sees a student's OID only, to tie
 * their study rights together, and nothing of anyone without a study right (a workplace
 * instructor or assessor): not even that they exist.
 */
import { sql, type SQL } from "drizzle-orm";
import { consentFacts, henkilo, opiskeluoikeus, shareLinkFacts } from "../../../drizzle/schema/index.js";
import { anyValidConsentFor, validConsentFor } from "../../shared/disclosure/consent.js";
import { presentedValidLink } from "../../shared/disclosure/share-link.js";
import { workplaceNaming } from "../../shared/disclosure/workplace.js";
import { coveredBy } from "../../shared/access/coverage.js";
import type { CallerTerms } from "../../shared/disclosure/caller-terms.js";

/** The branches of the rules that show the whole person, widest first. */
function wholePersonBranches(caller: CallerTerms): SQL[] {
  switch (caller.role) {
    case "oph":
      return [sql`when true then 'R9'`];
    case "student":
      return [sql`when ${henkilo.oid} = ${caller.sub} then 'R1'`];
    default: {
      if (!caller.readsAsProvider) return [];
      // R2(a)/R3(a) on any of the person's study rights; (b) and (c) open plans of students the
      // official already sees this way (the contained or the active study right is at their
      // own institution), so they add no persons.
      const rule = caller.role === "official" ? "R2a" : "R3a";
      return [sql`when exists (select 1 from ${opiskeluoikeus} o where o.oppija_oid = ${henkilo.oid}
        and ${coveredBy(sql`o.oppilaitos_oid`, caller.readOrganisations)}) then ${rule}::text`];
    }
  }
}

/** The granting rule as SQL text, or null when the principal can see no person at all. */
export function henkiloGrantExpression(caller: CallerTerms): SQL | null {
  const whens: SQL[] = wholePersonBranches(caller);
  for (const rule of ["R4", "R5"] as const) {
    const naming = workplaceNaming(caller, rule, sql`wf.oppija_oid = ${henkilo.oid}`);
    if (naming) whens.push(sql`when ${naming} then ${rule}::text`);
  }
  whens.push(sql`when ${anyValidConsentFor(caller)} and exists (select 1 from ${consentFacts} k where k.oppija_oid = ${henkilo.oid} and ${validConsentFor(caller)}) then 'R6'`);
  const link = presentedValidLink(caller);
  if (link) whens.push(sql`when exists (select 1 from ${shareLinkFacts} l where l.oppija_oid = ${henkilo.oid} and ${link}) then 'R7'`);
  if (caller.employmentFund) whens.push(sql`when exists (select 1 from ${opiskeluoikeus} o where o.oppija_oid = ${henkilo.oid}) then 'R8'`);
  return sql`(case ${sql.join(whens, sql` `)} end)`;
}
