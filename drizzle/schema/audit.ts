/**
 * The audit trail (Postgres schema `audit`): one entry per use or disclosure of a student's data,
 * in the shape of the OPH audit log (security-and-performance.md). Every subgraph appends here;
 * nothing ever updates a row.
 *
 * An entry is one student (with the plan and study right concerned); a row holds a run of entries
 * that differ in nothing else, recorded together: the students of one list a request read under
 * one rule, or a single write. An official's page of 50 students is one row, not 50, which is
 * what the read path paid for (issue 17). `audit.entry_target` shows the rows as entries again,
 * one per student, numbered by `item` within their row; the readers filter on its `targets`
 * (the row's students, GIN-indexed) to find a student's rows.
 */
import { sql } from "drizzle-orm";
import { bigint, bigserial, index, integer, jsonb, pgSchema, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

export const auditSchema = pgSchema("audit");

export const AUDIT_OPERATIONS = ["read", "create", "update", "overwrite", "delete"] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/**
 * Whether the operation happened. A refused write attempt (no right to write where the document
 * points) is recorded too, for security monitoring, but it used no one's data.
 */
export const AUDIT_OUTCOMES = ["success", "refused"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** What kind of the student's data an event touched. */
export const AUDIT_DATA_KINDS = ["hoks", "henkilo", "opiskeluoikeus", "suostumus", "jakolinkki", "kayttoloki", "palauteherate"] as const;
export type AuditDataKind = (typeof AUDIT_DATA_KINDS)[number];

export interface AuditChange {
  path: string;
  oldValue?: unknown;
  newValue?: unknown;
}

const entryColumns = {
  /** When the data was read or written (for batched reads: when read, not when stored). */
  occurredAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  /** The OPH log's per-process sequence, with the process's boot time and host (a row's first entry's; the next ones follow it). */
  logSeq: bigint({ mode: "number" }).notNull(),
  bootTime: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
  hostname: text().notNull(),
  serviceName: text().notNull(),
  operation: text().$type<AuditOperation>().notNull(),
  outcome: text().$type<AuditOutcome>().notNull().default("success"),
  dataKind: text().$type<AuditDataKind>().notNull(),
  /** The rule of disclosure.md that granted the access (R1–R9). */
  rule: text().notNull(),
  actorOid: text().notNull(),
  actorRole: text().notNull(),
  actorOrganisations: text().array().notNull().default(sql`'{}'::text[]`),
  ipAddress: text(),
  /** A digest of the caller's token: which session, without the token itself. */
  session: text(),
  userAgent: text(),
  requestId: text(),
  /** The calling system as it names itself (OPH's `Caller-Id` header): told, never trusted for access. */
  callerId: text(),
  changes: jsonb().$type<AuditChange[]>(),
};

export const auditEntry = auditSchema.table(
  "entry",
  {
    /** With `occurredAt`, the key: the table is partitioned by month of `occurredAt` (migration 0015). */
    id: bigserial({ mode: "number" }).notNull(),
    ...entryColumns,
    /**
     * The row's entries' students, in order; `hoksIds` and `opiskeluoikeusOids` beside them (null
     * where none). Collation "C" (migration 0018, which drizzle cannot declare): the index compares
     * them byte by byte.
     */
    oppijaOids: text().array().notNull(),
    hoksIds: integer().array().notNull(),
    opiskeluoikeusOids: text().array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.occurredAt] }),
    // The student's log and OPH's search by student find a student's rows by their students.
    index("entry_oppija_oids_idx").using("gin", t.oppijaOids),
    index("entry_actor_idx").on(t.actorOid, t.occurredAt.desc(), t.id.desc()),
    index("entry_occurred_idx").on(t.occurredAt.desc(), t.id.desc()),
  ],
);

/** The audit trail as entries, one per student (migration 0016): what the readers and the OPH log show. */
export const auditTarget = auditSchema
  .view("entry_target", {
    id: bigint({ mode: "number" }).notNull(),
    /** The entry's place in its row, from 1. */
    item: integer().notNull(),
    ...entryColumns,
    oppijaOid: text().notNull(),
    hoksId: integer(),
    opiskeluoikeusOid: text(),
    /** The row's students: filter on `targets @> array[oid]` beside `oppijaOid = oid`, for the index. */
    targets: text().array().notNull(),
  })
  .existing();

/** One entry as read. */
export type AuditEntryRow = typeof auditTarget.$inferSelect;

/** One entry as recorded: a student, what was done with their data, by whom, under which rule. */
export type NewAuditEntry = Omit<AuditEntryRow, "id" | "item" | "targets" | "outcome" | "actorOrganisations" | "ipAddress" | "session" | "userAgent" | "requestId" | "callerId" | "hoksId" | "opiskeluoikeusOid" | "changes"> &
  Partial<Pick<AuditEntryRow, "outcome" | "actorOrganisations" | "ipAddress" | "session" | "userAgent" | "requestId" | "callerId" | "hoksId" | "opiskeluoikeusOid" | "changes">>;

/** What retention dropped of the audit trail: each month's partition whole, with its rows' count. */
export const auditDroppedPartition = auditSchema.table("dropped_partition", {
  partitionName: text().primaryKey(),
  rangeFrom: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  rangeTo: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  rowCount: bigint({ mode: "number" }).notNull(),
  droppedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  droppedBy: text().notNull(),
});
