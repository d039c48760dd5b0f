/**
 * A multi-row insert whose rows travel as one JSON parameter, turned back into rows by
 * `json_populate_recordset`. A full plan is a few hundred values; as a VALUES list each was a
 * parameter of its own, which drizzle's SQL builder and the driver's encoder spent more of the
 * hoks subgraph's CPU on than anything else in a write (bench:writes profile). One parameter per
 * table costs next to nothing, and the database reads the JSON as fast as the parameters.
 */
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { CasingCache } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";
import { COLUMN_CASING } from "./db.js";

const casing = new CasingCache(COLUMN_CASING);

type Row = Record<string, unknown>;

/** A table's rows as one JSON value: the columns they set, by name, and the rows keyed by those names. */
export interface JsonRows {
  table: PgTable;
  names: string[];
  json: string;
}

/**
 * The rows as one JSON value, or undefined when they need column defaults the JSON form cannot
 * give: a column with a default that some rows set and others leave out (JSON would store NULL there).
 */
export function jsonRowsOf(table: PgTable, rows: readonly Row[]): JsonRows | undefined {
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined)))];
  for (const key of keys) {
    const column = columns[key];
    if (!column) throw new Error(`${key} is not a column of the table`);
    if (column.hasDefault && rows.some((row) => row[key] === undefined)) return undefined;
  }
  const names = keys.map((key) => casing.getColumnCasing(columns[key]!));
  // Values as the driver would send them (a jsonb value as its JSON, a Date as its instant), keyed by column name.
  const records = rows.map((row) => Object.fromEntries(keys.map((key, i) => [names[i], row[key] ?? null])));
  return { table, names, json: JSON.stringify(records) };
}

/** The columns `names`, as a list for a statement. */
export function columnList(names: readonly string[]): SQL {
  return sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );
}

/** The rows of `json` (a value or a placeholder) as `table`'s columns `names`: a select for an insert or an update. */
export function jsonRowsSelect({ table, names }: Pick<JsonRows, "table" | "names">, json: unknown): SQL {
  return sql`select ${columnList(names)} from json_populate_recordset(null::${table}, ${json}::json)`;
}

/** The insert of rows into `table`'s columns `names`, their JSON taken from `json` (a value or a placeholder). */
export function jsonRowsInsert(rows: Pick<JsonRows, "table" | "names">, json: unknown): SQL {
  return sql`insert into ${rows.table} (${columnList(rows.names)}) ${jsonRowsSelect(rows, json)}`;
}
