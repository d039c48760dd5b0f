/**
 * Storing plans. Each function runs inside the caller's transaction and writes every table with
 * one statement, so a write costs the same number of statements however long its lists are.
 */
import { eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import {
  hankittavaKoulutuksenOsa,
  hoks,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
  workplaceNaming,
} from "../../../drizzle/schema/index.js";
import type { PlanDocument } from "./plan-document.js";
import { planChildRows, planTopLevelRow, type PlanRows } from "./plan-rows.js";

/** A transaction or the database itself: both take the same statements. */
export type Tx = Pick<Db, "insert" | "update" | "delete" | "select" | "execute">;

/**
 * Writes the lists of a plan in one statement: each table's multi-row insert is a data-modifying
 * CTE of it. One round trip instead of six; the foreign keys from periods and demonstrations to
 * their units are checked at the end of the statement, when every row is in.
 */
export async function insertPlanContent(tx: Tx, rows: PlanRows): Promise<void> {
  const inserts: SQL[] = [];
  if (rows.units.length) inserts.push(tx.insert(tutkinnonOsa).values(rows.units).getSQL());
  if (rows.periods.length) inserts.push(tx.insert(osaamisenHankkimistapa).values(rows.periods).getSQL());
  if (rows.demonstrations.length) inserts.push(tx.insert(osaamisenOsoittaminen).values(rows.demonstrations).getSQL());
  if (rows.readinessStudies.length) inserts.push(tx.insert(opiskeluvalmiuksiaTukevaOpinto).values(rows.readinessStudies).getSQL());
  if (rows.learningSupport.length) inserts.push(tx.insert(oppimisenTuki).values(rows.learningSupport).getSQL());
  if (rows.tuvaParts.length) inserts.push(tx.insert(hankittavaKoulutuksenOsa).values(rows.tuvaParts).getSQL());
  if (rows.namings.length) inserts.push(tx.insert(workplaceNaming).values(rows.namings).getSQL());
  if (inserts.length === 0) return;
  const ctes = inserts.map((insert, i) => sql`${sql.raw(`list${i}`)} as (${insert})`);
  await tx.execute(sql`with ${sql.join(ctes, sql`, `)} select 1`);
}

/** Removes a plan's lists in one statement; units cascade to their periods and demonstrations. */
export async function deletePlanContent(tx: Tx, hoksId: number): Promise<void> {
  const tables = [workplaceNaming, tutkinnonOsa, opiskeluvalmiuksiaTukevaOpinto, oppimisenTuki, hankittavaKoulutuksenOsa];
  const deletes = tables.map((table, i) => sql`${sql.raw(`gone${i}`)} as (${tx.delete(table).where(eq(table.hoksId, hoksId)).getSQL()})`);
  await tx.execute(sql`with ${sql.join(deletes, sql`, `)} select 1`);
}

/** Inserts a new plan with all its lists; returns its id and the rows stored. Validation is the caller's. */
export async function insertPlan(tx: Tx, document: PlanDocument): Promise<{ id: number; rows: PlanRows }> {
  const [created] = await tx.insert(hoks).values(planTopLevelRow(document)).returning({ id: hoks.id });
  const rows = planChildRows(created!.id, document);
  await insertPlanContent(tx, rows);
  return { id: created!.id, rows };
}
