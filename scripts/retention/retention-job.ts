/**
 * One retention run: removes and erases what disclosure.md says may no longer be kept, records
 * each removal and erasure in the audit trail (as OPH's retention job, rule R9), all in one
 * transaction. Two runs at once cannot both work: the second finds the lock taken and stops.
 * A dry run does everything, counts it, and rolls back.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../../drizzle/db.js";
import type { AuditChange } from "../../drizzle/schema/index.js";
import { systemActor } from "../../subgraphs/shared/audit/audit-event.js";
import type { AuditLog } from "../../subgraphs/shared/audit/audit-log.js";
import { RequestAudit, type RecordWrite } from "../../subgraphs/shared/audit/request-audit.js";
import { log } from "../../subgraphs/shared/log.js";
import { auditRetentionStart, dropExpiredAuditMonths, ensureAuditPartitions, RETENTION_COMPONENT } from "../../subgraphs/shared/audit/audit-partitions.js";
import {
  eraseInstructorContacts,
  eraseStudentContacts,
  eraseTriggerInstructorContacts,
  removeConsentsOfPlans,
  removeExpiredPlans,
  type ErasedInstructorContact,
  type ErasedStudentContact,
  type ErasedTriggerContact,
} from "./retention.queries.js";

export interface RetentionCounts {
  plansRemoved: number;
  consentsRemoved: number;
  shareLinksRemoved: number;
  studentContactsErased: number;
  instructorContactsErased: number;
  /** Working-life feedback triggers whose instructor's e-mail and phone were erased. */
  feedbackTriggerContactsErased: number;
  /** Months of the audit trail dropped whole past AUDIT_RETENTION_MONTHS, and the entries in them. */
  auditMonthsDropped: number;
  auditEntriesDropped: number;
}

export type RetentionOutcome = { ran: true; dryRun: boolean; today: string; counts: RetentionCounts } | { ran: false; reason: string };


class DryRunRollback extends Error {}

/** Which contact fields were erased; the old values are not kept anywhere, that is the point. */
function erasedFields(prefix: string, erased: ErasedStudentContact | ErasedInstructorContact | ErasedTriggerContact): AuditChange[] {
  const changes: AuditChange[] = [];
  if (erased.hadEmail) changes.push({ path: `${prefix}sahkoposti`, newValue: null });
  if (erased.hadPhone) changes.push({ path: `${prefix}puhelinnumero`, newValue: null });
  return changes;
}

type PlanRetentionCounts = Omit<RetentionCounts, "auditMonthsDropped" | "auditEntriesDropped">;

async function retain(tx: Parameters<Parameters<Db["transaction"]>[0]>[0], record: RecordWrite, today: string): Promise<PlanRetentionCounts> {
  const removed = await removeExpiredPlans(tx, today);
  for (const plan of removed) {
    record({ operation: "delete", dataKind: "hoks", rule: "R9", oppijaOid: plan.oppijaOid, hoksId: plan.id, opiskeluoikeusOid: plan.opiskeluoikeusOid, changes: [{ path: "", newValue: null }] });
  }
  const consents = await removeConsentsOfPlans(tx, removed.map((plan) => plan.id));
  for (const row of consents) record({ operation: "delete", dataKind: row.kind, rule: "R9", oppijaOid: row.oppijaOid, hoksId: row.hoksId, changes: [{ path: "", newValue: null }] });
  const students = await eraseStudentContacts(tx, today);
  for (const erased of students) {
    record({ operation: "update", dataKind: "hoks", rule: "R9", oppijaOid: erased.oppijaOid, hoksId: erased.id, opiskeluoikeusOid: erased.opiskeluoikeusOid, changes: erasedFields("", erased) });
  }
  const instructors = await eraseInstructorContacts(tx, today);
  for (const erased of instructors) {
    const prefix = `osaamisen-hankkimistavat[module-id=${erased.moduleId}].tyopaikalla-jarjestettava-koulutus.vastuullinen-tyopaikka-ohjaaja.`;
    record({ operation: "update", dataKind: "hoks", rule: "R9", oppijaOid: erased.oppijaOid, hoksId: erased.hoksId, opiskeluoikeusOid: erased.opiskeluoikeusOid, changes: erasedFields(prefix, erased) });
  }
  const triggers = await eraseTriggerInstructorContacts(tx, today);
  for (const erased of triggers) {
    record({ operation: "update", dataKind: "palauteherate", rule: "R9", oppijaOid: erased.oppijaOid, hoksId: erased.hoksId, opiskeluoikeusOid: erased.opiskeluoikeusOid, changes: erasedFields(`palauteherate[${erased.id}].ohjaaja.`, erased) });
  }
  return {
    plansRemoved: removed.length,
    consentsRemoved: consents.filter((row) => row.kind === "suostumus").length,
    shareLinksRemoved: consents.filter((row) => row.kind === "jakolinkki").length,
    studentContactsErased: students.length,
    instructorContactsErased: instructors.length,
    feedbackTriggerContactsErased: triggers.length,
  };
}

export interface RetentionOptions {
  dryRun?: boolean;
  /** Months of audit trail kept (AUDIT_RETENTION_MONTHS); undefined keeps it all. */
  auditRetentionMonths?: number;
}

/** The audit trail's own retention, after the rest: a month at a time, outside the run's transaction (audit-partitions.ts). */
async function retainAuditTrail(db: Db, today: string, options: RetentionOptions): Promise<Pick<RetentionCounts, "auditMonthsDropped" | "auditEntriesDropped">> {
  await ensureAuditPartitions(db);
  if (!options.auditRetentionMonths) return { auditMonthsDropped: 0, auditEntriesDropped: 0 };
  const dropped = await dropExpiredAuditMonths(db, auditRetentionStart(today, options.auditRetentionMonths), "ehoks-retention", options.dryRun);
  return {
    auditMonthsDropped: dropped.partitions.length,
    auditEntriesDropped: dropped.partitions.reduce((sum, partition) => sum + partition.rows, 0) + dropped.defaultRows,
  };
}

export async function runRetention(db: Db, auditLog: AuditLog, today: string, options: RetentionOptions = {}): Promise<RetentionOutcome> {
  const audit = new RequestAudit(auditLog, "ehoks-retention", systemActor("retention"));
  let counts: PlanRetentionCounts | undefined;
  try {
    const locked = await audit.transaction(db, async (tx, record) => {
      const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtextextended('ehoks-retention', 0)) as locked`));
      if (!lock?.locked) return false;
      counts = await retain(tx, record, today);
      if (options.dryRun) throw new DryRunRollback();
      return true;
    });
    if (!locked) return { ran: false, reason: "another retention run holds the lock" };
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  const all: RetentionCounts = { ...counts!, ...(await retainAuditTrail(db, today, options)) };
  log.info({ component: RETENTION_COMPONENT, today, dryRun: Boolean(options.dryRun), ...all }, "retention run");
  return { ran: true, dryRun: Boolean(options.dryRun), today, counts: all };
}
