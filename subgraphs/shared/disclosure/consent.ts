/**
 * R6: a consent given by the student discloses to its recipient, identified by the token's
 * subject (a person), its `org` claim (an organisation) or its `ytunnus` claim (a business), while
 * today lies within the consent's validity and it has not been revoked. Revocation is read on
 * every request, so it takes effect on the next one.
 */
import { sql, type SQL } from "drizzle-orm";
import { consentFacts } from "../../../drizzle/schema/index.js";
import type { CallerTerms } from "./caller-terms.js";

/** SQL over the alias `k` (consents.consent_facts): the consent is valid today for this principal. */
export function validConsentFor(caller: CallerTerms): SQL {
  const recipients = [sql`k.vastaanottaja_henkilo_oid = ${caller.sub}`];
  if (caller.organisation) recipients.push(sql`k.vastaanottaja_organisaatio_oid = ${caller.organisationOid}`);
  if (caller.business) recipients.push(sql`k.vastaanottaja_y_tunnus = ${caller.yTunnus}`);
  return sql`(k.peruttu is null and k.voimassa_alku <= ${caller.today} and k.voimassa_loppu >= ${caller.today}
    and (${sql.join(recipients, sql` or `)}))`;
}

/**
 * Whether any consent at all is valid today for this principal. Uncorrelated, so PostgreSQL
 * evaluates it once per statement (an InitPlan): guarding the per-row consent lookups with it
 * (`and` stops at the first false) skips them for every caller no consent names, which is most
 * callers on most reads. Unguarded, a page of 50 students' plans spent half its database time
 * on three consent lookups per plan. Each recipient column has an index (migration 0017).
 */
export function anyValidConsentFor(caller: CallerTerms): SQL {
  return sql`(select exists (select 1 from ${consentFacts} k where ${validConsentFor(caller)}))`;
}
