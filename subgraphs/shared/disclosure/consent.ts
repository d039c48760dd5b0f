/**
 * R6: a consent given by the student discloses to its recipient, identified by the token's
 * subject (a person), its `org` claim (an organisation) or its `ytunnus` claim (a business), while
 * today lies within the consent's validity and it has not been revoked. Revocation is read on
 * every request, so it takes effect on the next one.
 */
import { sql, type SQL } from "drizzle-orm";
import type { CallerTerms } from "./caller-terms.js";

/** SQL over the alias `k` (consents.consent_facts): the consent is valid today for this principal. */
export function validConsentFor(caller: CallerTerms): SQL {
  const recipients = [sql`k.vastaanottaja_henkilo_oid = ${caller.sub}`];
  if (caller.organisation) recipients.push(sql`k.vastaanottaja_organisaatio_oid = ${caller.organisationOid}`);
  if (caller.business) recipients.push(sql`k.vastaanottaja_y_tunnus = ${caller.yTunnus}`);
  return sql`(k.peruttu is null and k.voimassa_alku <= ${caller.today} and k.voimassa_loppu >= ${caller.today}
    and (${sql.join(recipients, sql` or `)}))`;
}
