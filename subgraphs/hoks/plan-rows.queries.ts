/**
 * Rows of a plan's child tables (units, periods, demonstrations, the other lists) for a batch of
 * plans, in document order, filtered by the caller's child scope. One statement per table per
 * batch, whatever the list lengths; each built once per child-scope shape, the batch's plan ids
 * and grant lists its placeholders (see disclosure/child-scope.ts).
 */
import { and, asc, getTableColumns, sql, type SQL } from "drizzle-orm";
import {
  hankittavaKoulutuksenOsa,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
  type TutkinnonOsaRow,
} from "../../drizzle/schema/index.js";
import { shapedStatement, type ShapedStatement } from "../../drizzle/shaped-statement.js";
import { oneOf } from "../shared/disclosure/sql-lists.js";
import { childScope, type ChildScope, type ChildScopeShape } from "./disclosure/child-scope.js";
import type { UnitView } from "./disclosure/unit-views.js";

export type PlanChildTable =
  | typeof osaamisenHankkimistapa
  | typeof osaamisenOsoittaminen
  | typeof opiskeluvalmiuksiaTukevaOpinto
  | typeof oppimisenTuki
  | typeof hankittavaKoulutuksenOsa;

const HOKS_IDS = sql.placeholder("hoks_ids");

/** The rows of `table` in the batch's plans that `condition` of the child scope lets through. */
export function scopedRowsOf<T extends PlanChildTable>(name: string, table: T, condition: (scope: ChildScope) => SQL): ShapedStatement<ChildScopeShape, T["$inferSelect"]> {
  const anyTable = table as typeof osaamisenHankkimistapa;
  return shapedStatement(name, (db, shape: ChildScopeShape) =>
    db
      .select()
      .from(anyTable)
      .where(and(oneOf(anyTable.hoksId, HOKS_IDS), condition(childScope(shape))))
      .orderBy(asc(anyTable.hoksId), asc(anyTable.position)),
  ) as ShapedStatement<ChildScopeShape, T["$inferSelect"]>;
}

export type ViewedUnitRow = TutkinnonOsaRow & { view: UnitView };

/** Units and areas of the batch's plans, each with the widest view the caller has of it; hidden ones left out. */
export const scopedUnits = shapedStatement("scoped_units", (db, shape: ChildScopeShape) => {
  const { unitView } = childScope(shape);
  return db
    .select({ ...getTableColumns(tutkinnonOsa), view: sql<UnitView>`${unitView}`.as("view") })
    .from(tutkinnonOsa)
    .where(and(oneOf(tutkinnonOsa.hoksId, HOKS_IDS), sql`${unitView} is not null`))
    .orderBy(asc(tutkinnonOsa.hoksId), asc(tutkinnonOsa.position));
}) satisfies ShapedStatement<ChildScopeShape, ViewedUnitRow>;
