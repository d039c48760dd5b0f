/**
 * The optional in-process schedule (`RETENTION_EVERY_HOURS`): a retention run at start and then
 * every so many hours. Several replicas may all schedule it; the lock lets one run at a time.
 */
import type { Db } from "../../drizzle/db.js";
import type { AuditLog } from "../../subgraphs/shared/audit/audit-log.js";
import type { Clock } from "../../subgraphs/shared/clock.js";
import { log } from "../../subgraphs/shared/log.js";
import { RETENTION_COMPONENT } from "../../subgraphs/shared/audit/audit-partitions.js";
import { runRetention } from "./retention-job.js";
import { settings, type Settings } from "../../subgraphs/shared/config/settings.js";

export function scheduleRetention(db: Db, audit: AuditLog, clock: Clock, everyHours: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = runRetention(db, audit, clock.today(), { auditRetentionMonths: settings().AUDIT_RETENTION_MONTHS }).catch((error) =>
      log.error({ component: RETENTION_COMPONENT, err: error }, "scheduled retention run failed; nothing was changed"),
    );
  };
  run();
  const timer = setInterval(run, everyHours * 3_600_000).unref();
  log.info({ component: RETENTION_COMPONENT, everyHours }, "retention scheduled");
  return async () => {
    clearInterval(timer);
    await running;
  };
}

export function retentionHoursFromEnv(current: Settings = settings()): number | undefined {
  return current.RETENTION_EVERY_HOURS;
}
