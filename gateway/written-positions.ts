/**
 * The gateway's memory of the latest write: how far the primary's WAL had come at the last commit
 * any subgraph answered (read-your-writes across read replicas; subgraphs/shared/http/read-your-writes.ts).
 * Every request's subgraph calls carry it for `windowMs` after that write, as long as a replica
 * within the lag bound could still be behind it, and a subgraph reads a replica only once the
 * replica has replayed that far.
 *
 * One floor for every caller, not one per writer: access itself is data (a consent, a share link, an
 * instructor's naming), and disclosure.md has a revocation take effect on the next request of
 * *anyone*, the consent's recipient or the link's holder, not only of the student who revoked it.
 *
 * Kept in this process, and with `REDIS_URL` also in Redis, so that every gateway knows the writes
 * the others answered. While this gateway cannot be sure it knows every write of the last window
 * it answers PRIMARY (read the primary): with Redis, until Redis first answers, while it does not,
 * and for a window after it comes back (it may have restarted and lost the floor); without Redis,
 * for a window after this process starts (the process before it may have answered a write).
 */
import { Redis } from "ioredis";
import { formatLsn, parseLsn, type Lsn } from "../drizzle/lsn.js";
import { log } from "../subgraphs/shared/log.js";
import { within } from "../subgraphs/shared/within.js";
import { READ_FROM_PRIMARY } from "../drizzle/read-replicas.js";

/** Redis must answer by then, or the request reads the primary. */
const REDIS_ANSWER_MS = 250;

/** Keeps the highest position, as 16 hex digits (ordered as strings), for ARGV[2] ms more. */
const KEEP_HIGHEST = `
local stored = redis.call('GET', KEYS[1])
if (not stored) or ARGV[1] > stored then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
else
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 1
`;

type PositionsClient = Redis & { keepHighest(key: string, lsn: string, ms: number): Promise<number> };

const padded = (lsn: Lsn) => lsn.toString(16).padStart(16, "0");
const fromPadded = (text: string | null): Lsn | undefined => (text && /^[0-9a-f]{16}$/.test(text) ? BigInt(`0x${text}`) : undefined);

/**
 * A write whose position its subgraph could not tell (it answered READ_FROM_PRIMARY) is kept as
 * the highest position there is: no replica reaches it, so every read goes to the primary until
 * the window after it has passed.
 */
const UNKNOWN_WRITE: Lsn = 0xffff_ffff_ffff_ffffn;

/** What a request's reads must see: a WAL position (NO_FLOOR: any usable replica) or READ_FROM_PRIMARY. */
export type ReadFloor = string;

/**
 * No write to wait for. Sent rather than left out: a subgraph reads a replica only when a gateway
 * that knows the latest write says so (a router without this memory, or a caller reaching a subgraph
 * directly, gets the primary).
 */
export const NO_FLOOR = "0/0";

const lsnOfFloor = (floor: string): Lsn | undefined => (floor === READ_FROM_PRIMARY ? UNKNOWN_WRITE : parseLsn(floor));
const floorOfLsn = (lsn: Lsn): string => (lsn === UNKNOWN_WRITE ? READ_FROM_PRIMARY : formatLsn(lsn));

/** A commit position a subgraph answered, or READ_FROM_PRIMARY; anything else is ignored. */
export const isReadFloor = (value: string): boolean => lsnOfFloor(value) !== undefined;

/** The stricter of two floors. */
export const higherFloor = (a: ReadFloor, b: ReadFloor): ReadFloor => ((lsnOfFloor(a) ?? 0n) >= (lsnOfFloor(b) ?? 0n) ? a : b);

export class WrittenPositions {
  private latest: { lsn: Lsn; until: number } | undefined;
  private readonly redis: PositionsClient | undefined;
  /** Until when this gateway may not know every recent write (see the module comment). */
  private unsureUntil: number;
  private shared = true;
  private closing = false;

  constructor(
    private readonly windowMs: number,
    redisUrl?: string,
    private readonly key = "ehoks:written",
  ) {
    this.unsureUntil = redisUrl ? Number.POSITIVE_INFINITY : Date.now() + windowMs;
    if (!redisUrl) return;
    const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: (attempt) => Math.min(attempt * 200, 2000) });
    redis.on("error", () => {});
    let connectedBefore = false;
    redis.on("ready", () => {
      // The first connection finds every other gateway's writes there; a later one may find a Redis that restarted empty.
      this.unsureUntil = connectedBefore ? Date.now() + windowMs : 0;
      connectedBefore = true;
    });
    redis.on("close", () => this.closing || this.noteUnshared("the connection to Redis closed"));
    redis.defineCommand("keepHighest", { numberOfKeys: 1, lua: KEEP_HIGHEST });
    this.redis = redis as PositionsClient;
  }

  /** What every read of a request starting now must see. */
  async floor(): Promise<ReadFloor> {
    const here = this.localPosition();
    const there = this.redis ? await this.fromRedis(() => this.redis!.get(this.key).then(fromPadded)) : undefined;
    if (there === "unanswered" || Date.now() < this.unsureUntil) return READ_FROM_PRIMARY;
    const highest = here === undefined ? there : there === undefined || here >= there ? here : there;
    return highest === undefined ? NO_FLOOR : floorOfLsn(highest);
  }

  /** Notes a commit position a subgraph answered (or READ_FROM_PRIMARY); anything malformed is ignored. */
  async remember(position: string): Promise<void> {
    const lsn = lsnOfFloor(position);
    if (lsn === undefined) return;
    const known = this.localPosition();
    this.latest = { lsn: known !== undefined && known > lsn ? known : lsn, until: Date.now() + this.windowMs };
    if (this.redis) await this.fromRedis(() => this.redis!.keepHighest(this.key, padded(lsn), this.windowMs));
  }

  async close(): Promise<void> {
    this.closing = true;
    this.redis?.disconnect();
  }

  private localPosition(): Lsn | undefined {
    if (this.latest && this.latest.until >= Date.now()) return this.latest.lsn;
    this.latest = undefined;
    return undefined;
  }

  private async fromRedis<T>(work: () => Promise<T>): Promise<T | "unanswered"> {
    try {
      const result = await within(work(), REDIS_ANSWER_MS, () => new Error(`Redis did not answer within ${REDIS_ANSWER_MS} ms`));
      if (!this.shared) log.info({ component: "gateway" }, "written positions are shared through Redis again (reads go back to the replicas after one lag window)");
      this.shared = true;
      return result;
    } catch (error) {
      this.noteUnshared((error as Error).message);
      return "unanswered";
    }
  }

  private noteUnshared(reason: string): void {
    if (this.shared) log.warn({ component: "gateway", reason }, "written positions cannot be shared while Redis is unavailable: every read goes to the primary until it is back");
    this.shared = false;
  }
}
