/**
 * The gateway's memory of where each caller's last write left the primary's WAL (read-your-writes
 * across read replicas; subgraphs/shared/http/read-your-writes.ts). A subgraph that committed a
 * write answers that position; the gateway keeps the highest one per caller (token subject) for
 * `windowMs` and sends it with every later call of that caller, for as long as a replica could
 * still lag behind it (the replicas' lag bound, plus slack).
 *
 * Kept in this process (a bounded LRU), and with `REDIS_URL` also in Redis, so that a caller's next
 * request answered by another gateway still waits for the write. Redis away: the process's own
 * memory answers (the caller's next request may then land on a gateway that does not know the
 * position and read a replica a moment behind; the log says so, once per outage).
 */
import { Redis } from "ioredis";
import { formatLsn, parseLsn, type Lsn } from "../drizzle/lsn.js";
import { log } from "../subgraphs/shared/log.js";
import { within } from "../subgraphs/shared/within.js";

/** Callers remembered in one process at most; the least recently written go first. */
const MAX_CALLERS = 50_000;
/** Redis must answer by then, or the request goes on with what this process knows. */
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


export class WrittenPositions {
  private readonly local = new Map<string, { lsn: Lsn; until: number }>();
  private readonly redis: PositionsClient | undefined;
  private shared = true;

  constructor(
    private readonly windowMs: number,
    redisUrl?: string,
    private readonly keyPrefix = "ehoks:written",
  ) {
    if (!redisUrl) return;
    const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: (attempt) => Math.min(attempt * 200, 2000) });
    redis.on("error", () => {});
    redis.defineCommand("keepHighest", { numberOfKeys: 1, lua: KEEP_HIGHEST });
    this.redis = redis as PositionsClient;
  }

  /** The position `caller`'s reads must see, as PostgreSQL writes it, when they wrote within the window. */
  async positionOf(caller: string): Promise<string | undefined> {
    const here = this.localPosition(caller);
    const there = this.redis ? await this.fromRedis(() => this.redis!.get(this.key(caller)).then(fromPadded)) : undefined;
    const highest = here === undefined ? there : there === undefined || here >= there ? here : there;
    return highest === undefined ? undefined : formatLsn(highest);
  }

  /** Notes a commit position a subgraph answered for `caller`; anything malformed is ignored. */
  async remember(caller: string, position: string): Promise<void> {
    const lsn = parseLsn(position);
    if (lsn === undefined) return;
    const known = this.localPosition(caller);
    this.local.delete(caller);
    this.local.set(caller, { lsn: known !== undefined && known > lsn ? known : lsn, until: Date.now() + this.windowMs });
    if (this.local.size > MAX_CALLERS) this.local.delete(this.local.keys().next().value!);
    if (this.redis) await this.fromRedis(() => this.redis!.keepHighest(this.key(caller), padded(lsn), this.windowMs));
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }

  private localPosition(caller: string): Lsn | undefined {
    const entry = this.local.get(caller);
    if (!entry) return undefined;
    if (entry.until >= Date.now()) return entry.lsn;
    this.local.delete(caller);
    return undefined;
  }

  private key(caller: string): string {
    return `${this.keyPrefix}:${caller}`;
  }

  private async fromRedis<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await within(work(), REDIS_ANSWER_MS, () => new Error(`Redis did not answer within ${REDIS_ANSWER_MS} ms`));
      if (!this.shared) log.info({ component: "gateway" }, "written positions are shared through Redis again");
      this.shared = true;
      return result;
    } catch (error) {
      if (this.shared) log.warn({ component: "gateway", reason: (error as Error).message }, "written positions are per gateway process while Redis is unavailable: a caller's next request on another gateway may read a replica a moment behind");
      this.shared = false;
      return undefined;
    }
  }
}
