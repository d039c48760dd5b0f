/** Reads of persons, always through the principal's scope (henkilo.scope.ts). */
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { henkilo, type HenkiloRow } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { withGrant, type Granted, type GrantRule } from "../../shared/grant.js";
import { callerParameters } from "../../shared/disclosure/caller-terms.js";
import { henkiloGrantExpression } from "./henkilo.scope.js";

/** A person row; names are null where the granting rule shows only the OID. */
export type GrantedHenkilo = Granted<Omit<HenkiloRow, "etunimet" | "sukunimi"> & { etunimet: string | null; sukunimi: string | null }>;

async function visibleHenkilotWhere(db: Db, principal: Principal, today: string, filter: SQL): Promise<GrantedHenkilo[]> {
  const grant = henkiloGrantExpression(callerParameters(principal, today));
  if (!grant) return [];
  // The rule is computed once per row in a subquery, then filtered on.
  const scoped = db
    .select({ ...getTableColumns(henkilo), grant: sql<GrantRule | null>`${grant}`.as("grant") })
    .from(henkilo)
    .where(filter)
    // OFFSET 0 keeps PostgreSQL from pulling the subquery up, which would copy the rule
    // expressions into the outer WHERE and evaluate them twice.
    .offset(0)
    .as("scoped");
  const rows = (await db.select().from(scoped).where(sql`${scoped.grant} is not null`).orderBy(scoped.oid)) as (HenkiloRow & { grant: GrantRule })[];
  // The Employment Fund's basis names no people: it sees the OID it asked with, no names.
  return rows.map(({ grant: rule, ...row }) =>
    withGrant(rule === "R8" ? { ...row, etunimet: null, kutsumanimi: null, sukunimi: null } : row, rule),
  );
}

export function visibleHenkilotByOids(db: Db, principal: Principal, today: string, oids: readonly string[]): Promise<GrantedHenkilo[]> {
  return visibleHenkilotWhere(db, principal, today, oneOf(henkilo.oid, oids));
}
