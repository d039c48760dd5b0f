/**
 * Procured training (hankintakoulutus): the study rights contained in a plan's master study
 * right, read from the persons contract view. Asked only for plans the caller sees whole (the
 * resolver decides), so it is keyed by the master study right's OID alone.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { studyRightFacts } from "../../../drizzle/schema/index.js";
import { oneOf } from "../../shared/disclosure/sql-lists.js";

export interface ContainedStudyRight {
  oid: string;
  masterOid: string;
  /** Whose study right it is, for the audit trail. */
  oppijaOid: string;
}

export async function studyRightsContainedIn(db: Db, masterOids: readonly string[]): Promise<ContainedStudyRight[]> {
  const rows = await db
    .select({ oid: studyRightFacts.oid, masterOid: sql<string>`${studyRightFacts.sisaltyyOpiskeluoikeuteenOid}`, oppijaOid: studyRightFacts.oppijaOid })
    .from(studyRightFacts)
    .where(oneOf(studyRightFacts.sisaltyyOpiskeluoikeuteenOid, [...masterOids]))
    .orderBy(studyRightFacts.oid);
  return rows;
}
