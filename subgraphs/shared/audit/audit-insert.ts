/**
 * Stores audit rows (audit-run.ts) with one statement whatever their number.
 *
 * Each column travels as one array parameter and `unnest` turns the arrays back into rows: twenty
 * arrays cost next to nothing, and the statement text never changes, so its plan is prepared
 * once. The rows' targets travel as three flat arrays, all rows' targets one after another, and
 * each row takes its slice (PostgreSQL arrays of arrays must be rectangular; slicing a parameter
 * costs PostgreSQL less than parsing a JSON array per row). Instants travel as ISO text:
 * drizzle's driver setup passes timestamp arrays through unconverted.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import type { AuditRow, RunColumns } from "./audit-run.js";

type Executor = Pick<Db, "execute">;

const text = (value: string | null | undefined) => value ?? null;
const instant = (value: Date | undefined) => (value ? value.toISOString() : null);

export async function insertAuditRows(executor: Executor, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (columns: RunColumns) => T) => sql.param(rows.map((row) => pick(row.columns)));
  const firstTargets: number[] = [];
  let targets = 0;
  for (const row of rows) {
    firstTargets.push(targets + 1);
    targets += row.oppijaOids.length;
  }
  const flat = <T>(pick: (row: AuditRow) => T[]) => sql.param(rows.length === 1 ? pick(rows[0]!) : rows.flatMap(pick));
  await executor.execute(sql`insert into audit.entry (occurred_at, log_seq, boot_time, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, actor_organisations, ip_address, session, user_agent, request_id, caller_id, oppija_oids, hoks_ids, opiskeluoikeus_oids, changes)
    select occurred_at::timestamptz, log_seq, boot_time::timestamptz, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, string_to_array(actor_organisations, ' '), ip_address, session, user_agent, request_id, caller_id,
      targets.oppija_oids[first_target : first_target + target_count - 1], targets.hoks_ids[first_target : first_target + target_count - 1],
      targets.opiskeluoikeus_oids[first_target : first_target + target_count - 1], changes::jsonb
    from (select ${flat((r) => r.oppijaOids)}::text[] as oppija_oids, ${flat((r) => r.hoksIds)}::integer[] as hoks_ids,
      ${flat((r) => r.opiskeluoikeusOids)}::text[] as opiskeluoikeus_oids) as targets,
    unnest(
      ${column((r) => instant(r.occurredAt))}::text[], ${sql.param(rows.map((row) => row.logSeq))}::bigint[], ${column((r) => instant(r.bootTime))}::text[],
      ${column((r) => r.hostname)}::text[], ${column((r) => r.serviceName)}::text[], ${column((r) => r.operation)}::text[], ${column((r) => r.outcome ?? "success")}::text[], ${column((r) => r.dataKind)}::text[],
      ${column((r) => r.rule)}::text[], ${column((r) => r.actorOid)}::text[], ${column((r) => r.actorRole)}::text[],
      ${column((r) => (r.actorOrganisations ?? []).join(" "))}::text[], ${column((r) => text(r.ipAddress))}::text[], ${column((r) => text(r.session))}::text[],
      ${column((r) => text(r.userAgent))}::text[], ${column((r) => text(r.requestId))}::text[], ${column((r) => text(r.callerId))}::text[],
      ${sql.param(firstTargets)}::integer[], ${sql.param(rows.map((row) => row.oppijaOids.length))}::integer[],
      ${column((r) => (r.changes == null ? null : JSON.stringify(r.changes)))}::text[]
    ) as rows(occurred_at, log_seq, boot_time, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, actor_organisations, ip_address, session, user_agent, request_id, caller_id, first_target, target_count, changes)`);
}
