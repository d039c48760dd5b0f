/**
 * Storing plans. Each function runs inside the caller's transaction and writes every table with
 * one statement, so a write costs the same number of statements however long its lists are.
 */
import { eq, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { insertRowsAsJson } from "../../../drizzle/json-rows-insert.js";
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

/** A table's rows as one JSON parameter (json-rows-insert.ts), or as a VALUES list where that cannot serve. */
function insertOf<T extends PgTable>(tx: Tx, table: T, rows: T["$inferInsert"][]): SQL {
  return insertRowsAsJson(table, rows) ?? tx.insert(table).values(rows).getSQL();
}

/**
 * Writes the lists of a plan in one statement: each table's multi-row insert is a data-modifying
 * CTE of it. One round trip instead of six; the foreign keys from periods and demonstrations to
 * their units are checked at the end of the statement, when every row is in.
 */
export async function insertPlanContent(tx: Tx, rows: PlanRows): Promise<void> {
  const lists: [PgTable, Record<string, unknown>[]][] = [
    [tutkinnonOsa, rows.units],
    [osaamisenHankkimistapa, rows.periods],
    [osaamisenOsoittaminen, rows.demonstrations],
    [opiskeluvalmiuksiaTukevaOpinto, rows.readinessStudies],
    [oppimisenTuki, rows.learningSupport],
    [hankittavaKoulutuksenOsa, rows.tuvaParts],
    [workplaceNaming, rows.namings],
  ];
  const inserts = lists.filter(([, list]) => list.length > 0).map(([table, list]) => insertOf(tx, table, list));
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
