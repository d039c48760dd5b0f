/**
 * `column = any($1)` with the whole list as one array parameter. Unlike `in ($1, $2, …)` the
 * statement's text does not change with the list's length, so a prepared statement (and its
 * plan) serves every batch; an empty list is simply false. The list is given as values, or as an
 * SQL array term (a placeholder of a statement built once per shape, see
 * drizzle/shaped-statement.ts).
 */
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

export function oneOf(column: SQL | PgColumn, values: readonly (string | number)[] | SQL | Placeholder): SQL {
  return sql`${column} = any(${Array.isArray(values) ? sql.param([...values]) : values})`;
}
