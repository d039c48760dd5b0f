/**
 * `.offset(SUBQUERY_FENCE)`: an `OFFSET 0` that drizzle keeps. PostgreSQL never pulls a subquery
 * with an OFFSET up into the query around it, so the rule expressions a scoped read computes in
 * its subquery stay there: evaluated once per row, after the join, instead of being copied into
 * the outer WHERE and pushed down into the join, where the planner charges their set-up cost to
 * every inner lookup and, believing a nested loop dear, hashes a whole table instead (measured:
 * the official's list read all 24 000 study rights of a 10 000-student dataset per request,
 * 13–19 ms, against 1 ms with the fence).
 *
 * Drizzle leaves out a falsy offset (`offset ? sql\` offset …\` : undefined`), so `.offset(0)` is
 * silently dropped; this is the SQL text `0`, which it keeps.
 */
import { sql, type Placeholder } from "drizzle-orm";

export const SUBQUERY_FENCE = sql.raw("0") as unknown as Placeholder;
