/** The process's audit trail as configured: database rows plus the JSON-lines file `AUDIT_LOG_FILE`. */
import type { Db } from "../../../drizzle/db.js";
import { AuditLog } from "./audit-log.js";
import { jsonLinesFile } from "./json-lines-file.js";
import { settings, type Settings } from "../config/settings.js";

export const DEFAULT_AUDIT_DIR = ".data/audit";

export function auditLogFromEnv(db: Db, processName: string, current: Settings = settings()): AuditLog {
  return new AuditLog({ db, sink: jsonLinesFile(current.AUDIT_LOG_FILE ?? `${DEFAULT_AUDIT_DIR}/${processName}.jsonl`) });
}
