/** `column in (…)` that stays valid SQL for an empty list (where it is simply false). */
import { sql, type SQL } from "drizzle-orm";

export function oneOf(column: SQL, values: readonly (string | number)[]): SQL {
  return values.length === 0 ? sql`false` : sql`${column} in ${[...values]}`;
}
