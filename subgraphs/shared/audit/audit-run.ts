/**
 * How entries become audit rows. Entries that follow each other and differ only in their target
 * (student, plan, study right) are one run, stored as one row whose targets are arrays
 * (migration 0016): the students of one list read under one rule. A run is numbered when it is
 * stored: its first entry takes the next OPH log sequence number and the others count on, so the
 * row and the entries it holds (audit.entry_target) give back the same numbers.
 *
 * Reads build their runs directly (request-audit.ts), without an object per entry; writes and
 * tests hand over entries, grouped here.
 */
import type { NewAuditEntry } from "../../../drizzle/schema/index.js";

/** What a row's entries share: everything but their target and sequence number. */
export type RunColumns = Omit<NewAuditEntry, "logSeq" | "oppijaOid" | "hoksId" | "opiskeluoikeusOid">;
export type UnsequencedEntry = Omit<NewAuditEntry, "logSeq">;

export interface AuditRun {
  columns: RunColumns;
  oppijaOids: string[];
  hoksIds: (number | null)[];
  opiskeluoikeusOids: (string | null)[];
}

/** A run as stored: its first entry's sequence number. */
export interface AuditRow extends AuditRun {
  logSeq: number;
}

export const emptyRun = (columns: RunColumns): AuditRun => ({ columns, oppijaOids: [], hoksIds: [], opiskeluoikeusOids: [] });

export function addTarget(run: AuditRun, oppijaOid: string, hoksId: number | null | undefined, opiskeluoikeusOid: string | null | undefined): void {
  run.oppijaOids.push(oppijaOid);
  run.hoksIds.push(hoksId ?? null);
  run.opiskeluoikeusOids.push(opiskeluoikeusOid ?? null);
}

const SHARED_FIELDS = ["hostname", "serviceName", "operation", "outcome", "dataKind", "rule", "actorOid", "actorRole", "ipAddress", "session", "userAgent", "requestId", "callerId"] as const;

const sameOrganisations = (a: string[] | undefined, b: string[] | undefined) => a === b || (a ?? []).join(" ") === (b ?? []).join(" ");

/** Whether two entries may share a row: neither has changes (a write's entry is a row of its own), and the rest is equal. */
function mayShareRow(a: UnsequencedEntry, b: UnsequencedEntry): boolean {
  return (
    a.changes == null &&
    b.changes == null &&
    a.occurredAt.getTime() === b.occurredAt.getTime() &&
    a.bootTime.getTime() === b.bootTime.getTime() &&
    SHARED_FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null)) &&
    sameOrganisations(a.actorOrganisations, b.actorOrganisations)
  );
}

/** Consecutive entries that may share a row, as runs, in order. */
export function runsOf(entries: readonly UnsequencedEntry[]): AuditRun[] {
  const runs: AuditRun[] = [];
  let previous: UnsequencedEntry | undefined;
  for (const entry of entries) {
    if (!previous || !mayShareRow(previous, entry)) {
      const { oppijaOid: _oppija, hoksId: _hoks, opiskeluoikeusOid: _right, ...columns } = entry;
      runs.push(emptyRun(columns));
    }
    addTarget(runs.at(-1)!, entry.oppijaOid, entry.hoksId, entry.opiskeluoikeusOid);
    previous = entry;
  }
  return runs;
}

/** The entries a row holds, in order, each with its own sequence number. */
export function entriesOf(row: AuditRow): NewAuditEntry[] {
  return row.oppijaOids.map((oppijaOid, i) => ({
    ...row.columns,
    logSeq: row.logSeq + i,
    oppijaOid,
    hoksId: row.hoksIds[i] ?? null,
    opiskeluoikeusOid: row.opiskeluoikeusOids[i] ?? null,
  }));
}
