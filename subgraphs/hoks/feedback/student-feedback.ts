/**
 * Student feedback (AMIS): a start survey dated the plan's first approval and an end survey dated
 * the day the competence was reached. At most one of each kind per student, provider
 * (koulutustoimija) and funding period: the key says so, and the store keeps the first.
 */
import type { FeedbackPlan, FeedbackStudyRight, IsoDate } from "./feedback-facts.js";
import { answerWindow, closedBy, fundingPeriodOf, later } from "./feedback-calendar.js";
import { studyRightReason } from "./study-right-eligibility.js";
import type { NotSentReason, SurveyType, TriggerDecision, TriggerKind } from "./trigger-decision.js";

/** The end survey's type: a whole degree graduated, or parts of one completed. */
function endSurveyType(studyRight: FeedbackStudyRight | null): SurveyType {
  const completion = studyRight?.suoritusTyypit.find((t) => t.startsWith("ammatillinentutkinto"));
  return completion && completion !== "ammatillinentutkinto" ? "osia-suorittaneet" : "valmistuneet";
}

export function studentTrigger(kind: Exclude<TriggerKind, "tyoelama">, plan: FeedbackPlan, studyRight: FeedbackStudyRight | null, today: IsoDate): TriggerDecision | null {
  const triggerDate = kind === "opiskelija-aloitus" ? plan.ensikertainenHyvaksyminen : plan.osaamisenSaavuttamisenPvm;
  if (!triggerDate) return null;
  const provider = studyRight?.koulutustoimijaOid ?? null;
  const window = answerWindow(triggerDate, later(triggerDate, today));
  const reason: NotSentReason | null = !plan.osaamisenHankkimisenTarve
    ? "ei-osaamisen-hankkimisen-tarvetta"
    : (studyRightReason(plan, studyRight, triggerDate, today) ?? (closedBy(window, today) ? "vastausaika-paattynyt" : null));
  return {
    // Without a known provider the plan itself stands in, so a missing study right still makes one trigger per plan.
    key: `${kind}/${plan.oppijaOid}/${provider ?? `hoks-${plan.id}`}/${fundingPeriodOf(triggerDate)}`,
    kind,
    hoksId: plan.id,
    oppijaOid: plan.oppijaOid,
    opiskeluoikeusOid: plan.opiskeluoikeusOid,
    koulutustoimijaOid: provider,
    surveyType: kind === "opiskelija-aloitus" ? "aloittaneet" : endSurveyType(studyRight),
    triggerDate,
    bundlingDate: null,
    answerWindow: window,
    yksiloivaTunniste: null,
    state: reason ? "ei-laheteta" : "odottaa",
    reason,
    workplace: null,
  };
}
