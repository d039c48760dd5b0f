/**
 * Where a request's scoped reads go when the deployment has streaming replicas (`DATABASE_READ_URL`).
 *
 * Every `POLL_MS` the router asks the primary for its WAL position and each replica for the
 * position it has replayed. A replica's lag is how long ago the primary was first seen past the
 * replica's replay position: zero while the replica has replayed everything the primary had
 * written at the last poll. Unlike `now() - pg_last_xact_replay_timestamp()`, that stays honest
 * when the primary is idle (no new transactions: the timestamp ages, the replica is not behind).
 *
 * A replica is skipped while its poll fails or times out (down), while it is not in recovery (it
 * was promoted: it is no replica of this primary any more) and while its lag exceeds the bound.
 * With none usable, reads go to the primary. A statement that a replica fails to answer for want
 * of a connection (or cancels on a recovery conflict) runs again on the primary: a replica's
 * trouble never fails a read.
 *
 * Read-your-writes: a request may carry the lowest WAL position its reads must see (the latest
 * commit any caller made within the lag window, remembered by the gateway). A replica serves it only
 * once it has replayed that far; the router waits up to CATCH_UP_WAIT_MS for one to, then reads
 * from the primary.
 */
import type postgres from "postgres";
import type { Db } from "./db.js";
import { replicaUnavailable } from "./connection-lost.js";
import { formatLsn, parseLsn, type Lsn } from "./lsn.js";
import { log } from "../subgraphs/shared/log.js";
import { within } from "../subgraphs/shared/within.js";

/** In place of a position: the caller cannot be sure which writes a replica must have, so the primary reads. */
export const READ_FROM_PRIMARY = "primary";

export const POLL_MS = 200;
/** A poll that has not answered by then counts as failed: a hung replica is a down one. */
const POLL_ANSWER_MS = 1000;
/** How long a request that must see a write waits for a replica to replay it, before the primary. */
export const CATCH_UP_WAIT_MS = 100;
const CATCH_UP_EVERY_MS = 10;

export interface ReplicaConnection {
  /** postgres.js client of the replica (its own pool). */
  client: postgres.Sql;
  /** A drizzle database over `client`, whose statements fall back to the primary (see db.ts). */
  db: Db;
}

export interface ReplicaState {
  /** 1-based, as listed in DATABASE_READ_URL: logs never name a host. */
  replica: number;
  up: boolean;
  replayLsn?: string;
  lagMs?: number;
  usable: boolean;
}

interface Replica extends ReplicaConnection {
  number: number;
  up: boolean;
  replayLsn?: Lsn;
  /** Set only while `up`: the replica is a standby answering its polls. */
  lagMs?: number;
}

/** The primary's WAL position the first time a poll saw it. */
interface PrimarySample {
  at: number;
  lsn: Lsn;
}

