/** The process's audit trail as configured: database rows plus the JSON-lines file `AUDIT_LOG_FILE`. */
import type { Db } from "../../../drizzle/db.js";
import { AuditLog } from "./audit-log.js";
import { jsonLinesFile } from "./json-lines-file.js";

export const DEFAULT_AUDIT_DIR = ".data/audit";

export function auditLogFromEnv(db: Db, processName: string, env: NodeJS.ProcessEnv = process.env): AuditLog {
  return new AuditLog({ db, sink: jsonLinesFile(env.AUDIT_LOG_FILE || `${DEFAULT_AUDIT_DIR}/${processName}.jsonl`) });
}
