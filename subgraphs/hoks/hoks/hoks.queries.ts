/**
 * Reads of plans, always through the principal's scope (hoks.scope.ts). Each plan comes back
 * stamped with its widest granting rule, carrying its access, and with its own fields masked to
 * what that access shows. The statement is built once per caller shape and way of finding plans
 * (drizzle/shaped-statement.ts); the caller's values and the keys sought are its placeholders.
 */
import { and, getTableColumns, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { hoks, studyRightFacts, workplaceFacts, type HoksRow } from "../../../drizzle/schema/index.js";
import { shapedStatement } from "../../../drizzle/shaped-statement.js";
import { SUBQUERY_FENCE } from "../../../drizzle/subquery-fence.js";
import type { Principal } from "../../shared/auth/principal.js";
import { callerPlaceholders, callerShape, callerValues, type CallerShape, type CallerTerms } from "../../shared/disclosure/caller-terms.js";
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import { withGrant, type Granted } from "../../shared/grant.js";
import { maskFields } from "../disclosure/field-mask.js";
import { grantingRules, visiblePlanFields, withAccess, type PlanAccess, type SharedTarget } from "../disclosure/plan-access.js";
import { anyGrant, planAccessColumns } from "./hoks.scope.js";

export type GrantedHoks = Granted<HoksRow>;

const PLAN_FIELDS = Object.keys(getTableColumns(hoks)).filter((field) => field !== "id");

/** How the plans are sought: by the keys in the placeholder `keys`, or the caller's workplace namings. */
type PlanFilter = "ids" | "oppijat" | "opiskeluoikeudet" | "workplace";

const KEYS = sql.placeholder("keys");

function planFilter(filter: PlanFilter, caller: CallerTerms): SQL {
  switch (filter) {
    case "ids":
      return oneOf(hoks.id, KEYS);
    case "oppijat":
      return oneOf(hoks.oppijaOid, KEYS);
    case "opiskeluoikeudet":
      return oneOf(hoks.opiskeluoikeusOid, KEYS);
    case "workplace":
      // Plans in which the caller is named a workplace instructor or assessor with an open window.
      return sql`${hoks.id} in (select ${workplaceFacts.hoksId} from ${workplaceFacts}
        where ${workplaceFacts.personOid} = ${caller.sub} and ${workplaceFacts.accessUntil} >= ${caller.today})`;
  }
}

const scopedPlans = shapedStatement("scoped_plans", (db, shape: { caller: CallerShape; filter: PlanFilter }) => {
  const caller = callerPlaceholders(shape.caller);
  const access = planAccessColumns(caller);
  // Each rule is evaluated once per plan in a subquery, then filtered on.
  const scoped = db
    .select({
      ...getTableColumns(hoks),
      fullRule: sql<PlanAccess["fullRule"]>`${access.fullRule}`.as("full_rule"),
      instructor: sql<boolean>`${access.instructor}`.as("instructor"),
      assessor: sql<boolean>`${access.assessor}`.as("assessor"),
      consentSections: sql<PlanAccess["consentSections"]>`${access.consentSections}`.as("consent_sections"),
      consentUnitIds: sql<string[]>`${access.consentUnitIds}`.as("consent_unit_ids"),
      sharedTarget: sql<SharedTarget | null>`${access.sharedTarget}`.as("shared_target"),
      authority: sql<boolean>`${access.authority}`.as("authority"),
    })
    .from(hoks)
    .innerJoin(studyRightFacts, sql`${studyRightFacts.oid} = ${hoks.opiskeluoikeusOid}`)
    .where(and(isNull(hoks.deletedAt), planFilter(shape.filter, caller)))
    // OFFSET 0 keeps PostgreSQL from pulling the subquery up, which would copy the rule
    // expressions into the outer WHERE and into the join (drizzle/subquery-fence.ts).
    .offset(SUBQUERY_FENCE)
    .as("scoped");
  const granted = anyGrant({
    fullRule: sql`${scoped.fullRule}`,
    instructor: sql`${scoped.instructor}`,
    assessor: sql`${scoped.assessor}`,
    consentSections: sql`${scoped.consentSections}`,
    consentUnitIds: sql`${scoped.consentUnitIds}`,
    sharedTarget: sql`${scoped.sharedTarget}`,
    authority: sql`${scoped.authority}`,
  });
  return db.select().from(scoped).where(granted).orderBy(scoped.id);
});

async function visibleHoksWhere(db: Db, principal: Principal, today: string, filter: PlanFilter, keys: readonly (string | number)[] = []): Promise<GrantedHoks[]> {
  const rows = await scopedPlans(db, { caller: callerShape(principal), filter }, { ...callerValues(principal, today), keys: [...keys] });
  return rows.map(({ fullRule, instructor, assessor, consentSections, consentUnitIds, sharedTarget, authority, ...row }) => {
    const planAccess: PlanAccess = { fullRule, instructor, assessor, consentSections, consentUnitIds, sharedTarget, authority };
    const plan = maskFields(row, visiblePlanFields(planAccess), PLAN_FIELDS);
    return withAccess(withGrant(plan, grantingRules(planAccess)[0]!), planAccess);
  });
}

export function visibleHoksByIds(db: Db, principal: Principal, today: string, ids: readonly number[]): Promise<GrantedHoks[]> {
  return visibleHoksWhere(db, principal, today, "ids", ids);
}

export function visibleHoksByOppijat(db: Db, principal: Principal, today: string, oppijaOids: readonly string[]): Promise<GrantedHoks[]> {
  return visibleHoksWhere(db, principal, today, "oppijat", oppijaOids);
}

export function visibleHoksByOpiskeluoikeudet(db: Db, principal: Principal, today: string, oids: readonly string[]): Promise<GrantedHoks[]> {
  return visibleHoksWhere(db, principal, today, "opiskeluoikeudet", oids);
}

/** Plans in which the caller is named a workplace instructor or assessor with an open window. */
export function workplaceAssignmentsOf(db: Db, principal: Principal, today: string): Promise<GrantedHoks[]> {
  if (principal.role !== "workplace") return Promise.resolve([]);
  return visibleHoksWhere(db, principal, today, "workplace");
}
