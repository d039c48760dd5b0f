/**
 * Which plans a principal may read, and by which rule: one SQL expression that evaluates, per plan
 * row joined to its study right's facts, to the granting rule or NULL. Every path to a plan
 * (a query, a list, `_entities`) selects through it, so the rules live in one place.
 */
import { sql, type SQL } from "drizzle-orm";
import { hoks, studyRightFacts } from "../../../drizzle/schema/index.js";
import { coveredBy } from "../../shared/access/coverage.js";
import { organisationsWithRight, type Principal } from "../../shared/auth/principal.js";

/** The granting rule as SQL text, or null when the principal can see no plan at all. */
export function hoksGrantExpression(principal: Principal): SQL | null {
  switch (principal.role) {
    case "oph":
      return sql`'R9'::text`;
    case "student":
      return sql`case when ${hoks.oppijaOid} = ${principal.sub} then 'R1' end`;
    case "official":
    case "service": {
      const readable = organisationsWithRight(principal, "read");
      if (readable.length === 0) return null;
      const rule = principal.role === "official" ? "R2a" : "R3a";
      return sql`case when ${coveredBy(studyRightFacts.oppilaitosOid, readable)} then ${rule}::text end`;
    }
    default:
      return null;
  }
}
