/** One audit trail per test database, so in-process executions record into the real tables. */
import type { Db } from "../../drizzle/db.js";
import { AuditLog } from "../../subgraphs/shared/audit/audit-log.js";

const logs = new WeakMap<Db, AuditLog>();

export function auditLogFor(db: Db): AuditLog {
  if (!logs.has(db)) logs.set(db, new AuditLog({ db }));
  return logs.get(db)!;
}
