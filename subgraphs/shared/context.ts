/** What every subgraph's per-request context holds. */
import type { Db } from "../../drizzle/db.js";
import type { TokenKeys } from "./auth/keys.js";
import type { Principal } from "./auth/principal.js";
import type { Clock } from "./clock.js";

/** Long-lived things a subgraph process is built with. */
export interface SubgraphDependencies {
  db: Db;
  clock: Clock;
  keys: TokenKeys;
}

export interface SubgraphContext {
  principal: Principal;
  /** The service date for this whole request, read once so every rule sees the same day. */
  today: string;
  db: Db;
}
