/**
 * "A privilege at organisation O covers O and every organisation below it" (disclosure.md), as SQL
 * over the persons subgraph's contract view of the organisation tree.
 */
import { oneOf } from "../disclosure/sql-lists.js";
import { sql, type SQL } from "drizzle-orm";
import { organisationTree } from "../../../drizzle/schema/index.js";

/**
 * The organisations under (or equal to) one of `privilegedOrganisations` (a list, or an SQL text[]
 * term such as a caller's placeholder), as a subquery of one column `oid`: walked down the tree
 * once per statement (an uncorrelated subquery), whatever the number of rows it is tested on.
 */
export function coveredOrganisations(privilegedOrganisations: readonly string[] | SQL): SQL {
  return sql`(with recursive covered(oid) as (
      select t.oid from ${organisationTree} t where ${oneOf(sql`t.oid`, privilegedOrganisations)}
      union select t.oid from ${organisationTree} t join covered c on t.parent_oid = c.oid)
    select oid from covered)`;
}

/** True when the organisation in `organisationOid` lies under (or is) one of `privilegedOrganisations`. */
export function coveredBy(organisationOid: SQL | SQL.Aliased | unknown, privilegedOrganisations: readonly string[] | SQL): SQL {
  if (Array.isArray(privilegedOrganisations) && privilegedOrganisations.length === 0) return sql`false`;
  return sql`${organisationOid} in ${coveredOrganisations(privilegedOrganisations)}`;
}
