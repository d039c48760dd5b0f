/**
 * One request's view of the audit trail: records what the scoped data functions disclosed (one
 * event per target and rule per request, however often a loader returns it) and runs writes in a
 * transaction that commits their audit rows with them.
 */
import type { Db } from "../../../drizzle/db.js";
import type { AuditDataKind } from "../../../drizzle/schema/index.js";
import { grantOf } from "../grant.js";
import { auditRuleOf, type AuditActor, type AuditEvent } from "./audit-event.js";
import type { AuditLog, AuditTx } from "./audit-log.js";

export type RecordWrite = (event: AuditEvent) => void;

export class RequestAudit {
  private readonly seen = new Set<string>();

  constructor(
    private readonly log: AuditLog,
    readonly serviceName: string,
    readonly actor: AuditActor,
  ) {}

  /** Records reads of a student's data. */
  read(events: readonly AuditEvent[]): void {
    const fresh = events.filter((event) => {
      const key = `${event.dataKind}|${event.oppijaOid}|${event.hoksId ?? ""}|${event.opiskeluoikeusOid ?? ""}|${event.rule}`;
      if (this.seen.has(key)) return false;
      this.seen.add(key);
      return true;
    });
    this.log.queueReads(fresh.map((event) => this.log.entry(this.serviceName, this.actor, event)));
  }

  /**
   * Records that the caller was shown these rows (each stamped with its grant by a scoped data
   * function) and passes them on: loaders wrap their fetches in this.
   */
  disclosed<R extends object>(dataKind: AuditDataKind, targetOf: (row: R) => Pick<AuditEvent, "oppijaOid" | "hoksId" | "opiskeluoikeusOid">, rows: R[]): R[] {
    this.read(rows.map((row) => ({ operation: "read", dataKind, rule: auditRuleOf(grantOf(row)!), ...targetOf(row) })));
    return rows;
  }

  /**
   * Runs `work` in one transaction; the events it records are stored in that transaction, so a
   * write and its audit rows commit together or not at all.
   */
  async transaction<T>(db: Db, work: (tx: AuditTx, record: RecordWrite) => Promise<T>): Promise<T> {
    const events: AuditEvent[] = [];
    let stored: Awaited<ReturnType<AuditLog["insertInTransaction"]>> = [];
    const result = await db.transaction(async (tx) => {
      const value = await work(tx, (event) => events.push(event));
      const now = new Date();
      stored = await this.log.insertInTransaction(tx, events.map((event) => this.log.entry(this.serviceName, this.actor, event, now)));
      return value;
    });
    this.log.committed(stored);
    return result;
  }
}
