/**
 * Reading the audit trail, newest first, a page at a time: the student's own log (who else read
 * or changed their data) and OPH's search. One statement a page, on the indexes of audit.entry.
 */
import { and, desc, eq, gte, lt, lte, ne, or, type SQL } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { auditEntry, type AuditEntryRow } from "../../../drizzle/schema/index.js";
import type { LogPosition } from "./cursor.js";

export interface LogPage {
  entries: AuditEntryRow[];
  /** The position after which the next page starts; absent on the last page. */
  next?: LogPosition;
}

export interface LogFilter {
  oppijaOid?: string | null;
  actorOid?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Entries before the cursor. The planner prunes by it: a later page reads no month after the
 * cursor's (audit.entry is partitioned by month), and newest first it reads the months in order.
 */
function before(position: LogPosition | undefined): SQL | undefined {
  if (!position) return undefined;
  return or(lt(auditEntry.occurredAt, position.occurredAt), and(eq(auditEntry.occurredAt, position.occurredAt), lt(auditEntry.id, position.id)));
}

/** A page's statement (newest first, one row more than the page to know whether another follows). */
function pageQuery(db: Db, conditions: (SQL | undefined)[], size: number, after: LogPosition | undefined) {
  return db
    .select()
    .from(auditEntry)
    .where(and(...conditions, before(after)))
    .orderBy(desc(auditEntry.occurredAt), desc(auditEntry.id))
    .limit(size + 1);
}

async function page(db: Db, conditions: (SQL | undefined)[], size: number, after: LogPosition | undefined): Promise<LogPage> {
  const rows = await pageQuery(db, conditions, size, after);
  const entries = rows.slice(0, size);
  const last = entries.at(-1);
  return { entries, next: rows.length > size && last ? { occurredAt: last.occurredAt, id: last.id } : undefined };
}

/**
 * What others did with the student's data: the student's own actions are theirs to know already,
 * and a refused attempt used nothing of theirs (OPH's search shows those).
 */
const studentLogConditions = (oppijaOid: string) => [eq(auditEntry.oppijaOid, oppijaOid), ne(auditEntry.actorOid, oppijaOid), eq(auditEntry.outcome, "success")];

/** The student's log, a page at a time. */
export function studentLogPage(db: Db, oppijaOid: string, size: number, after?: LogPosition): Promise<LogPage> {
  return page(db, studentLogConditions(oppijaOid), size, after);
}

/** The student's log page statement itself, for EXPLAIN (test/audit-partitions.test.ts). */
export const studentLogPageQuery = (db: Db, oppijaOid: string, size: number, after?: LogPosition) => pageQuery(db, studentLogConditions(oppijaOid), size, after);

function auditLogConditions(filter: LogFilter): (SQL | undefined)[] {
  return [
    filter.oppijaOid ? eq(auditEntry.oppijaOid, filter.oppijaOid) : undefined,
    filter.actorOid ? eq(auditEntry.actorOid, filter.actorOid) : undefined,
    filter.from ? gte(auditEntry.occurredAt, filter.from) : undefined,
    filter.to ? lte(auditEntry.occurredAt, filter.to) : undefined,
  ];
}

/** OPH's search, a page at a time. */
export function auditLogPage(db: Db, filter: LogFilter, size: number, after?: LogPosition): Promise<LogPage> {
  return page(db, auditLogConditions(filter), size, after);
}

/** OPH's search page statement itself, for EXPLAIN (test/audit-partitions.test.ts). */
export const auditLogPageQuery = (db: Db, filter: LogFilter, size: number, after?: LogPosition) => pageQuery(db, auditLogConditions(filter), size, after);
