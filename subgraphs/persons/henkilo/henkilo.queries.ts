/**
 * Reads of persons, always through the principal's scope (henkilo.scope.ts), in a statement built
 * once per caller shape (drizzle/shaped-statement.ts).
 */
import { getTableColumns, sql } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { henkilo, type HenkiloRow } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import { withGrant, type Granted, type GrantRule } from "../../shared/grant.js";
import { shapedStatement } from "../../../drizzle/shaped-statement.js";
import { SUBQUERY_FENCE } from "../../../drizzle/subquery-fence.js";
import { callerPlaceholders, callerShape, callerValues, type CallerShape } from "../../shared/disclosure/caller-terms.js";
import { henkiloGrantExpression } from "./henkilo.scope.js";

/** A person row; names are null where the granting rule shows only the OID. */
export type GrantedHenkilo = Granted<Omit<HenkiloRow, "etunimet" | "sukunimi"> & { etunimet: string | null; sukunimi: string | null }>;

const scopedPersons = shapedStatement("scoped_persons", (db, caller: CallerShape) => {
  const grant = henkiloGrantExpression(callerPlaceholders(caller));
  if (!grant) return null;
  // The rule is computed once per row in a subquery, then filtered on.
  const scoped = db
    .select({ ...getTableColumns(henkilo), grant: sql<GrantRule | null>`${grant}`.as("grant") })
    .from(henkilo)
    .where(oneOf(henkilo.oid, sql.placeholder("oids")))
    // OFFSET 0 keeps PostgreSQL from pulling the subquery up, which would copy the rule
    // expressions into the outer WHERE and into the join (drizzle/subquery-fence.ts).
    .offset(SUBQUERY_FENCE)
    .as("scoped");
  return db.select().from(scoped).where(sql`${scoped.grant} is not null`).orderBy(scoped.oid);
});

export async function visibleHenkilotByOids(db: Db, principal: Principal, today: string, oids: readonly string[]): Promise<GrantedHenkilo[]> {
  const rows = (await scopedPersons(db, callerShape(principal), { ...callerValues(principal, today), oids: [...oids] })) as (HenkiloRow & { grant: GrantRule })[];
  // The Employment Fund's basis names no people: it sees the OID it asked with, no names.
  return rows.map(({ grant: rule, ...row }) =>
    withGrant(rule === "R8" ? { ...row, etunimet: null, kutsumanimi: null, sukunimi: null } : row, rule),
  );
}
