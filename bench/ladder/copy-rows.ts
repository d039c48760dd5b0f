/**
 * Writes rows of a drizzle table with PostgreSQL's COPY (text format) instead of INSERT: the bulk
 * loader of the benchmark dataset. The rows are the ones the application builds for its own
 * inserts (plan-rows.ts, worldRows), and each value goes through the column's own driver mapping
 * (JSON, timestamps, arrays), so COPY stores what an insert of the same rows would.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import { CasingCache } from "drizzle-orm/casing";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import { COLUMN_CASING } from "../../drizzle/db.js";

const casing = new CasingCache(COLUMN_CASING);

/** COPY's text format: backslash, tab, newline and carriage return escaped; `\N` is null. */
function escaped(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : text;
}

function field(column: PgColumn, value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const driver = column.mapToDriverValue(value);
  if (driver === null || driver === undefined) return "\\N";
  if (typeof driver === "string") return escaped(driver);
  if (typeof driver === "boolean") return driver ? "t" : "f";
  if (typeof driver === "number" || typeof driver === "bigint") return String(driver);
  if (driver instanceof Date) return driver.toISOString();
  return escaped(JSON.stringify(driver));
}

interface Layout {
  /** `"schema"."table" ("col", …)` */
  target: string;
  keys: string[];
  columns: PgColumn[];
}

/**
 * The columns a COPY of these rows names: every key some row sets. A row without one of them
 * stores null, as an insert would, unless the column has a default an insert would have used:
 * those rows are refused rather than stored differently.
 */
function layoutOf(table: PgTable, rows: Record<string, unknown>[]): Layout {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(all).filter((key) => rows.some((row) => row[key] !== undefined));
  for (const key of keys) {
    const column = all[key]!;
    if (column.hasDefault && rows.some((row) => row[key] === undefined)) throw new Error(`${getTableName(table)}.${key}: some rows leave out a column with a default`);
  }
  const { schema } = getTableConfig(table);
  const names = keys.map((key) => `"${casing.getColumnCasing(all[key]!)}"`);
  return { target: `"${schema ?? "public"}"."${getTableName(table)}" (${names.join(", ")})`, keys, columns: keys.map((key) => all[key]!) };
}

/** Lines of COPY text, joined into chunks of about a megabyte (one socket write each). */
function* lines(layout: Layout, rows: Record<string, unknown>[]): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += layout.keys.map((key, i) => field(layout.columns[i]!, row[key])).join("\t") + "\n";
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** COPYs the rows into the table on the given connection or transaction. */
export async function copyRows(sql: postgres.Sql | postgres.TransactionSql, table: Table, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const layout = layoutOf(table as PgTable, rows);
  // The target is made from the schema's own names, never from input.
  const writable = await sql.unsafe(`copy ${layout.target} from stdin`).writable();
  await pipeline(Readable.from(lines(layout, rows)), writable);
}
