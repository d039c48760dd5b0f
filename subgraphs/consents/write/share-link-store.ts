/**
 * Storing share links. The secret token is made here and returned once; only its hash is kept,
 * so a leaked table does not leak working links.
 */
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { jakolinkki, type JakolinkinKohde, type JakolinkkiRow } from "../../../drizzle/schema/index.js";
import { hashShareLinkToken } from "../../shared/auth/share-link-header.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ShareLinkRecordInput {
  oppijaOid: string;
  hoksId: number;
  tutkinnonOsaModuleId: string;
  kohdeTyyppi: JakolinkinKohde;
  kohdeModuleId: string;
  voimassaAlku: string;
  voimassaLoppu: string;
}

export async function createShareLinkRecord(db: Db, input: ShareLinkRecordInput): Promise<{ row: JakolinkkiRow; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const [row] = await db
    .insert(jakolinkki)
    .values({ ...input, tokenHash: hashShareLinkToken(token) })
    .returning();
  return { row: row!, token };
}

/** Deletes a link of the student; answers the deleted row, or undefined when there is no such link of theirs. */
export async function deleteShareLinkRecord(db: Db, id: string, oppijaOid: string): Promise<JakolinkkiRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [deleted] = await db
    .delete(jakolinkki)
    .where(and(eq(jakolinkki.id, id), eq(jakolinkki.oppijaOid, oppijaOid)))
    .returning();
  return deleted;
}
