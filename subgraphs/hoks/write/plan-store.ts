/**
 * Storing plans. Each function runs inside the caller's transaction and writes every table with
 * one statement, so a write costs the same number of statements however long its lists are.
 */
import { sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { fixedTextStatement, fixedTextStatementsByShape } from "../../../drizzle/fixed-text-statement.js";
import { columnList, jsonRowsInsert, jsonRowsOf, jsonRowsSelect, type JsonRows } from "../../../drizzle/json-rows-insert.js";
import { rowsOf, type Db } from "../../../drizzle/db.js";
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

/** The tables of a plan's lists, in the order their inserts run. */
const LIST_TABLES: readonly [PgTable, (rows: PlanRows) => Record<string, unknown>[]][] = [
  [tutkinnonOsa, (rows) => rows.units],
  [osaamisenHankkimistapa, (rows) => rows.periods],
  [osaamisenOsoittaminen, (rows) => rows.demonstrations],
  [opiskeluvalmiuksiaTukevaOpinto, (rows) => rows.readinessStudies],
  [oppimisenTuki, (rows) => rows.learningSupport],
  [hankittavaKoulutuksenOsa, (rows) => rows.tuvaParts],
  [workplaceNaming, (rows) => rows.namings],
];

/** One statement of data-modifying CTEs, the inserts of the lists. */
const withInserts = (inserts: SQL[]) => sql`with ${sql.join(
  inserts.map((insert, i) => sql`${sql.raw(`list${i}`)} as (${insert})`),
  sql`, `,
)} select 1`;

/**
 * The lists' statement by shape (which lists are filled, with which columns): built once, then
 * each plan passes only its JSON values. Building the text anew for every plan was a tenth of
 * the hoks subgraph's CPU in a write (bench:writes profile).
 */
const contentInsertOfShape = fixedTextStatementsByShape<string>();

/**
 * Writes the lists of a plan in one statement: each table's multi-row insert (its rows as one
 * JSON parameter, json-rows-insert.ts) is a data-modifying CTE of it. One round trip instead of
 * six; the foreign keys from periods and demonstrations to their units are checked at the end of
 * the statement, when every row is in.
 */
export async function insertPlanContent(tx: Tx, rows: PlanRows): Promise<void> {
  const filled = LIST_TABLES.flatMap(([table, listOf], index) => {
    const list = listOf(rows);
    return list.length > 0 ? [{ index, table, list, asJson: jsonRowsOf(table, list) }] : [];
  });
  if (filled.length === 0) return;
  if (filled.every((lists) => lists.asJson)) {
    const asJson = filled.map((lists) => lists.asJson!);
    const shape = filled.map(({ index, asJson }) => `${index}(${asJson!.names.join(",")})`).join(";");
    const statement = contentInsertOfShape(shape, () => withInserts(asJson.map((lists, i) => jsonRowsInsert(lists, sql.placeholder(`list${i}`)))));
    await tx.execute(statement.with(Object.fromEntries(asJson.map((lists, i) => [`list${i}`, lists.json]))));
    return;
  }
  // Some rows need a column default that JSON cannot give: their table's insert is a VALUES list, built each time.
  await tx.execute(withInserts(filled.map(({ table, list, asJson }) => (asJson ? jsonRowsInsert(asJson, asJson.json) : tx.insert(table).values(list).getSQL()))));
}

/** A plan's lists removed in one statement (units cascade to their periods and demonstrations), its text built once. */
const DELETE_CONTENT = fixedTextStatement<"hoksId">(
  sql`with ${sql.join(
    [workplaceNaming, tutkinnonOsa, opiskeluvalmiuksiaTukevaOpinto, oppimisenTuki, hankittavaKoulutuksenOsa].map(
      (table, i) => sql`${sql.raw(`gone${i}`)} as (delete from ${table} where hoks_id = ${sql.placeholder("hoksId")})`,
    ),
    sql`, `,
  )} select 1`,
);

export async function deletePlanContent(tx: Tx, hoksId: number): Promise<void> {
  await tx.execute(DELETE_CONTENT.with({ hoksId }));
}

/** A plan's own row: its top-level columns. */
type PlanRow = ReturnType<typeof planTopLevelRow>;

/**
 * A plan's own row (all of it, or the columns a write changes) as JSON. One row never needs a
 * column default that JSON cannot give (jsonRowsOf), so it always has its JSON form; its names
 * are the statement's shape.
 */
const planRowAsJson = (values: Partial<PlanRow>): JsonRows => jsonRowsOf(hoks, [values])!;

/**
 * The plan's own row is written through JSON too, its statement built once per shape instead of
 * by drizzle's insert or update builder for every write (about a quarter of a millisecond a plan
 * in the bench:writes CPU profile). A create's row sets every column: one shape.
 */
const planInsertOfShape = fixedTextStatementsByShape<"row">();
const planUpdateOfShape = fixedTextStatementsByShape<"row" | "id" | "revision">();

/** A plan's own row changed (a replace's every column, a patch's sent ones), and its revision set. */
export async function updatePlanRow(tx: Tx, id: number, values: Partial<PlanRow>, revision: number): Promise<void> {
  const asJson = planRowAsJson(values);
  const statement = planUpdateOfShape(asJson.names.join(","), () => {
    const fromRow = asJson.names.length ? sql`(${columnList(asJson.names)}) = (${jsonRowsSelect(asJson, sql.placeholder("row"))}), ` : sql``;
    return sql`update ${hoks} set ${fromRow}revision = ${sql.placeholder("revision")}, updated_at = now() where id = ${sql.placeholder("id")}`;
  });
  await tx.execute(statement.with({ row: asJson.json, id, revision }));
}

/** Inserts a new plan with all its lists; returns its id, its own row and the rows of its lists. Validation is the caller's. */
export async function insertPlan(tx: Tx, document: PlanDocument): Promise<{ id: number; topLevel: PlanRow; rows: PlanRows }> {
  const topLevel = planTopLevelRow(document);
  const asJson = planRowAsJson(topLevel);
  const statement = planInsertOfShape(asJson.names.join(","), () => sql`${jsonRowsInsert(asJson, sql.placeholder("row"))} returning id`);
  const [created] = rowsOf<{ id: number }>(await tx.execute(statement.with({ row: asJson.json })));
  const rows = planChildRows(created!.id, document);
  await insertPlanContent(tx, rows);
  return { id: created!.id, topLevel, rows };
}
