/** Reads of persons, always through the principal's scope (henkilo.scope.ts). */
import { and, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { henkilo, type HenkiloRow } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { withGrant, type Granted, type GrantRule } from "../../shared/grant.js";
import { henkiloGrantExpression } from "./henkilo.scope.js";

export type GrantedHenkilo = Granted<HenkiloRow>;

async function visibleHenkilotWhere(db: Db, principal: Principal, filter: SQL): Promise<GrantedHenkilo[]> {
  const grant = henkiloGrantExpression(principal);
  if (!grant) return [];
  const rows = await db
    .select({ ...getTableColumns(henkilo), grant: sql<GrantRule>`${grant}`.as("grant") })
    .from(henkilo)
    .where(and(filter, sql`${grant} is not null`))
    .orderBy(henkilo.oid);
  return rows.map(({ grant: rule, ...row }) => withGrant(row, rule));
}

export function visibleHenkilotByOids(db: Db, principal: Principal, oids: readonly string[]): Promise<GrantedHenkilo[]> {
  return visibleHenkilotWhere(db, principal, inArray(henkilo.oid, [...oids]));
}
