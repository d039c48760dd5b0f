/**
 * R6: a consent given by the student discloses to its recipient, identified by the token's
 * subject (a person), its `org` claim (an organisation) or its `ytunnus` claim (a business), while
 * today lies within the consent's validity and it has not been revoked. Revocation is read on
 * every request, so it takes effect on the next one.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { sqlDate } from "./dates.js";

/** SQL over the alias `k` (consents.consent_facts): the consent is valid today for this principal. */
export function validConsentFor(principal: Principal, today: string): SQL {
  const recipients = [sql`k.vastaanottaja_henkilo_oid = ${principal.sub}`];
  if (principal.organisationOid) recipients.push(sql`k.vastaanottaja_organisaatio_oid = ${principal.organisationOid}`);
  if (principal.yTunnus) recipients.push(sql`k.vastaanottaja_y_tunnus = ${principal.yTunnus}`);
  return sql`(k.peruttu is null and k.voimassa_alku <= ${sqlDate(today)} and k.voimassa_loppu >= ${sqlDate(today)}
    and (${sql.join(recipients, sql` or `)}))`;
}
