/**
 * What Aino has shared in the demo world, so the consent recipient (R6) and the share-link holder
 * (R7) demo roles have something to read: a consent to Työnantaja Oy for her career plan and one
 * unit, and a share link to that unit's demonstration whose secret is the known
 * DEMO_SHARE_LINK_TOKEN. Besides, a consent and a link with fixed ids for the examples that revoke
 * a consent and delete a link (operations/student-revoke-consent.graphql,
 * student-delete-share-link.graphql), so trying those leaves the first two working. Stored as the
 * consents subgraph stores them: a link as the SHA-256 of its secret.
 */
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import { jakolinkki, osaamisenHankkimistapa, osaamisenOsoittaminen, suostumus, tutkinnonOsa } from "../../drizzle/schema/index.js";
import { createConsentRecord } from "../../subgraphs/consents/write/consent-store.js";
import { hashShareLinkToken } from "../../subgraphs/shared/auth/share-link-header.js";
import { DEMO_RECIPIENT_YTUNNUS, DEMO_SHARE_LINK_TOKEN, OIDS } from "./demo-roles.js";

/** The unit of Aino's full plan that has a demonstration (2026-02-16) and work-based periods. */
const SHARED_UNIT = "tutkinnonosat_106729";

/** Both valid on the demo date, 2026-02-01 (demo-data.ts). */
export const DEMO_CONSENT_VALIDITY = { voimassaAlku: "2026-01-15", voimassaLoppu: "2026-12-31" } as const;
export const DEMO_SHARE_LINK_VALIDITY = { voimassaAlku: "2026-02-01", voimassaLoppu: "2026-03-31" } as const;

/** Fixed ids, named by the revoke and delete examples' variables. */
export const DEMO_REVOCABLE_CONSENT_ID = "d3e0c0de-0000-4000-8000-000000000001";
export const DEMO_DELETABLE_LINK_ID = "d3e0c0de-0000-4000-8000-000000000002";

export async function seedDemoSharing(db: Db, ainosPlanId: number): Promise<void> {
  const [unit] = await db
    .select({ moduleId: tutkinnonOsa.moduleId })
    .from(tutkinnonOsa)
    .where(and(eq(tutkinnonOsa.hoksId, ainosPlanId), eq(tutkinnonOsa.tutkinnonOsaKoodiUri, SHARED_UNIT)));
  if (!unit) throw new Error(`The demo plan ${ainosPlanId} has no unit ${SHARED_UNIT} to share`);
  const [demonstration] = await db
    .select({ moduleId: osaamisenOsoittaminen.moduleId })
    .from(osaamisenOsoittaminen)
    .where(eq(osaamisenOsoittaminen.tutkinnonOsaModuleId, unit.moduleId))
    .orderBy(osaamisenOsoittaminen.position)
    .limit(1);
  if (!demonstration) throw new Error(`The demo unit ${SHARED_UNIT} has no demonstration to share`);
  const [period] = await db
    .select({ moduleId: osaamisenHankkimistapa.moduleId })
    .from(osaamisenHankkimistapa)
    .where(eq(osaamisenHankkimistapa.tutkinnonOsaModuleId, unit.moduleId))
    .orderBy(osaamisenHankkimistapa.position)
    .limit(1);
  if (!period) throw new Error(`The demo unit ${SHARED_UNIT} has no period to share`);
  await createConsentRecord(db, {
    oppijaOid: OIDS.aino,
    hoksId: ainosPlanId,
    vastaanottajaYTunnus: DEMO_RECIPIENT_YTUNNUS,
    osiot: ["urasuunnitelma", "tutkinnon-osat"],
    tutkinnonOsaModuleIds: [unit.moduleId],
    tarkoitus: "Työnhaku: kesätyöpaikka",
    ...DEMO_CONSENT_VALIDITY,
  });
  await db.insert(jakolinkki).values({
    tokenHash: hashShareLinkToken(DEMO_SHARE_LINK_TOKEN),
    oppijaOid: OIDS.aino,
    hoksId: ainosPlanId,
    tutkinnonOsaModuleId: unit.moduleId,
    kohdeTyyppi: "osaamisenOsoittaminen",
    kohdeModuleId: demonstration.moduleId,
    ...DEMO_SHARE_LINK_VALIDITY,
  });
  await db.insert(suostumus).values({
    id: DEMO_REVOCABLE_CONSENT_ID,
    oppijaOid: OIDS.aino,
    hoksId: ainosPlanId,
    vastaanottajaYTunnus: "2345678-0",
    osiot: ["urasuunnitelma"],
    tarkoitus: "Kesätyöhaku",
    ...DEMO_CONSENT_VALIDITY,
  });
  await db.insert(jakolinkki).values({
    id: DEMO_DELETABLE_LINK_ID,
    // Its secret is random and unknown: this link is there only to be deleted.
    tokenHash: hashShareLinkToken(randomBytes(32).toString("base64url")),
    oppijaOid: OIDS.aino,
    hoksId: ainosPlanId,
    tutkinnonOsaModuleId: unit.moduleId,
    kohdeTyyppi: "osaamisenHankkimistapa",
    kohdeModuleId: period.moduleId,
    ...DEMO_SHARE_LINK_VALIDITY,
  });
}
