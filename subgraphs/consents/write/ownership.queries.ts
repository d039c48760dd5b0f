/**
 * What the consents subgraph checks about plans before storing a consent or a link, read from the
 * hoks subgraph's contract views: whose plan it is, and which units, periods and demonstrations
 * it holds.
 */
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { moduleFacts, planFacts, type ModuleKind } from "../../../drizzle/schema/index.js";

export async function planOwner(db: Db, hoksId: number): Promise<string | undefined> {
  const [row] = await db.select({ oppijaOid: planFacts.oppijaOid }).from(planFacts).where(eq(planFacts.hoksId, hoksId));
  return row?.oppijaOid;
}

export interface PlanModule {
  moduleId: string;
  kind: ModuleKind;
  unitModuleId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The plan's modules among `moduleIds`; an id that is not even a UUID names none (and is reported as such). */
export async function modulesOfPlan(db: Db, hoksId: number, moduleIds: string[]): Promise<Map<string, PlanModule>> {
  moduleIds = moduleIds.filter((id) => UUID.test(id));
  if (moduleIds.length === 0) return new Map();
  const rows = await db
    .select({ moduleId: moduleFacts.moduleId, kind: moduleFacts.kind, unitModuleId: moduleFacts.unitModuleId })
    .from(moduleFacts)
    .where(and(eq(moduleFacts.hoksId, hoksId), oneOf(moduleFacts.moduleId, moduleIds)));
  return new Map(rows.map((r) => [r.moduleId, r]));
}
