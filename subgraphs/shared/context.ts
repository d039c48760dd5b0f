/** What every subgraph's per-request context holds. */
import type { Db } from "../../drizzle/db.js";
import type { TokenKeys } from "./auth/keys.js";
import type { Principal } from "./auth/principal.js";
import type { Clock } from "./clock.js";
import { actorOf, type RequestMeta } from "./audit/audit-event.js";
import type { AuditLog } from "./audit/audit-log.js";
import { RequestAudit } from "./audit/request-audit.js";

/** Long-lived things a subgraph process is built with. */
export interface SubgraphDependencies {
  db: Db;
  clock: Clock;
  keys: TokenKeys;
  /** The process's audit trail: every subgraph records what it disclosed and wrote. */
  audit: AuditLog;
}

export interface SubgraphContext {
  principal: Principal;
  /** The service date for this whole request, read once so every rule sees the same day. */
  today: string;
  db: Db;
  audit: RequestAudit;
}

/** The parts every subgraph's context shares, for one request. */
export function baseContext(deps: SubgraphDependencies, subgraph: string, principal: Principal, request?: RequestMeta): SubgraphContext {
  return { principal, today: deps.clock.today(), db: deps.db, audit: new RequestAudit(deps.audit, `ehoks-${subgraph}`, actorOf(principal, request), request?.commitBy) };
}
