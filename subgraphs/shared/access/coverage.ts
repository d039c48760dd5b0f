/**
 * "A privilege at organisation O covers O and every organisation below it" (disclosure.md), as SQL
 * over the persons subgraph's contract view of the organisation tree.
 */
import { oneOf } from "../disclosure/sql-lists.js";
import { sql, type SQL } from "drizzle-orm";
import { organisationAncestry } from "../../../drizzle/schema/index.js";

/** True when the organisation in `organisationOid` lies under (or is) one of `privilegedOrganisations`. */
export function coveredBy(organisationOid: SQL | SQL.Aliased | unknown, privilegedOrganisations: string[]): SQL {
  if (privilegedOrganisations.length === 0) return sql`false`;
  return sql`exists (select 1 from ${organisationAncestry} where ${organisationAncestry.oid} = ${organisationOid} and ${oneOf(organisationAncestry.ancestorOid, privilegedOrganisations)})`;
}
