/**
 * Stores audit rows (audit-run.ts) with one statement whatever their number.
 *
 * Each column travels as one array parameter and `unnest` turns the arrays back into rows: twenty
 * arrays cost next to nothing, and the statement text never changes, so it is built once
 * (fixed-text-statement.ts) and its plan prepared once. The rows' targets travel as three flat
 * arrays, all rows' targets one after another, and each row takes its slice (PostgreSQL arrays
 * of arrays must be rectangular; slicing a parameter costs PostgreSQL less than parsing a JSON
 * array per row). Instants travel as ISO text: drizzle's driver setup passes timestamp arrays
 * through unconverted.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { fixedTextStatement } from "../../../drizzle/fixed-text-statement.js";
import type { AuditRow, RunColumns } from "./audit-run.js";

type Executor = Pick<Db, "execute">;

const text = (value: string | null | undefined) => value ?? null;
const instant = (value: Date | undefined) => (value ? value.toISOString() : null);

/** Each column's array: what it is called in the statement, and its value in a row. */
const COLUMNS = {
  occurred_at: (c: RunColumns) => instant(c.occurredAt),
  boot_time: (c: RunColumns) => instant(c.bootTime),
  hostname: (c: RunColumns) => c.hostname,
  service_name: (c: RunColumns) => c.serviceName,
  operation: (c: RunColumns) => c.operation,
  outcome: (c: RunColumns) => c.outcome ?? "success",
  data_kind: (c: RunColumns) => c.dataKind,
  rule: (c: RunColumns) => c.rule,
  actor_oid: (c: RunColumns) => c.actorOid,
  actor_role: (c: RunColumns) => c.actorRole,
  actor_organisations: (c: RunColumns) => (c.actorOrganisations ?? []).join(" "),
  ip_address: (c: RunColumns) => text(c.ipAddress),
  session: (c: RunColumns) => text(c.session),
  user_agent: (c: RunColumns) => text(c.userAgent),
  request_id: (c: RunColumns) => text(c.requestId),
  caller_id: (c: RunColumns) => text(c.callerId),
  changes: (c: RunColumns) => (c.changes == null ? null : JSON.stringify(c.changes)),
};
type ColumnName = keyof typeof COLUMNS;
type Value = ColumnName | "log_seq" | "first_target" | "target_count" | "oppija_oids" | "hoks_ids" | "opiskeluoikeus_oids";

const $ = (name: Value) => sql.placeholder(name);

const INSERT = fixedTextStatement<Value>(sql`insert into audit.entry (occurred_at, log_seq, boot_time, hostname, service_name, operation, outcome, data_kind, rule,
    actor_oid, actor_role, actor_organisations, ip_address, session, user_agent, request_id, caller_id, oppija_oids, hoks_ids, opiskeluoikeus_oids, changes)
  select occurred_at::timestamptz, log_seq, boot_time::timestamptz, hostname, service_name, operation, outcome, data_kind, rule,
    actor_oid, actor_role, string_to_array(actor_organisations, ' '), ip_address, session, user_agent, request_id, caller_id,
    targets.oppija_oids[first_target : first_target + target_count - 1], targets.hoks_ids[first_target : first_target + target_count - 1],
    targets.opiskeluoikeus_oids[first_target : first_target + target_count - 1], changes::jsonb
  from (select ${$("oppija_oids")}::text[] as oppija_oids, ${$("hoks_ids")}::integer[] as hoks_ids, ${$("opiskeluoikeus_oids")}::text[] as opiskeluoikeus_oids) as targets,
  unnest(
    ${$("occurred_at")}::text[], ${$("log_seq")}::bigint[], ${$("boot_time")}::text[], ${$("hostname")}::text[], ${$("service_name")}::text[],
    ${$("operation")}::text[], ${$("outcome")}::text[], ${$("data_kind")}::text[], ${$("rule")}::text[], ${$("actor_oid")}::text[], ${$("actor_role")}::text[],
    ${$("actor_organisations")}::text[], ${$("ip_address")}::text[], ${$("session")}::text[], ${$("user_agent")}::text[], ${$("request_id")}::text[],
    ${$("caller_id")}::text[], ${$("first_target")}::integer[], ${$("target_count")}::integer[], ${$("changes")}::text[]
  ) as rows(occurred_at, log_seq, boot_time, hostname, service_name, operation, outcome, data_kind, rule,
    actor_oid, actor_role, actor_organisations, ip_address, session, user_agent, request_id, caller_id, first_target, target_count, changes)`);

export async function insertAuditRows(executor: Executor, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = {} as Record<Value, unknown>;
  for (const name of Object.keys(COLUMNS) as ColumnName[]) values[name] = rows.map((row) => COLUMNS[name](row.columns));
  values.log_seq = rows.map((row) => row.logSeq);
  const firstTargets: number[] = [];
  let targets = 0;
  for (const row of rows) {
    firstTargets.push(targets + 1);
    targets += row.oppijaOids.length;
  }
  values.first_target = firstTargets;
  values.target_count = rows.map((row) => row.oppijaOids.length);
  const flat = <T>(pick: (row: AuditRow) => T[]) => (rows.length === 1 ? pick(rows[0]!) : rows.flatMap(pick));
  values.oppija_oids = flat((row) => row.oppijaOids);
  values.hoks_ids = flat((row) => row.hoksIds);
  values.opiskeluoikeus_oids = flat((row) => row.opiskeluoikeusOids);
  await executor.execute(INSERT.with(values));
}
