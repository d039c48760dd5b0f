/** Reads of organisations. Unscoped on purpose: organisations are public reference data. */
import { oneOf } from "../../shared/disclosure/sql-lists.js";
import type { Db } from "../../../drizzle/db.js";
import { organisaatio, type OrganisaatioRow } from "../../../drizzle/schema/index.js";

export function organisaatiotByOids(db: Db, oids: readonly string[]): Promise<OrganisaatioRow[]> {
  return db.select().from(organisaatio).where(oneOf(organisaatio.oid, oids));
}
