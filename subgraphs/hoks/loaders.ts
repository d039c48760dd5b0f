/**
 * The hoks subgraph's per-request loaders. Plans come only through the scoped plan loaders, which
 * record each plan's access; the child loaders filter by that access in SQL, so a child row of a
 * plan this request was not granted is never even read. One statement per table per request.
 * Every plan handed out is recorded in the audit trail with the rule that granted it.
 */
import type DataLoader from "dataloader";
import { sql } from "drizzle-orm";
import type { ShapedStatement } from "../../drizzle/shaped-statement.js";
import {
  hankittavaKoulutuksenOsa,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  type HankittavaKoulutuksenOsaRow,
  type OpiskeluvalmiuksiaTukevaOpintoRow,
  type OppimisenTukiRow,
  type OsaamisenHankkimistapaRow,
  type OsaamisenOsoittaminenRow,
  type TutkinnonOsaRow,
} from "../../drizzle/schema/index.js";
import type { SubgraphContext } from "../shared/context.js";
import { groupedLoader, uniqueLoader } from "../shared/loaders.js";
import { childScopeBatch, type ChildScopeShape } from "./disclosure/child-scope.js";
import { accessOf, type PlanAccess } from "./disclosure/plan-access.js";
import { viewUnit } from "./disclosure/unit-views.js";
import {
  visibleHoksByIds,
  visibleHoksByOpiskeluoikeudet,
  visibleHoksByOppijat,
  type GrantedHoks,
} from "./hoks/hoks.queries.js";
import { scopedRowsOf, scopedUnits } from "./plan-rows.queries.js";
import { studyRightsContainedIn, type ContainedStudyRight } from "./procured-training/procured-training.queries.js";
import { eventsOf, type FeedbackTriggerEventRow } from "./feedback/feedback-door.queries.js";

export interface HoksLoaders {
  hoksById: DataLoader<number, GrantedHoks | null>;
  hoksByOppija: DataLoader<string, GrantedHoks[]>;
  hoksByOpiskeluoikeus: DataLoader<string, GrantedHoks | null>;
  units: DataLoader<number, TutkinnonOsaRow[]>;
  periods: DataLoader<number, OsaamisenHankkimistapaRow[]>;
  demonstrations: DataLoader<number, OsaamisenOsoittaminenRow[]>;
  readinessStudies: DataLoader<number, OpiskeluvalmiuksiaTukevaOpintoRow[]>;
  learningSupport: DataLoader<number, OppimisenTukiRow[]>;
  tuvaParts: DataLoader<number, HankittavaKoulutuksenOsaRow[]>;
  /** The procured-training study rights contained in a master study right, by its OID. */
  containedStudyRights: DataLoader<string, ContainedStudyRight[]>;
  /** A feedback trigger's history by the trigger's key (the feedback door; its callers are checked there). */
  feedbackEvents: DataLoader<string, FeedbackTriggerEventRow[]>;
  /** Records plans reached another way (a list query) so that their children can load. */
  remember(plans: GrantedHoks[]): GrantedHoks[];
}

/** The child tables' statements, made once so that every request shares their prepared forms. */
const SCOPED_CHILDREN = {
  periods: scopedRowsOf("scoped_periods", osaamisenHankkimistapa, (scope) => scope.periods),
  demonstrations: scopedRowsOf("scoped_demonstrations", osaamisenOsoittaminen, (scope) => scope.demonstrations),
  readinessStudies: scopedRowsOf("scoped_readiness_studies", opiskeluvalmiuksiaTukevaOpinto, (scope) => scope.wholePlanLists(sql`${opiskeluvalmiuksiaTukevaOpinto.hoksId}`)),
  learningSupport: scopedRowsOf("scoped_learning_support", oppimisenTuki, (scope) => scope.wholePlanLists(sql`${oppimisenTuki.hoksId}`)),
  tuvaParts: scopedRowsOf("scoped_tuva_parts", hankittavaKoulutuksenOsa, (scope) => scope.wholePlanLists(sql`${hankittavaKoulutuksenOsa.hoksId}`)),
};

// Every loader is one scoped statement: it reads from the request's read database (a replica when fresh enough).
export function createHoksLoaders({ readDb: db, principal, today, audit }: SubgraphContext): HoksLoaders {
  // The access of every plan this request was granted, by id: the child loaders' only key to rows.
  const granted = new Map<number, PlanAccess>();
  const remember = (plans: GrantedHoks[]) => {
    for (const plan of plans) granted.set(plan.id, accessOf(plan)!);
    return audit.disclosed("hoks", (plan) => ({ oppijaOid: plan.oppijaOid, hoksId: plan.id, opiskeluoikeusOid: plan.opiskeluoikeusOid }), plans);
  };
  const scopedRows = <Row>(statement: ShapedStatement<ChildScopeShape, Row>, ids: readonly number[]) => {
    const { shape, values } = childScopeBatch(principal, today, ids, (id) => granted.get(id));
    return statement(db, shape, values);
  };
  const children = <Row extends { hoksId: number }>(statement: ShapedStatement<ChildScopeShape, Row>) =>
    groupedLoader((ids: readonly number[]) => scopedRows(statement, ids), (row) => row.hoksId);

  return {
    hoksById: uniqueLoader(async (ids) => remember(await visibleHoksByIds(db, principal, today, ids)), (h) => h.id),
    hoksByOppija: groupedLoader(async (oids) => remember(await visibleHoksByOppijat(db, principal, today, oids)), (h) => h.oppijaOid),
    // Keyed by the plan's visible study right OID: a caller to whom the study right is hidden (a
    // consent recipient) cannot find a plan by it either.
    hoksByOpiskeluoikeus: uniqueLoader(async (oids) => remember(await visibleHoksByOpiskeluoikeudet(db, principal, today, oids)), (h) => h.opiskeluoikeusOid),
    units: groupedLoader(
      async (ids: readonly number[]) => (await scopedRows(scopedUnits, ids)).map(({ view, ...row }) => viewUnit(row, view)),
      (row) => row.hoksId,
    ),
    periods: children(SCOPED_CHILDREN.periods),
    demonstrations: children(SCOPED_CHILDREN.demonstrations),
    readinessStudies: children(SCOPED_CHILDREN.readinessStudies),
    learningSupport: children(SCOPED_CHILDREN.learningSupport),
    tuvaParts: children(SCOPED_CHILDREN.tuvaParts),
    containedStudyRights: groupedLoader((oids: readonly string[]) => studyRightsContainedIn(db, oids), (row) => row.masterOid),
    feedbackEvents: groupedLoader((keys: readonly string[]) => eventsOf(db, keys), (row) => row.triggerKey),
    remember,
  };
}
