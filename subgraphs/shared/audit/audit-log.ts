/**
 * The audit trail of one process. No answer may leave before what it disclosed is durable, so a
 * read's entries are stored in PostgreSQL (and appended to the JSON-lines copy) before the
 * request that made them answers: `store` resolves only then, and the HTTP host waits for it
 * (`RequestAudit.settled`). Writes put their entries into their own transaction instead.
 *
 * Storing is a group commit: one insert is in flight at a time, and every entry that arrives
 * meanwhile goes into the next one, so under load a request waits for about one insert while the
 * number of inserts per second stays small. An insert is taken a turn of the event loop after its
 * first entry, so that the entries of every request answered in that turn go with it. A batch that
 * cannot be stored fails the requests waiting on it (their answers are refused, so nothing was
 * disclosed) and is not kept.
 */
import { hostname } from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Db } from "../../../drizzle/db.js";
import { outsideStatementCount } from "../../../drizzle/statement-counter.js";
import { insertAuditRows } from "./audit-insert.js";
import { entriesOf, runsOf, type AuditRow, type AuditRun, type RunColumns, type UnsequencedEntry } from "./audit-run.js";
import { log } from "../log.js";
import type { AuditActor, AuditEvent } from "./audit-event.js";
import { noLineSink, type AuditLineSink } from "./json-lines-file.js";
import { ophAliveLine, ophLogLine } from "./oph-log-line.js";

export type AuditTx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface AuditLogOptions {
  db: Db;
  sink?: AuditLineSink;
}

/** A request's entries could not be stored: its answer must not leave. */
export class AuditUnavailable extends Error {
  constructor() {
    super("The audit trail could not be stored");
  }
}

interface Waiting {
  rows: AuditRow[];
  resolve(): void;
  reject(error: Error): void;
}

const ALIVE_EVERY_MS = 10 * 60_000;
/** Rows a statement: arrays keep the statement small, this keeps one batch's memory bounded. */
const ROWS_PER_INSERT = 5000;

export class AuditLog {
  readonly bootTime = new Date();
  readonly hostname = hostname();
  private logSeq = 0;
  private waiting: Waiting[] = [];
  /** The batch being stored now; entries arriving meanwhile wait for the next one. */
  private inFlight: Promise<void> | undefined;
  private closed = false;
  private readonly alive: NodeJS.Timeout;
  private readonly db: Db;
  private readonly sink: AuditLineSink;

  constructor(options: AuditLogOptions) {
    this.db = options.db;
    this.sink = options.sink ?? noLineSink;
    this.alive = setInterval(() => void this.sink.append([ophAliveLine({ ...this, serviceName: "ehoks-graph", logSeq: this.logSeq })]), ALIVE_EVERY_MS).unref();
  }

  /** The columns an event's entries share: one object for all the targets of a run. */
  columns(serviceName: string, actor: AuditActor, event: Omit<AuditEvent, "oppijaOid" | "hoksId" | "opiskeluoikeusOid">, occurredAt = new Date()): RunColumns {
    return {
      occurredAt,
      bootTime: this.bootTime,
      hostname: this.hostname,
      serviceName,
      operation: event.operation,
      outcome: event.outcome ?? "success",
      dataKind: event.dataKind,
      rule: event.rule,
      actorOid: actor.oid,
      actorRole: actor.role,
      actorOrganisations: actor.organisations,
      ipAddress: actor.ipAddress,
      session: actor.session,
      userAgent: actor.userAgent,
      requestId: actor.requestId,
      callerId: actor.callerId,
      changes: event.changes ?? null,
    };
  }

  entry(serviceName: string, actor: AuditActor, event: AuditEvent, occurredAt = new Date()): UnsequencedEntry {
    return { ...this.columns(serviceName, actor, event, occurredAt), oppijaOid: event.oppijaOid, hoksId: event.hoksId ?? null, opiskeluoikeusOid: event.opiskeluoikeusOid ?? null };
  }

  /** Numbers runs as they are stored: each entry its own number, in order. */
  private sequenced(runs: AuditRun[]): AuditRow[] {
    return runs.map((run) => {
      const row = { ...run, logSeq: this.logSeq + 1 };
      this.logSeq += run.oppijaOids.length;
      return row;
    });
  }

  /** Stores a write's audit rows in the write's own transaction; returns them for `committed`. */
  async insertInTransaction(tx: AuditTx, entries: UnsequencedEntry[]): Promise<AuditRow[]> {
    const rows = this.sequenced(runsOf(entries));
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insertAuditRows(tx, rows.slice(i, i + ROWS_PER_INSERT));
    return rows;
  }

  /** After the write's transaction committed: its rows' file copy, written before the write answers. */
  committed(rows: AuditRow[]): Promise<void> {
    return this.copy(rows);
  }

  /** The file copy of stored rows; a failing file is logged by the sink (the database is the record). */
  private copy(rows: AuditRow[]): Promise<void> {
    if (this.sink === noLineSink || rows.length === 0) return Promise.resolve();
    return this.sink.append(rows.flatMap(entriesOf).map((entry) => ophLogLine(entry as Parameters<typeof ophLogLine>[0])));
  }

  /**
   * Stores entries with the next batch; resolves when they are in the database and the file,
   * rejects with `AuditUnavailable` when they could not be stored.
   */
  store(entries: UnsequencedEntry[]): Promise<void> {
    return this.storeRuns(runsOf(entries));
  }

  /** As `store`, for entries already grouped into runs (a request's reads). */
  storeRuns(runs: AuditRun[]): Promise<void> {
    if (runs.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new AuditUnavailable());
    const rows = this.sequenced(runs);
    const stored = new Promise<void>((resolve, reject) => this.waiting.push({ rows, resolve, reject }));
    this.startBatch();
    return stored;
  }

  private startBatch(): void {
    if (this.inFlight || this.waiting.length === 0) return;
    // Under load one turn of the event loop reads the database's answers to several requests: taken
    // after the turn, their disclosures share one insert instead of one each. The batch belongs to no
    // request: it is not counted as one request's statement.
    this.inFlight = nextTurn()
      .then(() => outsideStatementCount(() => this.storeBatch(this.waiting.splice(0))))
      .finally(() => {
        this.inFlight = undefined;
        this.startBatch();
      });
  }

  private async storeBatch(batch: Waiting[]): Promise<void> {
    const rows = batch.length === 1 ? batch[0]!.rows : batch.flatMap((waiting) => waiting.rows);
    try {
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insertAuditRows(this.db, rows.slice(i, i + ROWS_PER_INSERT));
    } catch (error) {
      log.error({ err: error, rows: rows.length }, "could not store audit entries; the requests that made them are refused");
      for (const waiting of batch) waiting.reject(new AuditUnavailable());
      return;
    }
    await this.copy(rows);
    for (const waiting of batch) waiting.resolve();
  }

  /** Resolves when nothing is waiting to be stored (whether the last batches succeeded or not). */
  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** For a clean shutdown, after the last request: waits for the batches in flight; later entries are refused. */
  async close(): Promise<void> {
    clearInterval(this.alive);
    await this.flush();
    this.closed = true;
  }
}
