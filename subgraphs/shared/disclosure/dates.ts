/** The service date as an SQL value: every rule compares against the request's one "today". */
import { sql, type SQL } from "drizzle-orm";

export const sqlDate = (date: string): SQL => sql`${date}::date`;
