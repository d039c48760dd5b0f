/** Reads of study rights, always through the principal's scope (opiskeluoikeus.scope.ts). */
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import { asc, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../drizzle/db.js";
import { opiskeluoikeus, type OpiskeluoikeusRow } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { withGrant, type Granted, type GrantRule } from "../../shared/grant.js";
import { callerParameters } from "../../shared/disclosure/caller-terms.js";
import { opiskeluoikeusGrantExpression } from "./opiskeluoikeus.scope.js";
import { viewStudyRight } from "./opiskeluoikeus.view.js";

export type GrantedOpiskeluoikeus = Granted<
  OpiskeluoikeusRow & {
    /**
     * Institution of the master study right this one is contained in. Only its OID is stored on
     * the contained row, so it is joined in the same statement; it is part of what the caller was
     * granted (Koski shows it on the contained study right), not a look at the master itself.
     */
    sisaltavanOppilaitosOid: string | null;
  }
>;

const master = alias(opiskeluoikeus, "sisaltava");

async function visibleOpiskeluoikeudetWhere(db: Db, principal: Principal, today: string, filter: SQL): Promise<GrantedOpiskeluoikeus[]> {
  const grant = opiskeluoikeusGrantExpression(callerParameters(principal, today));
  if (!grant) return [];
  // The rule is computed once per row in a subquery, then filtered on.
  const scoped = db
    .select({
      ...getTableColumns(opiskeluoikeus),
      sisaltavanOppilaitosOid: sql<string | null>`${master.oppilaitosOid}`.as("sisaltavan_oppilaitos_oid"),
      grant: sql<GrantRule | null>`${grant}`.as("grant"),
    })
    .from(opiskeluoikeus)
    .leftJoin(master, eq(master.oid, opiskeluoikeus.sisaltyyOpiskeluoikeuteenOid))
    .where(filter)
    // OFFSET 0 keeps PostgreSQL from pulling the subquery up, which would copy the rule
    // expressions into the outer WHERE and evaluate them twice.
    .offset(0)
    .as("scoped");
  const rows = (await db
    .select()
    .from(scoped)
    .where(sql`${scoped.grant} is not null`)
    .orderBy(asc(scoped.alkamispaiva), asc(scoped.oid))) as (OpiskeluoikeusRow & { sisaltavanOppilaitosOid: string | null; grant: GrantRule })[];
  return rows.map(({ grant: rule, ...row }) => withGrant(viewStudyRight(row, rule), rule));
}

export function visibleOpiskeluoikeudetByOids(db: Db, principal: Principal, today: string, oids: readonly string[]): Promise<GrantedOpiskeluoikeus[]> {
  return visibleOpiskeluoikeudetWhere(db, principal, today, oneOf(opiskeluoikeus.oid, oids));
}

export function visibleOpiskeluoikeudetByOppijat(
  db: Db,
  principal: Principal,
  today: string,
  oppijaOids: readonly string[],
): Promise<GrantedOpiskeluoikeus[]> {
  return visibleOpiskeluoikeudetWhere(db, principal, today, oneOf(opiskeluoikeus.oppijaOid, oppijaOids));
}
