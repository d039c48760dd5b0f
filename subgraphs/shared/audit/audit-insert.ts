/**
 * Stores audit entries with one statement whatever their number. Entries that follow each other
 * and differ only in their student (the students of one list read under one rule, numbered on by
 * the process's log sequence) share a row, their students in its arrays (drizzle/schema/audit.ts).
 *
 * Each column travels as one array parameter and `unnest` turns the arrays back into rows: twenty
 * arrays cost next to nothing, and the statement text never changes, so its plan is prepared
 * once. A row's own arrays of students travel as JSON text, one per row (PostgreSQL arrays of
 * arrays must be rectangular). Instants travel as ISO text: drizzle's driver setup passes
 * timestamp arrays through unconverted.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import type { NewAuditEntry } from "../../../drizzle/schema/index.js";

type Executor = Pick<Db, "execute">;

/** A row as stored: its first entry's columns, and every entry's student, plan and study right. */
interface AuditRow {
  first: NewAuditEntry;
  oppijaOids: string[];
  hoksIds: (number | null)[];
  opiskeluoikeusOids: (string | null)[];
}

const text = (value: string | null | undefined) => value ?? null;
const instant = (value: Date | undefined) => (value ? value.toISOString() : null);

const SHARED_FIELDS = ["hostname", "serviceName", "operation", "outcome", "dataKind", "rule", "actorOid", "actorRole", "ipAddress", "session", "userAgent", "requestId", "callerId"] as const;

const sameOrganisations = (a: string[] | undefined, b: string[] | undefined) => a === b || (a ?? []).join(" ") === (b ?? []).join(" ");

/** Whether two entries agree in everything but their student, plan, study right and sequence number. */
function sameColumns(a: NewAuditEntry, b: NewAuditEntry): boolean {
  return (
    a.occurredAt.getTime() === b.occurredAt.getTime() &&
    a.bootTime.getTime() === b.bootTime.getTime() &&
    SHARED_FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null)) &&
    sameOrganisations(a.actorOrganisations, b.actorOrganisations)
  );
}

/**
 * Consecutive entries with the same columns and consecutive sequence numbers share a row; an
 * entry with changes (a write) has a row of its own. Expanded again (audit.entry_target), the rows
 * give back the entries in their order.
 */
export function auditRowsOf(entries: NewAuditEntry[]): AuditRow[] {
  const rows: AuditRow[] = [];
  let previous: NewAuditEntry | undefined;
  for (const entry of entries) {
    const row = rows.at(-1);
    const joins = row && previous && entry.changes == null && previous.changes == null && entry.logSeq === previous.logSeq + 1 && sameColumns(previous, entry);
    if (joins) {
      row.oppijaOids.push(entry.oppijaOid);
      row.hoksIds.push(entry.hoksId ?? null);
      row.opiskeluoikeusOids.push(entry.opiskeluoikeusOid ?? null);
    } else {
      rows.push({ first: entry, oppijaOids: [entry.oppijaOid], hoksIds: [entry.hoksId ?? null], opiskeluoikeusOids: [entry.opiskeluoikeusOid ?? null] });
    }
    previous = entry;
  }
  return rows;
}

/** A JSON array parameter as a PostgreSQL array of `type`, in order. */
const fromJson = (column: string, type: "text" | "integer") =>
  sql.raw(`array(select value::${type} from jsonb_array_elements_text(${column}::jsonb) with ordinality as element(value, position) order by position)`);

export async function insertAuditRows(executor: Executor, entries: NewAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = auditRowsOf(entries);
  const column = <T>(pick: (entry: NewAuditEntry) => T) => sql.param(rows.map((row) => pick(row.first)));
  const targets = <T>(pick: (row: AuditRow) => T[]) => sql.param(rows.map((row) => JSON.stringify(pick(row))));
  await executor.execute(sql`insert into audit.entry (occurred_at, log_seq, boot_time, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, actor_organisations, ip_address, session, user_agent, request_id, caller_id, oppija_oids, hoks_ids, opiskeluoikeus_oids, changes)
    select occurred_at::timestamptz, log_seq, boot_time::timestamptz, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, string_to_array(actor_organisations, ' '), ip_address, session, user_agent, request_id, caller_id,
      ${fromJson("oppija_oids", "text")}, ${fromJson("hoks_ids", "integer")}, ${fromJson("opiskeluoikeus_oids", "text")}, changes::jsonb
    from unnest(
      ${column((r) => instant(r.occurredAt))}::text[], ${column((r) => r.logSeq)}::bigint[], ${column((r) => instant(r.bootTime))}::text[],
      ${column((r) => r.hostname)}::text[], ${column((r) => r.serviceName)}::text[], ${column((r) => r.operation)}::text[], ${column((r) => r.outcome ?? "success")}::text[], ${column((r) => r.dataKind)}::text[],
      ${column((r) => r.rule)}::text[], ${column((r) => r.actorOid)}::text[], ${column((r) => r.actorRole)}::text[],
      ${column((r) => (r.actorOrganisations ?? []).join(" "))}::text[], ${column((r) => text(r.ipAddress))}::text[], ${column((r) => text(r.session))}::text[],
      ${column((r) => text(r.userAgent))}::text[], ${column((r) => text(r.requestId))}::text[], ${column((r) => text(r.callerId))}::text[],
      ${targets((r) => r.oppijaOids)}::text[], ${targets((r) => r.hoksIds)}::text[], ${targets((r) => r.opiskeluoikeusOids)}::text[],
      ${column((r) => (r.changes == null ? null : JSON.stringify(r.changes)))}::text[]
    ) as rows(occurred_at, log_seq, boot_time, hostname, service_name, operation, outcome, data_kind, rule,
      actor_oid, actor_role, actor_organisations, ip_address, session, user_agent, request_id, caller_id, oppija_oids, hoks_ids, opiskeluoikeus_oids, changes)`);
}
