/**
 * The audit trail of one process. Writes put their audit rows into their own transaction
 * (`RequestAudit.transaction`); reads are queued and stored in batches, one multi-row insert per
 * batch, off the request's path. `close()` stores whatever is queued, so a clean shutdown loses
 * nothing; a failed batch stays queued and is retried.
 */
import { hostname } from "node:os";
import type { Db } from "../../../drizzle/db.js";
import { outsideStatementCount } from "../../../drizzle/statement-counter.js";
import type { NewAuditEntry } from "../../../drizzle/schema/index.js";
import { insertAuditRows } from "./audit-insert.js";
import { log } from "../log.js";
import type { AuditActor, AuditEvent } from "./audit-event.js";
import { noLineSink, type AuditLineSink } from "./json-lines-file.js";
import { ophAliveLine, ophLogLine } from "./oph-log-line.js";

export type AuditTx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type UnsequencedEntry = Omit<NewAuditEntry, "logSeq">;

export interface AuditLogOptions {
  db: Db;
  sink?: AuditLineSink;
  /** How long a read may wait in the queue before its batch is stored. */
  flushIntervalMs?: number;
  /** A queue this long is stored at once. */
  maxBatch?: number;
}

const ALIVE_EVERY_MS = 10 * 60_000;
/** Rows a statement: arrays keep the statement small, this keeps one batch's memory bounded. */
const ROWS_PER_INSERT = 5000;

export class AuditLog {
  readonly bootTime = new Date();
  readonly hostname = hostname();
  private logSeq = 0;
  private queue: NewAuditEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private storing: Promise<void> = Promise.resolve();
  private appending: Promise<void> = Promise.resolve();
  private readonly alive: NodeJS.Timeout;
  private readonly db: Db;
  private readonly sink: AuditLineSink;
  private readonly flushIntervalMs: number;
  private readonly maxBatch: number;

  constructor(options: AuditLogOptions) {
    this.db = options.db;
    this.sink = options.sink ?? noLineSink;
    this.flushIntervalMs = options.flushIntervalMs ?? 200;
    this.maxBatch = options.maxBatch ?? 500;
    this.alive = setInterval(() => this.append([ophAliveLine({ ...this, serviceName: "ehoks-graph", logSeq: this.logSeq })]), ALIVE_EVERY_MS).unref();
  }

  entry(serviceName: string, actor: AuditActor, event: AuditEvent, occurredAt = new Date()): UnsequencedEntry {
    return {
      occurredAt,
      bootTime: this.bootTime,
      hostname: this.hostname,
      serviceName,
      operation: event.operation,
      dataKind: event.dataKind,
      rule: event.rule,
      actorOid: actor.oid,
      actorRole: actor.role,
      actorOrganisations: actor.organisations,
      ipAddress: actor.ipAddress,
      session: actor.session,
      userAgent: actor.userAgent,
      requestId: actor.requestId,
      oppijaOid: event.oppijaOid,
      hoksId: event.hoksId ?? null,
      opiskeluoikeusOid: event.opiskeluoikeusOid ?? null,
      changes: event.changes ?? null,
    };
  }

  private sequenced(entries: UnsequencedEntry[]): NewAuditEntry[] {
    return entries.map((entry) => ({ ...entry, logSeq: ++this.logSeq }));
  }

  /** Stores a write's audit rows in the write's own transaction; returns them for `committed`. */
  async insertInTransaction(tx: AuditTx, entries: UnsequencedEntry[]): Promise<NewAuditEntry[]> {
    const rows = this.sequenced(entries);
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insertAuditRows(tx, rows.slice(i, i + ROWS_PER_INSERT));
    return rows;
  }

  private append(lines: Record<string, unknown>[]): void {
    this.appending = this.sink.append(lines);
  }

  /** The file copy of rows, when there is a file. */
  private copy(rows: NewAuditEntry[]): void {
    if (this.sink !== noLineSink) this.append(rows.map((row) => ophLogLine(row as Parameters<typeof ophLogLine>[0])));
  }

  /** After the transaction committed: the file copy of its rows. */
  committed(rows: NewAuditEntry[]): void {
    this.copy(rows);
  }

  /** Queues reads; they are stored within `flushIntervalMs`, or at once when the queue is long. */
  queueReads(entries: UnsequencedEntry[]): void {
    if (entries.length === 0) return;
    const rows = this.sequenced(entries);
    this.queue.push(...rows);
    this.copy(rows);
    // The batch belongs to no request: it is not counted as one request's statement.
    outsideStatementCount(() => {
      if (this.queue.length >= this.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.flushIntervalMs).unref();
    });
  }

  /** Stores every queued read; resolves when they are stored or have failed (and stay queued). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.storing = this.storing.then(() => this.storeQueued());
    return this.storing;
  }

  private async storeQueued(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, ROWS_PER_INSERT);
      try {
        await insertAuditRows(this.db, batch);
      } catch (error) {
        this.queue.unshift(...batch);
        log.error({ err: error, queued: this.queue.length }, "could not store audit reads; they stay queued and are retried");
        this.timer ??= setTimeout(() => void this.flush(), Math.max(this.flushIntervalMs, 1000)).unref();
        return;
      }
    }
  }

  get queued(): number {
    return this.queue.length;
  }

  /** For a clean shutdown: stores the queue; whatever still cannot be stored is reported. */
  async close(): Promise<void> {
    clearInterval(this.alive);
    await this.flush();
    await this.appending;
    clearTimeout(this.timer);
    if (this.queue.length) log.error({ lost: this.queue.length }, "audit reads could not be stored before shutdown; they are in the JSON-lines file only");
  }
}
