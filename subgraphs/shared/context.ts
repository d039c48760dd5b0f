/** What every subgraph's per-request context holds. */
import type { Db } from "../../drizzle/db.js";
import type { ReadReplicas } from "../../drizzle/read-replicas.js";
import type { TokenKeys } from "./auth/keys.js";
import type { Principal } from "./auth/principal.js";
import type { Clock } from "./clock.js";
import { actorOf, type RequestMeta } from "./audit/audit-event.js";
import type { AuditLog } from "./audit/audit-log.js";
import { RequestAudit } from "./audit/request-audit.js";
import type { LogScope } from "./log.js";

/** Long-lived things a subgraph process is built with. */
export interface SubgraphDependencies {
  db: Db;
  clock: Clock;
  keys: TokenKeys;
  /** The process's audit trail: every subgraph records what it disclosed and wrote. */
  audit: AuditLog;
  /** Read replicas (`DATABASE_READ_URL`): where each request's scoped reads go. Absent: to `db`. */
  reads?: ReadReplicas;
}

/** What one request brings: who and where for the audit trail, and where its reads go. */
export interface RequestScope extends RequestMeta {
  /** This request's read database (a replica fresh enough for it); `db` when absent. */
  readDb?: Db;
  /** The request's log scope (http-server.ts `logScopeOf`). */
  logScope?: LogScope;
}

export interface SubgraphContext {
  principal: Principal;
  /** The service date for this whole request, read once so every rule sees the same day. */
  today: string;
  /** The primary: writes, the checks inside their transactions, the audit trail. */
  db: Db;
  /**
   * The scoped reads (loaders, list and page queries), each a single statement: a read replica
   * when the deployment has one fresh enough for this request, else the primary (`db` itself).
   */
  readDb: Db;
  audit: RequestAudit;
  /** Where this request's failures are logged, once each, under its id. */
  logScope?: LogScope;
}

/** The parts every subgraph's context shares, for one request. */
export function baseContext(deps: SubgraphDependencies, subgraph: string, principal: Principal, request?: RequestScope): SubgraphContext {
  return {
    principal,
    today: deps.clock.today(),
    db: deps.db,
    readDb: request?.readDb ?? deps.db,
    audit: new RequestAudit(deps.audit, `ehoks-${subgraph}`, actorOf(principal, request), request?.commitBy),
    logScope: request?.logScope,
  };
}
