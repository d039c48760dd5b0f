/**
 * The audit trail (Postgres schema `audit`): one row per use or disclosure of a student's data,
 * in the shape of the OPH audit log (security-and-performance.md). Every subgraph appends here;
 * nothing ever updates a row. The columns the access-log queries filter on are their own columns;
 * the rest of the OPH event travels as it is written to the JSON-lines file.
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

export const auditEntry = auditSchema.table(
  "entry",
  {
    /** With `occurredAt`, the key: the table is partitioned by month of `occurredAt` (migration 0015). */
    id: bigserial({ mode: "number" }).notNull(),
    /** When the data was read or written (for batched reads: when read, not when stored). */
    occurredAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
    /** The OPH log's per-process sequence, with the process's boot time and host. */
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
    oppijaOid: text().notNull(),
    hoksId: integer(),
    opiskeluoikeusOid: text(),
    changes: jsonb().$type<AuditChange[]>(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.occurredAt] }),
    // The student's log and OPH's search by student read newest first.
    index("entry_oppija_idx").on(t.oppijaOid, t.occurredAt.desc(), t.id.desc()),
    index("entry_actor_idx").on(t.actorOid, t.occurredAt.desc(), t.id.desc()),
    index("entry_occurred_idx").on(t.occurredAt.desc(), t.id.desc()),
  ],
);

export type AuditEntryRow = typeof auditEntry.$inferSelect;
export type NewAuditEntry = typeof auditEntry.$inferInsert;

/** What retention dropped of the audit trail: each month's partition whole, with its rows' count. */
export const auditDroppedPartition = auditSchema.table("dropped_partition", {
  partitionName: text().primaryKey(),
  rangeFrom: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  rangeTo: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  rowCount: bigint({ mode: "number" }).notNull(),
  droppedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  droppedBy: text().notNull(),
});
