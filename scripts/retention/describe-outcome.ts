/** A retention run's outcome in lines a person reads. */
import type { RetentionOutcome } from "./retention-job.js";

export function describeOutcome(outcome: RetentionOutcome): string {
  if (!outcome.ran) return `retention: skipped, ${outcome.reason}`;
  const { counts } = outcome;
  return [
    `retention ${outcome.dryRun ? "dry run (nothing changed)" : "run"} for ${outcome.today}:`,
    `  plans removed:               ${counts.plansRemoved}`,
    `  consents removed with them:  ${counts.consentsRemoved}`,
    `  share links removed:         ${counts.shareLinksRemoved}`,
    `  student contacts erased:     ${counts.studentContactsErased}`,
    `  instructor contacts erased:  ${counts.instructorContactsErased}`,
    `  feedback trigger instructor contacts erased: ${counts.feedbackTriggerContactsErased}`,
    `  audit trail months dropped:  ${counts.auditMonthsDropped} (${counts.auditEntriesDropped} entries)`,
  ].join("\n");
}
