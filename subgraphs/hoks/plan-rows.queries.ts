/**
 * Rows of a plan's child tables (units, periods, demonstrations, the other lists) for a batch of
 * plans, in document order. One statement per table per batch, whatever the list lengths.
 */
import { asc, inArray } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import {
  hankittavaKoulutuksenOsa,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
} from "../../drizzle/schema/index.js";

export type PlanChildTable =
  | typeof tutkinnonOsa
  | typeof osaamisenHankkimistapa
  | typeof osaamisenOsoittaminen
  | typeof opiskeluvalmiuksiaTukevaOpinto
  | typeof oppimisenTuki
  | typeof hankittavaKoulutuksenOsa;

export async function rowsOfPlans<T extends PlanChildTable>(db: Db, table: T, hoksIds: readonly number[]): Promise<T["$inferSelect"][]> {
  const rows = await db
    .select()
    .from(table as typeof tutkinnonOsa)
    .where(inArray(table.hoksId, [...hoksIds]))
    .orderBy(asc(table.hoksId), asc(table.position));
  return rows as T["$inferSelect"][];
}
