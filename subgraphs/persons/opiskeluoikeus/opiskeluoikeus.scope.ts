/**
 * Which study rights a principal may read, and by which rule: one SQL expression that evaluates,
 * per `persons.opiskeluoikeus` row, to the granting rule or NULL. Every path to a study right
 * (a query, a person's list, `_entities`) selects through it, and the person scope builds on it.
 *
 * Enforced so far: R1, R2(a)/R3(a), R9; every other role sees nothing (R10). R2(b)/(c) and
 * R4–R8 extend this expression later.
 */
import { sql, type SQL } from "drizzle-orm";
import { opiskeluoikeus } from "../../../drizzle/schema/index.js";
import { coveredBy } from "../../shared/access/coverage.js";
import { organisationsWithRight, type Principal } from "../../shared/auth/principal.js";

/** The granting rule as SQL text, or null when the principal can see no study right at all. */
export function opiskeluoikeusGrantExpression(principal: Principal): SQL | null {
  switch (principal.role) {
    case "oph":
      return sql`'R9'::text`;
    case "student":
      return sql`case when ${opiskeluoikeus.oppijaOid} = ${principal.sub} then 'R1' end`;
    case "official":
    case "service": {
      const readable = organisationsWithRight(principal, "read");
      if (readable.length === 0) return null;
      const rule = principal.role === "official" ? "R2a" : "R3a";
      return sql`case when ${coveredBy(opiskeluoikeus.oppilaitosOid, readable)} then ${rule}::text end`;
    }
    default:
      return null;
  }
}
