/**
 * Who may read consents and share links: the student who owns them (R1) and OPH (R9). Consent
 * recipients and link holders read the plan the consent covers, not the consent records.
 */
import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../shared/auth/principal.js";

export function ownerGrantExpression(principal: Principal, oppijaOid: PgColumn): SQL | null {
  switch (principal.role) {
    case "oph":
      return sql`'R9'::text`;
    case "student":
      return sql`case when ${oppijaOid} = ${principal.sub} then 'R1' end`;
    default:
      return null;
  }
}
