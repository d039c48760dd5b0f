/**
 * R6 from the recipient's side: the consents naming the caller (by person OID, organisation OID
 * or Y-tunnus) that are valid today, oldest first, a page at a time. The test of "valid and naming
 * the caller" is the very one the plan and person scopes open plans with (validConsentFor), so the
 * list shows exactly the consents that disclose something to this caller today.
 */
import { and, getTableColumns, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../drizzle/db.js";
import { suostumus, type SuostumusRow } from "../../../drizzle/schema/index.js";
import { shapedStatement } from "../../../drizzle/shaped-statement.js";
import type { Principal } from "../../shared/auth/principal.js";
import { callerPlaceholders, callerShape, callerValues, type CallerShape } from "../../shared/disclosure/caller-terms.js";
import { validConsentFor } from "../../shared/disclosure/consent.js";
import { withGrant, type Granted } from "../../shared/grant.js";

/** Where a page starts: after this consent, by creation time (to the microsecond, as text) and id. */
export interface ConsentPosition {
  createdAt: string;
  id: string;
}

export type RecipientConsentRow = Granted<SuostumusRow> & { position: ConsentPosition };

// validConsentFor speaks of the alias `k`.
const k = alias(suostumus, "k");
const createdAtText = sql<string>`to_char(${k.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

const consentsNamingCaller = shapedStatement("consents_naming_caller", (db, caller: CallerShape) =>
  db
    .select({ ...getTableColumns(k), createdAtText: createdAtText.as("created_at_text") })
    .from(k)
    .where(
      and(
        validConsentFor(callerPlaceholders(caller)),
        sql`(${sql.placeholder("after_id")}::uuid is null
          or (${k.createdAt} at time zone 'UTC', ${k.id}) > (${sql.placeholder("after_created_at")}::timestamp, ${sql.placeholder("after_id")}::uuid))`,
      ),
    )
    .orderBy(k.createdAt, k.id)
    .limit(sql.placeholder("limit")),
);

export async function consentsNamingRecipient(db: Db, principal: Principal, today: string, limit: number, after?: ConsentPosition): Promise<RecipientConsentRow[]> {
  const rows = await consentsNamingCaller(db, callerShape(principal), {
    ...callerValues(principal, today),
    after_id: after?.id ?? null,
    after_created_at: after?.createdAt ?? null,
    limit,
  });
  return rows.map(({ createdAtText: createdAt, ...row }) => Object.assign(withGrant(row as SuostumusRow, "R6"), { position: { createdAt, id: row.id } }));
}
