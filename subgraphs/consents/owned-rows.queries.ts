/** Reads of consents and share links through the owner scope, shared by both tables. */
import { oneOf } from "../shared/disclosure/sql-lists.js";
import { and, getTableColumns, sql } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import { jakolinkki, suostumus } from "../../drizzle/schema/index.js";
import type { Principal } from "../shared/auth/principal.js";
import { withGrant, type Granted, type GrantRule } from "../shared/grant.js";
import { ownerGrantExpression } from "./owner.scope.js";

type OwnedTable = typeof suostumus | typeof jakolinkki;
type KeyColumn = "id" | "oppijaOid";

export async function visibleOwnedRows<T extends OwnedTable>(
  db: Db,
  principal: Principal,
  table: T,
  by: KeyColumn,
  keys: readonly string[],
): Promise<Granted<T["$inferSelect"]>[]> {
  const grant = ownerGrantExpression(principal, table.oppijaOid);
  if (!grant) return [];
  const rows = await db
    .select({ ...getTableColumns(table as typeof suostumus), grant: sql<GrantRule>`${grant}`.as("grant") })
    .from(table as typeof suostumus)
    .where(and(oneOf(table[by], keys), sql`${grant} is not null`))
    .orderBy(table.createdAt);
  return rows.map(({ grant: rule, ...row }) => withGrant(row as T["$inferSelect"], rule));
}