/** A poll that has not answered in time fails like a connection that timed out. */
const unanswered = () => Object.assign(new Error(`No answer within ${POLL_ANSWER_MS} ms`), { code: "CONNECT_TIMEOUT" });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ReadReplicas {
  private readonly replicas: Replica[];
  private samples: PrimarySample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private next = 0;
  private closed = false;

  constructor(
    private readonly primary: postgres.Sql,
    private readonly primaryDb: Db,
    replicas: ReplicaConnection[],
    private readonly maxLagMs: number,
  ) {
    // Down until the first poll says otherwise: a replica is used only once it is known to answer.
    this.replicas = replicas.map((replica, index) => ({ ...replica, number: index + 1, up: false }));
  }

  /** Polls once (so the first requests already have a replica) and then every POLL_MS. */
  async start(): Promise<this> {
    await this.poll();
    const tick = () => {
      if (this.closed) return;
      this.polling = this.poll().finally(() => {
        if (!this.closed) this.timer = setTimeout(tick, POLL_MS).unref();
      });
    };
    this.timer = setTimeout(tick, POLL_MS).unref();
    return this;
  }

  /**
   * The database a request's reads go through: a usable replica (round robin) that has replayed
   * `minLsn` when given, waiting up to CATCH_UP_WAIT_MS for one to; else (and for
   * READ_FROM_PRIMARY) the primary.
   */
  async readDbFor(minLsn?: Lsn | typeof READ_FROM_PRIMARY): Promise<Db> {
    if (minLsn === READ_FROM_PRIMARY) return this.primaryDb;
    const usable = this.replicas.filter((replica) => this.usable(replica));
    if (usable.length === 0) return this.primaryDb;
    if (minLsn === undefined) return this.pick(usable);
    const caughtUp = usable.filter((replica) => replica.replayLsn !== undefined && replica.replayLsn >= minLsn);
    if (caughtUp.length > 0) return this.pick(caughtUp);
    return (await this.waitForReplay(usable, minLsn)) ?? this.primaryDb;
  }

  /**
   * The primary's WAL insert position now. Read after a transaction committed, it is at or past
   * that commit's record, so a replica that has replayed it sees the write.
   */
  async commitLsn(): Promise<string | undefined> {
    const [row] = await this.primary<{ lsn: string }[]>`select pg_current_wal_insert_lsn()::text as lsn`;
    return row?.lsn;
  }

  state(): ReplicaState[] {
    return this.replicas.map((replica) => ({
      replica: replica.number,
      up: replica.up,
      replayLsn: replica.replayLsn === undefined ? undefined : formatLsn(replica.replayLsn),
      lagMs: replica.lagMs,
      usable: this.usable(replica),
    }));
  }

  /** A replica statement failed for want of a connection: skip the replica until a poll finds it again. */
  markFailed(db: Db, error: unknown): void {
    const replica = this.replicas.find((candidate) => candidate.db === db);
    if (replica) this.setUp(replica, false, error);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.polling;
    await Promise.all(this.replicas.map((replica) => replica.client.end({ timeout: 5 })));
  }

  private usable(replica: Replica): boolean {
    return replica.up && replica.lagMs !== undefined && replica.lagMs <= this.maxLagMs;
  }

  private pick(replicas: Replica[]): Db {
    this.next = (this.next + 1) % replicas.length;
    return replicas[this.next]!.db;
  }

  /**
   * Asks the replicas themselves (not the last poll) until one has replayed `minLsn`, within
   * CATCH_UP_WAIT_MS: at once (on a healthy replica the write is usually there within a
   * millisecond), then after 2, 4, … up to 10 ms between asks.
   */
  private async waitForReplay(replicas: Replica[], minLsn: Lsn): Promise<Db | undefined> {
    const until = Date.now() + CATCH_UP_WAIT_MS;
    for (let attempt = 1; ; attempt++) {
      for (const replica of replicas) {
        const replayed = await this.replayLsnOf(replica).catch(() => undefined);
        if (replayed !== undefined && replayed > (replica.replayLsn ?? 0n)) replica.replayLsn = replayed;
        if (replayed !== undefined && replayed >= minLsn) return replica.db;
      }
      const pause = Math.min(CATCH_UP_EVERY_MS, 2 * attempt);
      if (Date.now() + pause >= until) return undefined;
      await sleep(pause);
    }
  }

  private async replayLsnOf(replica: Replica): Promise<Lsn | undefined> {
    const [row] = await within(replica.client<{ lsn: string | null }[]>`select pg_last_wal_replay_lsn()::text as lsn`, POLL_ANSWER_MS, unanswered);
    return parseLsn(row?.lsn);
  }

  private async poll(): Promise<void> {
    const now = Date.now();
    try {
      const [row] = await within(this.primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`, POLL_ANSWER_MS, unanswered);
      const lsn = parseLsn(row?.lsn);
      if (lsn !== undefined && (this.samples.length === 0 || lsn > this.samples[this.samples.length - 1]!.lsn)) this.samples.push({ at: now, lsn });
    } catch {
      // The primary's own trouble shows in its requests; the replicas' lag is judged on the samples kept.
    }
    // Samples older than the bound (and a poll's slack) decide nothing: a replica behind all of them is too far behind.
    const keepFrom = now - this.maxLagMs - 5 * POLL_MS;
    while (this.samples.length > 1 && this.samples[1]!.at < keepFrom) this.samples.shift();
    await Promise.all(this.replicas.map((replica) => this.pollReplica(replica, now)));
  }

  private async pollReplica(replica: Replica, now: number): Promise<void> {
    try {
      const [row] = await within(
        replica.client<{ recovering: boolean; lsn: string | null }[]>`select pg_is_in_recovery() as recovering, pg_last_wal_replay_lsn()::text as lsn`,
        POLL_ANSWER_MS,
        unanswered,
      );
      const lsn = parseLsn(row?.lsn);
      if (!row?.recovering || lsn === undefined) {
        // Promoted, or never a standby: its positions say nothing about this primary's.
        this.setUp(replica, false, new Error("not a standby in recovery"));
        return;
      }
      replica.replayLsn = lsn;
      replica.lagMs = this.lagOf(lsn, now);
      this.setUp(replica, true);
    } catch (error) {
      this.setUp(replica, false, error);
    }
  }

  /** How long ago the primary was first seen past `replayed` (0: not past it at the last poll). */
  private lagOf(replayed: Lsn, now: number): number {
    const beyond = this.samples.find((sample) => sample.lsn > replayed);
    if (!beyond) return 0;
    return Math.max(0, now - beyond.at);
  }

  private setUp(replica: Replica, up: boolean, error?: unknown): void {
    if (!up) replica.lagMs = undefined;
    if (replica.up === up) return;
    replica.up = up;
    if (up) log.info({ replica: replica.number }, "read replica in use");
    else log.warn({ replica: replica.number, reason: (error as { code?: string })?.code ?? (error as Error)?.message }, "read replica skipped: reads go to the primary or the other replicas");
  }
}

/**
 * A replica's postgres.js client whose statements (the ones drizzle sends through `unsafe`) run
 * again on the primary when the replica cannot answer them (connection-lost.ts). postgres.js
 * queries are lazy (they run when awaited), so the replacement only runs when needed.
 */
export function fallingBackToPrimary(replica: postgres.Sql, primary: postgres.Sql, onFailure: (error: unknown) => void): void {
  const onReplica = replica.unsafe.bind(replica);
  type Query = ReturnType<typeof onReplica>;
  const run = async (query: string, params: unknown, options: unknown, values: boolean) => {
    const attempt = (client: (q: string, p?: never, o?: never) => Query) => {
      const pending = client(query, params as never, options as never);
      return values ? pending.values() : pending;
    };
    try {
      return await attempt(onReplica);
    } catch (error) {
      if (!replicaUnavailable(error)) throw error;
      onFailure(error);
      return await attempt(primary.unsafe.bind(primary));
    }
  };
  replica.unsafe = ((query: string, params?: unknown, options?: unknown) => {
    const result = {
      values: () => run(query, params, options, true),
      then: (resolve?: (rows: unknown) => unknown, reject?: (error: unknown) => unknown) => run(query, params, options, false).then(resolve, reject),
    };
    return result;
  }) as unknown as typeof replica.unsafe;
}
