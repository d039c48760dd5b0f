/** Reads of plans, always through the principal's scope (hoks.scope.ts). */
import { and, getTableColumns, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { hoks, studyRightFacts, type HoksRow } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { withGrant, type Granted, type GrantRule } from "../../shared/grant.js";
import { hoksGrantExpression } from "./hoks.scope.js";

export type GrantedHoks = Granted<HoksRow>;

async function visibleHoksWhere(db: Db, principal: Principal, filter: SQL): Promise<GrantedHoks[]> {
  const grant = hoksGrantExpression(principal);
  if (!grant) return [];
  const rows = await db
    .select({ ...getTableColumns(hoks), grant: sql<GrantRule>`${grant}`.as("grant") })
    .from(hoks)
    .innerJoin(studyRightFacts, sql`${studyRightFacts.oid} = ${hoks.opiskeluoikeusOid}`)
    .where(and(isNull(hoks.deletedAt), filter, sql`${grant} is not null`))
    .orderBy(hoks.id);
  return rows.map(({ grant: rule, ...row }) => withGrant(row, rule));
}

export function visibleHoksByIds(db: Db, principal: Principal, ids: readonly number[]): Promise<GrantedHoks[]> {
  return visibleHoksWhere(db, principal, inArray(hoks.id, [...ids]));
}

export function visibleHoksByOppijat(db: Db, principal: Principal, oppijaOids: readonly string[]): Promise<GrantedHoks[]> {
  return visibleHoksWhere(db, principal, inArray(hoks.oppijaOid, [...oppijaOids]));
}

export function visibleHoksByOpiskeluoikeudet(db: Db, principal: Principal, oids: readonly string[]): Promise<GrantedHoks[]> {
  return visibleHoksWhere(db, principal, inArray(hoks.opiskeluoikeusOid, [...oids]));
}
