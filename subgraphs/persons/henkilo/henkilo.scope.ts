/**
 * Which persons a principal may read, and by which rule: one SQL expression that evaluates, per
 * `persons.henkilo` row, to the granting rule or NULL.
 *
 * A student sees themselves (R1), OPH everyone (R9). Officials and provider systems see "the
 * persons behind what they may see" (R2/R3): a person is visible through any of their study
 * rights the study-right scope grants, so the two scopes cannot drift apart.
 */
import { sql, type SQL } from "drizzle-orm";
import { henkilo, opiskeluoikeus } from "../../../drizzle/schema/index.js";
import type { Principal } from "../../shared/auth/principal.js";
import { opiskeluoikeusGrantExpression } from "../opiskeluoikeus/opiskeluoikeus.scope.js";

/** The granting rule as SQL text, or null when the principal can see no person at all. */
export function henkiloGrantExpression(principal: Principal): SQL | null {
  switch (principal.role) {
    case "oph":
      return sql`'R9'::text`;
    case "student":
      return sql`case when ${henkilo.oid} = ${principal.sub} then 'R1' end`;
    case "official":
    case "service": {
      const studyRightGrant = opiskeluoikeusGrantExpression(principal);
      if (!studyRightGrant) return null;
      // Correlated on the person; the study-right expression reads the subquery's own row.
      return sql`(select ${studyRightGrant} from ${opiskeluoikeus} where ${opiskeluoikeus.oppijaOid} = ${henkilo.oid} and ${studyRightGrant} is not null limit 1)`;
    }
    default:
      return null;
  }
}
