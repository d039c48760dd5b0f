/**
 * What a caller may see below a plan: which units (and how much of each), periods,
 * demonstrations and other lists, as SQL conditions over each child table. A batch's grants come
 * from the accesses the plan scope decided, so the rows are filtered in the database and a child
 * loader never returns a row of a plan the caller was not granted. The conditions are built once
 * per shape (the caller's, and which grant lists are empty where that changes the SQL); the grant
 * lists are placeholders, filled from `childScopeBatch`.
 */
import { sql, type SQL } from "drizzle-orm";
import { osaamisenHankkimistapa, osaamisenOsoittaminen, tutkinnonOsa, type ModuleSection } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { callerPlaceholders, callerShape, callerValues, type CallerShape, type CallerTerms } from "../../shared/disclosure/caller-terms.js";
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

/** The module ids (rule R4 or R5) of `column` open to the caller, or an empty set. */
function named(caller: CallerTerms, rule: "R4" | "R5", column: "module_id" | "unit_module_id" | "top_unit_module_id"): SQL {
  return workplaceModules(caller, rule, column) ?? sql`(select null::uuid where false)`;
}

export interface ChildScopeShape {
  caller: CallerShape;
  /** Some plan of the batch has units chosen in a consent. */
  consentUnits: boolean;
  /** Some plan of the batch is consented for its prior learning. */
  priorLearning: boolean;
}

/** A batch's shape, and the values of its placeholders: the caller's, the grant lists and the plans' ids. */
export function childScopeBatch(principal: Principal, today: string, hoksIds: readonly number[], accessOf: (id: number) => PlanAccess | undefined) {
  const grants = batchGrants(hoksIds, accessOf);
  const shape: ChildScopeShape = { caller: callerShape(principal), consentUnits: grants.consentUnits.length > 0, priorLearning: grants.priorLearning.length > 0 };
  const values: Record<string, unknown> = { ...callerValues(principal, today), hoks_ids: [...hoksIds] };
  for (const [list, ids] of Object.entries(grants)) values[list] = ids;
  return { shape, values };
}

/** The grant lists as placeholders named after `BatchGrants`' fields. */
const G = Object.fromEntries(
  (["full", "instructor", "assessor", "priorLearning", "authority", "consentUnits", "sharedUnits", "sharedPeriods", "sharedDemonstrations"] as const).map((list) => [list, sql.placeholder(list)]),
) as Record<keyof BatchGrants, ReturnType<typeof sql.placeholder>>;

/** `column = any(list)` for a grant list's placeholder. */
const inList = (column: SQL, list: keyof BatchGrants) => oneOf(column, G[list]);

export interface ChildScope {
  /** The widest view of each unit row ('full', 'instructor', 'identity', 'codes'), null when hidden. */
  unitView: SQL;
  periods: SQL;
  demonstrations: SQL;
  /** Lists only a whole-plan grant shows: readiness studies, learning support, TUVA parts. */
  wholePlanLists: (hoksIdColumn: SQL) => SQL;
}

export function childScope(shape: ChildScopeShape): ChildScope {
  const caller = callerPlaceholders(shape.caller);
  const u = { hoksId: sql`${tutkinnonOsa.hoksId}`, moduleId: sql`${tutkinnonOsa.moduleId}`, parent: sql`${tutkinnonOsa.parentModuleId}`, section: sql`${tutkinnonOsa.section}` };

  // Units of prior learning covered by a consent: the prior sections' units and their areas.
  const priorUnits = sql`(select prior.module_id from ${tutkinnonOsa} prior
    where ${inList(sql`prior.hoks_id`, "priorLearning")} and ${oneOf(sql`prior.section`, PRIOR_LEARNING)})`;
  const consentedUnit = (unit: SQL, parent: SQL) => sql`(${inList(unit, "consentUnits")} or ${inList(parent, "consentUnits")})`;
  // A child row of a unit chosen in a consent, or of an area of one. Without chosen units the
  // condition is left out: prepared with a generic plan, the planner cannot know the list is
  // empty, and would scan every unit for nothing.
  const consentedHolder = (holder: SQL) =>
    !shape.consentUnits
      ? sql`false`
      : sql`${holder} in (select c.module_id from ${tutkinnonOsa} c
    where ${inList(sql`c.module_id`, "consentUnits")} or ${inList(sql`c.parent_module_id`, "consentUnits")})`;

  const unitView = sql`case
    when ${inList(u.hoksId, "full")} then 'full'
    when ${consentedUnit(u.moduleId, u.parent)} then 'full'
    when ${inList(u.hoksId, "priorLearning")} and (${oneOf(u.section, PRIOR_LEARNING)} or ${u.parent} in ${priorUnits}) then 'full'
    when ${inList(u.hoksId, "instructor")} and (${u.moduleId} in ${named(caller, "R4", "unit_module_id")}
      or ${u.moduleId} in ${named(caller, "R4", "top_unit_module_id")}) then 'instructor'
    when ${inList(u.hoksId, "assessor")} and (${u.moduleId} in ${named(caller, "R5", "unit_module_id")}
      or ${u.moduleId} in ${named(caller, "R5", "top_unit_module_id")}) then 'identity'
    when ${inList(u.moduleId, "sharedUnits")} then 'identity'
    when ${inList(u.hoksId, "authority")} and ${u.parent} is null and ${oneOf(u.section, CODED)} then 'codes'
  end`;

  const p = { hoksId: sql`${osaamisenHankkimistapa.hoksId}`, moduleId: sql`${osaamisenHankkimistapa.moduleId}`, holder: sql`${osaamisenHankkimistapa.tutkinnonOsaModuleId}` };
  const periods = sql`(${inList(p.hoksId, "full")}
    or (${inList(p.hoksId, "instructor")} and ${p.moduleId} in ${named(caller, "R4", "module_id")})
    or ${consentedHolder(p.holder)}
    or ${inList(p.moduleId, "sharedPeriods")})`;

  const d = { hoksId: sql`${osaamisenOsoittaminen.hoksId}`, moduleId: sql`${osaamisenOsoittaminen.moduleId}`, holder: sql`${osaamisenOsoittaminen.tutkinnonOsaModuleId}` };
  const demonstrations = sql`(${inList(d.hoksId, "full")}
    or (${inList(d.hoksId, "assessor")} and ${d.moduleId} in ${named(caller, "R5", "module_id")})
    or ${consentedHolder(d.holder)}
    or ${!shape.priorLearning ? sql`false` : sql`(${inList(d.hoksId, "priorLearning")} and (${d.holder} in ${priorUnits}
        or ${d.holder} in (select area.module_id from ${tutkinnonOsa} area where area.parent_module_id in ${priorUnits})))`}
    or ${inList(d.moduleId, "sharedDemonstrations")})`;

  return { unitView, periods, demonstrations, wholePlanLists: (hoksIdColumn) => inList(hoksIdColumn, "full") };
}
