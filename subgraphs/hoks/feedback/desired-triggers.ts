/**
 * The triggers students' data calls for, one per key: where two plans of a student make the same
 * key (the same survey, provider and funding period), the oldest plan's decision stands (and within
 * a plan, the first its rules give), so the answer depends on the data alone and not on the order
 * it was written in.
 */
import type { FeedbackPlan, FeedbackStudyRight, IsoDate } from "./feedback-facts.js";
import { planTriggers } from "./plan-triggers.js";
import type { TriggerDecision } from "./trigger-decision.js";

export function desiredTriggers(plans: readonly FeedbackPlan[], studyRights: ReadonlyMap<string, FeedbackStudyRight>, today: IsoDate): Map<string, TriggerDecision> {
  const desired = new Map<string, TriggerDecision>();
  for (const plan of [...plans].sort((a, b) => a.id - b.id)) {
    for (const trigger of planTriggers(plan, studyRights.get(plan.opiskeluoikeusOid) ?? null, today)) {
      if (!desired.has(trigger.key)) desired.set(trigger.key, trigger);
    }
  }
  return desired;
}
