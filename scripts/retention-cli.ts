/**
 * `npm run retention -- [--dry-run] [--today YYYY-MM-DD]`: removes plans and erases contact
 * details past their time (disclosure.md, "Lifecycle"), printing what it removed. `--dry-run`
 * counts without changing anything. Safe to run again (a second run finds nothing) and at once
 * with another (one waits for nothing: it reports the lock and exits).
 */
import { databaseOptionsFromEnv, openDatabase } from "../drizzle/db.js";
import { migrateDatabase } from "../drizzle/migrate.js";
import { auditLogFromEnv } from "../subgraphs/shared/audit/audit-from-env.js";
import { clockFromEnv, fixedClock } from "../subgraphs/shared/clock.js";
import { loadSettingsOrExit } from "../subgraphs/shared/config/check-or-exit.js";
import { isCalendarDate } from "../subgraphs/shared/validation/calendar-date.js";
import { setLogComponent } from "../subgraphs/shared/log.js";
import { describeOutcome } from "./retention/describe-outcome.js";
import { runRetention } from "./retention/retention-job.js";

const USAGE = "usage: npm run retention -- [--dry-run] [--today YYYY-MM-DD]";

function parseArguments(args: string[]): { dryRun: boolean; today?: string } {
  let dryRun = false;
  let today: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--today" && isCalendarDate(args[i + 1] ?? "")) today = args[++i];
    else throw new Error(`${arg === "--today" ? "--today needs a date YYYY-MM-DD" : `unknown argument ${arg}`}\n${USAGE}`);
  }
  return { dryRun, today };
}

setLogComponent("retention");
const settings = loadSettingsOrExit();
let options: ReturnType<typeof parseArguments>;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(`retention: ${(error as Error).message}`);
  process.exit(2);
}
const database = await openDatabase(databaseOptionsFromEnv(settings));
const audit = auditLogFromEnv(database.db, "ehoks-retention", settings);
try {
  await migrateDatabase(database);
  const today = (options.today ? fixedClock(options.today) : clockFromEnv(settings)).today();
  console.log(describeOutcome(await runRetention(database.db, audit, today, { dryRun: options.dryRun, auditRetentionMonths: settings.AUDIT_RETENTION_MONTHS })));
} catch (error) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  console.error(`retention failed, nothing was changed: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
} finally {
  await audit.close();
  await database.close();
}
