/** An audit row as one line of the OPH audit log (security-and-performance.md, "The OPH audit log shape"). */
import type { AuditEntryRow } from "../../../drizzle/schema/index.js";

export const OPH_LOG_VERSION = 1;
export const APPLICATION_TYPE = "backend";

export function ophLogLine(entry: Omit<AuditEntryRow, "id" | "item" | "targets">): Record<string, unknown> {
  return {
    version: OPH_LOG_VERSION,
    logSeq: entry.logSeq,
    type: "log",
    bootTime: entry.bootTime.toISOString(),
    hostname: entry.hostname,
    timestamp: entry.occurredAt.toISOString(),
    serviceName: entry.serviceName,
    applicationType: APPLICATION_TYPE,
    user: { oid: entry.actorOid, role: entry.actorRole, organisations: entry.actorOrganisations, ipAddress: entry.ipAddress, session: entry.session, userAgent: entry.userAgent, callerId: entry.callerId },
    target: {
      oppijaOid: entry.oppijaOid,
      ...(entry.hoksId != null ? { hoksId: entry.hoksId } : {}),
      ...(entry.opiskeluoikeusOid != null ? { opiskeluoikeusOid: entry.opiskeluoikeusOid } : {}),
      data: entry.dataKind,
    },
    status: entry.outcome,
    operation: entry.operation,
    rule: entry.rule,
    requestId: entry.requestId,
    changes: entry.changes ?? [],
  };
}

/** The heartbeat OPH's log collector expects every ten minutes from a living process. */
export function ophAliveLine(process: { bootTime: Date; hostname: string; serviceName: string; logSeq: number }): Record<string, unknown> {
  return {
    version: OPH_LOG_VERSION,
    logSeq: process.logSeq,
    type: "alive",
    bootTime: process.bootTime.toISOString(),
    hostname: process.hostname,
    timestamp: new Date().toISOString(),
    serviceName: process.serviceName,
    applicationType: APPLICATION_TYPE,
  };
}
