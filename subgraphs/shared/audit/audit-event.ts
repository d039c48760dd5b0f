/**
 * What one audit event says: who (the actor), did what (operation) to which student's data
 * (target), on which rule of disclosure.md, and for writes what changed.
 */
import { createHash } from "node:crypto";
import type { AuditChange, AuditDataKind, AuditOperation, AuditOutcome } from "../../../drizzle/schema/index.js";
import { organisationsWithRight, type Principal } from "../auth/principal.js";
import type { GrantRule } from "../grant.js";

export interface AuditActor {
  oid: string;
  role: string;
  /**
   * The organisations the actor acted for: a token's `org` claim and its privileges, by OID, and
   * a consent recipient's business by its Y-tunnus (`ytunnus`), so that the student's log can say
   * which business read under her consent.
   */
  organisations: string[];
  ipAddress: string | null;
  session: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** The calling system as it names itself (`Caller-Id`): recorded, never trusted for access. */
  callerId: string | null;
}

/**
 * Audit rules are the grant rules without their variant letter (R2a → R2), plus R9 for OPH's jobs,
 * and PALAUTE: the national feedback service reading and marking feedback triggers (issue 16's
 * consumer door; not a rule of disclosure.md, which names no feedback service).
 */
export type AuditRule = "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7" | "R8" | "R9" | "PALAUTE";

export function auditRuleOf(grant: GrantRule): AuditRule {
  return grant.slice(0, 2) as AuditRule;
}

/** The rule a write is made under: OPH's corrections (R9), a provider's official (R2) or system (R3). */
export function writeRuleOf(principal: Principal): AuditRule {
  if (principal.role === "oph") return "R9";
  if (principal.role === "student") return "R1";
  return principal.role === "service" ? "R3" : "R2";
}

export interface AuditEvent {
  operation: AuditOperation;
  /** Whether it happened; a refused write attempt is "refused" (default "success"). */
  outcome?: AuditOutcome;
  dataKind: AuditDataKind;
  rule: AuditRule;
  oppijaOid: string;
  hoksId?: number | null;
  opiskeluoikeusOid?: string | null;
  changes?: AuditChange[];
}

/** What the transport knows about the request, beyond the verified token. */
export interface RequestMeta {
  ipAddress?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  callerId?: string | null;
  /** Epoch milliseconds after which the request's writes must not commit (http/write-budget.ts). */
  commitBy?: number;
}

/** A session is named by a digest of its token: the same login is recognisable, the token is not kept. */
function sessionOf(token: string): string | null {
  return token ? createHash("sha256").update(token).digest("hex").slice(0, 32) : null;
}

export function actorOf(principal: Principal, request: RequestMeta = {}): AuditActor {
  const organisations = new Set<string>([principal.organisationOid, principal.yTunnus].filter((id): id is string => Boolean(id)));
  for (const right of ["read", "write", "update", "delete"] as const) for (const org of organisationsWithRight(principal, right)) organisations.add(org);
  return {
    oid: principal.sub,
    role: principal.role,
    organisations: [...organisations],
    ipAddress: request.ipAddress ?? null,
    session: sessionOf(principal.token),
    userAgent: request.userAgent ?? null,
    requestId: request.requestId ?? null,
    callerId: request.callerId ?? null,
  };
}

/** The actor of OPH's own batch jobs (retention, imports run from the command line). */
export function systemActor(job: string): AuditActor {
  return { oid: `ehoks-${job}`, role: "system", organisations: [], ipAddress: null, session: null, userAgent: null, requestId: null, callerId: null };
}
