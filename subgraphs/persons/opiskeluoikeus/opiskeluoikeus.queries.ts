/**
 * Reads of study rights, always through the principal's scope (opiskeluoikeus.scope.ts), in a
 * statement built once per caller shape and way of seeking (drizzle/shaped-statement.ts).
 */
import { asc, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../drizzle/db.js";
import { opiskeluoikeus, type OpiskeluoikeusRow } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import { withGrant, type Granted, type GrantRule } from "../../shared/grant.js";
import { shapedStatement } from "../../../drizzle/shaped-statement.js";
import { SUBQUERY_FENCE } from "../../../drizzle/subquery-fence.js";
import { callerPlaceholders, callerShape, callerValues, type CallerShape } from "../../shared/disclosure/caller-terms.js";
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

/** The study rights sought: by their own OIDs, or by their students'. */
type StudyRightFilter = "oids" | "oppijat";
const KEYS = sql.placeholder("keys");
const FILTERS: Record<StudyRightFilter, SQL> = {
  oids: oneOf(opiskeluoikeus.oid, KEYS),
  oppijat: oneOf(opiskeluoikeus.oppijaOid, KEYS),
};

const scopedStudyRights = shapedStatement("scoped_study_rights", (db, shape: { caller: CallerShape; filter: StudyRightFilter }) => {
  const grant = opiskeluoikeusGrantExpression(callerPlaceholders(shape.caller));
  if (!grant) return null;
  // The rule is computed once per row in a subquery, then filtered on.
  const scoped = db
    .select({
      ...getTableColumns(opiskeluoikeus),
      sisaltavanOppilaitosOid: sql<string | null>`${master.oppilaitosOid}`.as("sisaltavan_oppilaitos_oid"),
      grant: sql<GrantRule | null>`${grant}`.as("grant"),
    })
    .from(opiskeluoikeus)
    .leftJoin(master, eq(master.oid, opiskeluoikeus.sisaltyyOpiskeluoikeuteenOid))
    .where(FILTERS[shape.filter])
    // OFFSET 0 keeps PostgreSQL from pulling the subquery up, which would copy the rule
    // expressions into the outer WHERE and into the join (drizzle/subquery-fence.ts).
    .offset(SUBQUERY_FENCE)
    .as("scoped");
  return db.select().from(scoped).where(sql`${scoped.grant} is not null`).orderBy(asc(scoped.alkamispaiva), asc(scoped.oid));
});

async function visibleOpiskeluoikeudetWhere(db: Db, principal: Principal, today: string, filter: StudyRightFilter, keys: readonly string[]): Promise<GrantedOpiskeluoikeus[]> {
  const shape = { caller: callerShape(principal), filter };
  const rows = (await scopedStudyRights(db, shape, { ...callerValues(principal, today), keys: [...keys] })) as (OpiskeluoikeusRow & {
    sisaltavanOppilaitosOid: string | null;
    grant: GrantRule;
  })[];
  return rows.map(({ grant: rule, ...row }) => withGrant(viewStudyRight(row, rule), rule));
}

export function visibleOpiskeluoikeudetByOids(db: Db, principal: Principal, today: string, oids: readonly string[]): Promise<GrantedOpiskeluoikeus[]> {
  return visibleOpiskeluoikeudetWhere(db, principal, today, "oids", oids);
}

export function visibleOpiskeluoikeudetByOppijat(
  db: Db,
  principal: Principal,
  today: string,
  oppijaOids: readonly string[],
): Promise<GrantedOpiskeluoikeus[]> {
  return visibleOpiskeluoikeudetWhere(db, principal, today, "oppijat", oppijaOids);
}
