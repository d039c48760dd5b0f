/**
 * One request's view of the audit trail: records what the scoped data functions disclosed (one
 * event per target and rule per request, however often a loader returns it) and refused write
 * attempts, both stored before the request answers (`settled`), and runs writes in a transaction
 * that commits their audit rows with them.
 */
import type { Db } from "../../../drizzle/db.js";
import { CommitDeadlinePassed, knownOutcomeTransaction } from "../../../drizzle/known-outcome-transaction.js";
import { writeTimedOut } from "../errors.js";
import type { AuditDataKind } from "../../../drizzle/schema/index.js";
import { grantOf } from "../grant.js";
import { auditRuleOf, type AuditActor, type AuditEvent, type AuditRule } from "./audit-event.js";
import { addTarget, emptyRun, type AuditRun } from "./audit-run.js";
import type { AuditLog, AuditTx } from "./audit-log.js";

export type RecordWrite = (event: AuditEvent) => void;

export class RequestAudit {
  private readonly seen = new Set<string>();
  private readonly storing: Promise<void>[] = [];

  constructor(
    private readonly log: AuditLog,
    readonly serviceName: string,
    readonly actor: AuditActor,
    /** When set, a write still running at this epoch millisecond is rolled back instead of committed. */
    private readonly commitBy?: number,
  ) {}

  /** Hands events to the process's audit log at once; `settled` waits for them. */
  private record(events: readonly AuditEvent[]): void {
    if (events.length === 0) return;
    // Read together, at one moment: one instant for all, so that a list's entries can share a row (audit-run.ts).
    const now = new Date();
    this.pending(this.log.store(events.map((event) => this.log.entry(this.serviceName, this.actor, event, now))));
  }

  private pending(stored: Promise<void>): void {
    // Observed here so that a failure never goes unhandled; `settled` still sees it.
    stored.catch(() => {});
    this.storing.push(stored);
  }

  /** Whether this request has recorded this read already (a loader may return a row more than once). */
  private seenBefore(dataKind: AuditDataKind, rule: AuditRule, oppijaOid: string, hoksId: number | null | undefined, opiskeluoikeusOid: string | null | undefined): boolean {
    const key = `${dataKind}|${oppijaOid}|${hoksId ?? ""}|${opiskeluoikeusOid ?? ""}|${rule}`;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }

  /** Records reads of a student's data. */
  read(events: readonly AuditEvent[]): void {
    this.record(events.filter((event) => !this.seenBefore(event.dataKind, event.rule, event.oppijaOid, event.hoksId, event.opiskeluoikeusOid)));
  }

  /** Records a write attempt that was refused before anything was read or changed. */
  refused(event: AuditEvent): void {
    this.record([{ ...event, outcome: "refused" }]);
  }

  /**
   * Records that the caller was shown these rows (each stamped with its grant by a scoped data
   * function) and passes them on: loaders wrap their fetches in this.
   */
  disclosed<R extends object>(dataKind: AuditDataKind, targetOf: (row: R) => Pick<AuditEvent, "oppijaOid" | "hoksId" | "opiskeluoikeusOid">, rows: R[]): R[] {
    // A list's rows are the hot path (an official's page): one run per rule, no event per row.
    const now = new Date();
    const runs = new Map<AuditRule, AuditRun>();
    for (const row of rows) {
      const rule = auditRuleOf(grantOf(row)!);
      const { oppijaOid, hoksId, opiskeluoikeusOid } = targetOf(row);
      if (this.seenBefore(dataKind, rule, oppijaOid, hoksId, opiskeluoikeusOid)) continue;
      let run = runs.get(rule);
      if (!run) runs.set(rule, (run = emptyRun(this.log.columns(this.serviceName, this.actor, { operation: "read", dataKind, rule }, now))));
      addTarget(run, oppijaOid, hoksId, opiskeluoikeusOid);
    }
    if (runs.size > 0) this.pending(this.log.storeRuns([...runs.values()]));
    return rows;
  }

  /**
   * Resolves when every entry this request recorded is stored; rejects (`AuditUnavailable`) when
   * one could not be: then the request must not answer with what it read.
   */
  async settled(): Promise<void> {
    await Promise.all(this.storing);
  }

  /**
   * Runs `work` in one transaction; the events it records are stored in that transaction, so a
   * write and its audit rows commit together or not at all. A connection lost while committing
   * is resolved by asking the database whether the transaction committed; work that outlives the
   * request's commit deadline is rolled back and answered WRITE_TIMEOUT.
   */
  async transaction<T>(db: Db, work: (tx: AuditTx, record: RecordWrite) => Promise<T>): Promise<T> {
    const events: AuditEvent[] = [];
    let stored: Awaited<ReturnType<AuditLog["insertInTransaction"]>> = [];
    const result = await knownOutcomeTransaction(
      db,
      async (tx) => {
        const value = await work(tx, (event) => events.push(event));
        const now = new Date();
        stored = await this.log.insertInTransaction(tx, events.map((event) => this.log.entry(this.serviceName, this.actor, event, now)));
        return value;
      },
      { commitBy: this.commitBy },
    ).catch((error: unknown) => {
      throw error instanceof CommitDeadlinePassed ? writeTimedOut() : error;
    });
    await this.log.committed(stored);
    return result;
  }
}
