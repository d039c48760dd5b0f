/**
 * Stores audit rows with one statement whatever their number: each column travels as one array
 * parameter and `unnest` turns the arrays back into rows. Building a multi-row VALUES list cost
 * more CPU than the reads it recorded (one parameter per value); twenty arrays cost next to
 * nothing, and the statement text never changes, so its plan is prepared once. Instants travel
 * as ISO text: drizzle's driver setup passes timestamp arrays through unconverted.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import type { NewAuditEntry } from "../../../drizzle/schema/index.js";

type Executor = Pick<Db, "execute">;

const text = (value: string | null | undefined) => value ?? null;
const instant = (value: Date | undefined) => (value ? value.toISOString() : null);

export async function insertAuditRows(executor: Executor, rows: NewAuditEntry[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: NewAuditEntry) => T) => sql.param(rows.map(pick));
  await executor.execute(sql`insert into audit.entry (occurred_at, log_seq, boot_time, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, actor_organisations, ip_address, session, user_agent, request_id, caller_id, oppija_oid, hoks_id, opiskeluoikeus_oid, changes)
    select occurred_at::timestamptz, log_seq, boot_time::timestamptz, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, string_to_array(actor_organisations, ' '), ip_address, session, user_agent, request_id, caller_id, oppija_oid, hoks_id, opiskeluoikeus_oid, changes::jsonb
    from unnest(
      ${column((r) => instant(r.occurredAt))}::text[], ${column((r) => r.logSeq)}::bigint[], ${column((r) => instant(r.bootTime))}::text[],
      ${column((r) => r.hostname)}::text[], ${column((r) => r.serviceName)}::text[], ${column((r) => r.operation)}::text[], ${column((r) => r.outcome ?? "success")}::text[], ${column((r) => r.dataKind)}::text[],
      ${column((r) => r.rule)}::text[], ${column((r) => r.actorOid)}::text[], ${column((r) => r.actorRole)}::text[],
      ${column((r) => (r.actorOrganisations ?? []).join(" "))}::text[], ${column((r) => text(r.ipAddress))}::text[], ${column((r) => text(r.session))}::text[],
      ${column((r) => text(r.userAgent))}::text[], ${column((r) => text(r.requestId))}::text[], ${column((r) => text(r.callerId))}::text[], ${column((r) => r.oppijaOid)}::text[],
      ${column((r) => r.hoksId ?? null)}::int[], ${column((r) => text(r.opiskeluoikeusOid))}::text[],
      ${column((r) => (r.changes == null ? null : JSON.stringify(r.changes)))}::text[]
    ) as rows(occurred_at, log_seq, boot_time, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, actor_organisations, ip_address, session, user_agent, request_id, caller_id, oppija_oid, hoks_id, opiskeluoikeus_oid, changes)`);
}
