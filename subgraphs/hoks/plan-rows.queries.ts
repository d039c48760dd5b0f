/**
 * Rows of a plan's child tables (units, periods, demonstrations, the other lists) for a batch of
 * plans, in document order, filtered by the caller's child scope. One statement per table per
 * batch, whatever the list lengths.
 */
import { oneOf } from "../shared/disclosure/sql-lists.js";
import { and, asc, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import {
  hankittavaKoulutuksenOsa,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
  type TutkinnonOsaRow,
} from "../../drizzle/schema/index.js";
import type { UnitView } from "./disclosure/unit-views.js";

export type PlanChildTable =
  | typeof osaamisenHankkimistapa
  | typeof osaamisenOsoittaminen
  | typeof opiskeluvalmiuksiaTukevaOpinto
  | typeof oppimisenTuki
  | typeof hankittavaKoulutuksenOsa;

export async function rowsOfPlans<T extends PlanChildTable>(db: Db, table: T, hoksIds: readonly number[], scope: SQL): Promise<T["$inferSelect"][]> {
  const rows = await db
    .select()
    .from(table as typeof osaamisenHankkimistapa)
    .where(and(oneOf(table.hoksId, hoksIds), scope))
    .orderBy(asc(table.hoksId), asc(table.position));
  return rows as T["$inferSelect"][];
}

export type ViewedUnitRow = TutkinnonOsaRow & { view: UnitView };

/** Units and areas of the plans, each with the widest view the caller has of it; hidden ones left out. */
export async function unitsOfPlans(db: Db, hoksIds: readonly number[], unitView: SQL): Promise<ViewedUnitRow[]> {
  const rows = await db
    .select({ ...getTableColumns(tutkinnonOsa), view: sql<UnitView | null>`${unitView}`.as("view") })
    .from(tutkinnonOsa)
    .where(and(oneOf(tutkinnonOsa.hoksId, hoksIds), sql`${unitView} is not null`))
    .orderBy(asc(tutkinnonOsa.hoksId), asc(tutkinnonOsa.position));
  return rows as ViewedUnitRow[];
}
