/** Storing consents. Validation and the owner check are the caller's (consent-mutations.ts). */
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { suostumus, type SuostumuksenOsio, type SuostumusRow } from "../../../drizzle/schema/index.js";

export interface ConsentRecordInput {
  oppijaOid: string;
  hoksId: number;
  vastaanottajaHenkiloOid?: string | null;
  vastaanottajaOrganisaatioOid?: string | null;
  vastaanottajaYTunnus?: string | null;
  osiot: SuostumuksenOsio[];
  tutkinnonOsaModuleIds?: string[];
  tarkoitus: string;
  voimassaAlku: string;
  voimassaLoppu: string;
}

export async function createConsentRecord(db: Db, input: ConsentRecordInput): Promise<SuostumusRow> {
  const [row] = await db
    .insert(suostumus)
    .values({ ...input, tutkinnonOsaModuleIds: input.tutkinnonOsaModuleIds ?? [] })
    .returning();
  return row!;
}

/** Revokes a live consent of the student; a consent already revoked keeps its first revocation time. */
export async function revokeConsentRecord(db: Db, id: string, oppijaOid: string, at: Date): Promise<SuostumusRow | undefined> {
  const [row] = await db
    .update(suostumus)
    .set({ peruttu: at })
    .where(and(eq(suostumus.id, id), eq(suostumus.oppijaOid, oppijaOid), isNull(suostumus.peruttu)))
    .returning();
  return row;
}
