/**
 * What a caller may see below a plan: which units (and how much of each), periods,
 * demonstrations and other lists, as SQL conditions over each child table. Built per batch from
 * the accesses the plan scope decided, so the rows are filtered in the database and a child
 * loader never returns a row of a plan the caller was not granted.
 */
import { sql, type SQL } from "drizzle-orm";
import { osaamisenHankkimistapa, osaamisenOsoittaminen, tutkinnonOsa, type ModuleSection } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import { workplaceModules } from "../../shared/disclosure/workplace.js";
import type { PlanAccess } from "./plan-access.js";

const PRIOR_LEARNING: ModuleSection[] = ["aiemminHankitutAmmatTutkinnonOsat", "aiemminHankitutYhteisetTutkinnonOsat", "aiemminHankitutPaikallisetTutkinnonOsat"];
/** The sections whose units have codes (R8 sees the codes). */
const CODED: ModuleSection[] = ["hankittavatAmmatTutkinnonOsat", "hankittavatYhteisetTutkinnonOsat", "aiemminHankitutAmmatTutkinnonOsat", "aiemminHankitutYhteisetTutkinnonOsat"];

interface BatchGrants {
  full: number[];
  instructor: number[];
  assessor: number[];
  priorLearning: number[];
  authority: number[];
  consentUnits: string[];
  sharedUnits: string[];
  sharedPeriods: string[];
  sharedDemonstrations: string[];
}

function batchGrants(hoksIds: readonly number[], accessOf: (id: number) => PlanAccess | undefined): BatchGrants {
  const grants: BatchGrants = { full: [], instructor: [], assessor: [], priorLearning: [], authority: [], consentUnits: [], sharedUnits: [], sharedPeriods: [], sharedDemonstrations: [] };
  for (const id of hoksIds) {
    const access = accessOf(id);
    if (!access) continue;
    if (access.fullRule) {
      grants.full.push(id);
      continue;
    }
    if (access.instructor) grants.instructor.push(id);
    if (access.assessor) grants.assessor.push(id);
    if (access.authority) grants.authority.push(id);
    if (access.consentSections.includes("aiemmin-hankittu-osaaminen")) grants.priorLearning.push(id);
    grants.consentUnits.push(...access.consentUnitIds);
    const target = access.sharedTarget;
    if (target) {
      grants.sharedUnits.push(target.unitModuleId, target.topUnitModuleId);
      (target.kohdeTyyppi === "osaamisenHankkimistapa" ? grants.sharedPeriods : grants.sharedDemonstrations).push(target.kohdeModuleId);
    }
  }
  return grants;
}

/** The module ids (rule R4 or R5) of `column` open to the principal, or an empty set. */
function named(principal: Principal, today: string, rule: "R4" | "R5", column: "module_id" | "unit_module_id" | "top_unit_module_id"): SQL {
  return workplaceModules(principal, today, rule, column) ?? sql`(select null::uuid where false)`;
}

export interface ChildScope {
  /** The widest view of each unit row ('full', 'instructor', 'identity', 'codes'), null when hidden. */
  unitView: SQL;
  periods: SQL;
  demonstrations: SQL;
  /** Lists only a whole-plan grant shows: readiness studies, learning support, TUVA parts. */
  wholePlanLists: (hoksIdColumn: SQL) => SQL;
}

export function childScope(principal: Principal, today: string, hoksIds: readonly number[], accessOf: (id: number) => PlanAccess | undefined): ChildScope {
  const g = batchGrants(hoksIds, accessOf);
  const u = { hoksId: sql`${tutkinnonOsa.hoksId}`, moduleId: sql`${tutkinnonOsa.moduleId}`, parent: sql`${tutkinnonOsa.parentModuleId}`, section: sql`${tutkinnonOsa.section}` };

  // Units of prior learning covered by a consent: the prior sections' units and their areas.
  const priorUnits = sql`(select prior.module_id from ${tutkinnonOsa} prior
    where ${oneOf(sql`prior.hoks_id`, g.priorLearning)} and ${oneOf(sql`prior.section`, PRIOR_LEARNING)})`;
  const consentedUnit = (unit: SQL, parent: SQL) => sql`(${oneOf(unit, g.consentUnits)} or ${oneOf(parent, g.consentUnits)})`;
  // A child row of a unit chosen in a consent, or of an area of one. Without chosen units the
  // condition is left out: prepared with a generic plan, the planner cannot know the list is
  // empty, and would scan every unit for nothing.
  const consentedHolder = (holder: SQL) =>
    g.consentUnits.length === 0
      ? sql`false`
      : sql`${holder} in (select c.module_id from ${tutkinnonOsa} c
    where ${oneOf(sql`c.module_id`, g.consentUnits)} or ${oneOf(sql`c.parent_module_id`, g.consentUnits)})`;

  const unitView = sql`case
    when ${oneOf(u.hoksId, g.full)} then 'full'
    when ${consentedUnit(u.moduleId, u.parent)} then 'full'
    when ${oneOf(u.hoksId, g.priorLearning)} and (${oneOf(u.section, PRIOR_LEARNING)} or ${u.parent} in ${priorUnits}) then 'full'
    when ${oneOf(u.hoksId, g.instructor)} and (${u.moduleId} in ${named(principal, today, "R4", "unit_module_id")}
      or ${u.moduleId} in ${named(principal, today, "R4", "top_unit_module_id")}) then 'instructor'
    when ${oneOf(u.hoksId, g.assessor)} and (${u.moduleId} in ${named(principal, today, "R5", "unit_module_id")}
      or ${u.moduleId} in ${named(principal, today, "R5", "top_unit_module_id")}) then 'identity'
    when ${oneOf(u.moduleId, g.sharedUnits)} then 'identity'
    when ${oneOf(u.hoksId, g.authority)} and ${u.parent} is null and ${oneOf(u.section, CODED)} then 'codes'
  end`;

  const p = { hoksId: sql`${osaamisenHankkimistapa.hoksId}`, moduleId: sql`${osaamisenHankkimistapa.moduleId}`, holder: sql`${osaamisenHankkimistapa.tutkinnonOsaModuleId}` };
  const periods = sql`(${oneOf(p.hoksId, g.full)}
    or (${oneOf(p.hoksId, g.instructor)} and ${p.moduleId} in ${named(principal, today, "R4", "module_id")})
    or ${consentedHolder(p.holder)}
    or ${oneOf(p.moduleId, g.sharedPeriods)})`;

  const d = { hoksId: sql`${osaamisenOsoittaminen.hoksId}`, moduleId: sql`${osaamisenOsoittaminen.moduleId}`, holder: sql`${osaamisenOsoittaminen.tutkinnonOsaModuleId}` };
  const demonstrations = sql`(${oneOf(d.hoksId, g.full)}
    or (${oneOf(d.hoksId, g.assessor)} and ${d.moduleId} in ${named(principal, today, "R5", "module_id")})
    or ${consentedHolder(d.holder)}
    or ${g.priorLearning.length === 0 ? sql`false` : sql`(${oneOf(d.hoksId, g.priorLearning)} and (${d.holder} in ${priorUnits}
        or ${d.holder} in (select area.module_id from ${tutkinnonOsa} area where area.parent_module_id in ${priorUnits})))`}
    or ${oneOf(d.moduleId, g.sharedDemonstrations)})`;

  return { unitView, periods, demonstrations, wholePlanLists: (hoksIdColumn) => oneOf(hoksIdColumn, g.full) };
}
