/**
 * Storing plans. Each function runs inside the caller's transaction and writes every table with
 * one statement, so a write costs the same number of statements however long its lists are.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import {
  hankittavaKoulutuksenOsa,
  hoks,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
} from "../../../drizzle/schema/index.js";
import type { PlanDocument } from "./plan-document.js";
import { planChildRows, planTopLevelRow } from "./plan-rows.js";

/** A transaction or the database itself: both take the same statements. */
export type Tx = Pick<Db, "insert" | "update" | "delete" | "select" | "execute">;

/** Writes the lists of a plan (units first: periods and demonstrations refer to them). */
export async function insertPlanContent(tx: Tx, hoksId: number, document: PlanDocument): Promise<void> {
  const rows = planChildRows(hoksId, document);
  if (rows.units.length) await tx.insert(tutkinnonOsa).values(rows.units);
  if (rows.periods.length) await tx.insert(osaamisenHankkimistapa).values(rows.periods);
  if (rows.demonstrations.length) await tx.insert(osaamisenOsoittaminen).values(rows.demonstrations);
  if (rows.readinessStudies.length) await tx.insert(opiskeluvalmiuksiaTukevaOpinto).values(rows.readinessStudies);
  if (rows.learningSupport.length) await tx.insert(oppimisenTuki).values(rows.learningSupport);
  if (rows.tuvaParts.length) await tx.insert(hankittavaKoulutuksenOsa).values(rows.tuvaParts);
}

/** Removes a plan's lists; units cascade to their periods and demonstrations. */
export async function deletePlanContent(tx: Tx, hoksId: number): Promise<void> {
  await tx.delete(tutkinnonOsa).where(eq(tutkinnonOsa.hoksId, hoksId));
  await tx.delete(opiskeluvalmiuksiaTukevaOpinto).where(eq(opiskeluvalmiuksiaTukevaOpinto.hoksId, hoksId));
  await tx.delete(oppimisenTuki).where(eq(oppimisenTuki.hoksId, hoksId));
  await tx.delete(hankittavaKoulutuksenOsa).where(eq(hankittavaKoulutuksenOsa.hoksId, hoksId));
}

/** Inserts a new plan with all its lists; returns its id. Validation is the caller's. */
export async function insertPlan(tx: Tx, document: PlanDocument): Promise<number> {
  const [created] = await tx.insert(hoks).values(planTopLevelRow(document)).returning({ id: hoks.id });
  await insertPlanContent(tx, created!.id, document);
  return created!.id;
}
