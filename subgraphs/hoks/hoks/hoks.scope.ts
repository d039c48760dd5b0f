/**
 * Which plans a principal may read, and what each rule grants on each: one set of SQL
 * expressions evaluated per plan row (joined to its study right's facts). Every path to a plan (a
 * query, a list, `_entities`) selects through it, so the rules live in one place; what they mean
 * below the plan's own fields is the child scope's (disclosure/child-scope.ts).
 */
import { sql, type SQL } from "drizzle-orm";
import { consentFacts, hoks, moduleFacts, shareLinkFacts, studyRightFacts, tutkinnonOsa } from "../../../drizzle/schema/index.js";
import type { CallerTerms } from "../../shared/disclosure/caller-terms.js";
import { anyValidConsentFor, validConsentFor } from "../../shared/disclosure/consent.js";
import { caseBranches, providerConditions } from "../../shared/disclosure/provider.js";
import { presentedValidLink } from "../../shared/disclosure/share-link.js";
import { workplaceNaming } from "../../shared/disclosure/workplace.js";

/** SQL columns computing a plan's access (disclosure/plan-access.ts) for one caller on one day. */
export interface PlanAccessColumns {
  fullRule: SQL;
  instructor: SQL;
  assessor: SQL;
  consentSections: SQL;
  consentUnitIds: SQL;
  sharedTarget: SQL;
  authority: SQL;
}

/** R1, R9, and R2/R3 (a)–(c): the rules that grant a whole plan by who the caller is. */
function roleRule(caller: CallerTerms): SQL | null {
  switch (caller.role) {
    case "oph":
      return sql`'R9'::text`;
    case "student":
      return sql`case when ${hoks.oppijaOid} = ${caller.sub} then 'R1' end`;
    default: {
      const provider = providerConditions(caller, {
        oid: sql`${hoks.opiskeluoikeusOid}`,
        oppijaOid: sql`${hoks.oppijaOid}`,
        oppilaitosOid: sql`${studyRightFacts.oppilaitosOid}`,
        alkamispaiva: sql`${studyRightFacts.alkamispaiva}`,
        paattymispaiva: sql`${studyRightFacts.paattymispaiva}`,
      });
      return provider ? sql`(case ${sql.join(caseBranches([provider.own, provider.procured, provider.sameStudent]), sql` `)} end)` : null;
    }
  }
}

export function planAccessColumns(caller: CallerTerms): PlanAccessColumns {
  const validConsents = sql`k.hoks_id = ${hoks.id} and ${validConsentFor(caller)}`;
  // Per plan only when some consent names the caller (consent.ts).
  const consentsExist = anyValidConsentFor(caller);
  const consentedOrNone = (lookup: SQL) => sql`case when ${consentsExist} then coalesce(${lookup}, '{}') else '{}' end`;
  const naming = (rule: "R4" | "R5") => workplaceNaming(caller, rule, sql`wf.hoks_id = ${hoks.id}`) ?? sql`false`;
  const link = presentedValidLink(caller);
  return {
    fullRule: sql`coalesce(${roleRule(caller) ?? sql`null::text`},
      case when ${consentsExist} and exists (select 1 from ${consentFacts} k where ${validConsents} and 'koko-hoks' = any(k.osiot)) then 'R6' end)`,
    instructor: naming("R4"),
    assessor: naming("R5"),
    consentSections: consentedOrNone(sql`(select array_agg(distinct s) from ${consentFacts} k, unnest(k.osiot) s where ${validConsents})`),
    // Only units of this very plan: a consent naming another plan's unit discloses nothing.
    consentUnitIds: consentedOrNone(sql`(select array_agg(distinct u.module_id) from ${consentFacts} k
      join ${tutkinnonOsa} u on u.hoks_id = k.hoks_id and u.module_id = any(k.tutkinnon_osa_module_ids)
      where ${validConsents} and 'tutkinnon-osat' = any(k.osiot))`),
    // The link's target must be a module of this plan held by the link's unit.
    sharedTarget: link
      ? sql`(select json_build_object('unitModuleId', l.tutkinnon_osa_module_id, 'topUnitModuleId', m.top_unit_module_id,
               'kohdeTyyppi', l.kohde_tyyppi, 'kohdeModuleId', l.kohde_module_id)
             from ${shareLinkFacts} l
             join ${moduleFacts} m on m.module_id = l.kohde_module_id and m.hoks_id = l.hoks_id
               and m.unit_module_id = l.tutkinnon_osa_module_id and m.kind = l.kohde_tyyppi
             where l.hoks_id = ${hoks.id} and ${link} limit 1)`
      : sql`null::json`,
    authority: caller.employmentFund ? sql`true` : sql`false`,
  };
}

/** True when any column grants something. */
export function anyGrant(columns: PlanAccessColumns): SQL {
  return sql`(${columns.fullRule} is not null or ${columns.instructor} or ${columns.assessor}
    or cardinality(${columns.consentSections}) > 0 or ${columns.sharedTarget} is not null or ${columns.authority})`;
}
