/** Every feedback trigger a plan makes, from its facts and its study right's alone. */
import type { FeedbackPlan, FeedbackStudyRight, IsoDate } from "./feedback-facts.js";
import { studentTrigger } from "./student-feedback.js";
import type { TriggerDecision } from "./trigger-decision.js";
import { workplaceTriggers } from "./workplace-feedback.js";

export function planTriggers(plan: FeedbackPlan, studyRight: FeedbackStudyRight | null, today: IsoDate): TriggerDecision[] {
  const student = [studentTrigger("opiskelija-aloitus", plan, studyRight, today), studentTrigger("opiskelija-paatto", plan, studyRight, today)];
  return [...student.filter((t): t is TriggerDecision => t !== null), ...workplaceTriggers(plan, studyRight, today)];
}
