/**
 * Working-life feedback (TEP): one trigger per workplace period (training agreement or
 * apprenticeship), dated the period's end, asked of its responsible instructor, and bundled per
 * workplace on the first day of the following month.
 */
import type { FeedbackPeriod, FeedbackPlan, FeedbackStudyRight, IsoDate } from "./feedback-facts.js";
import { answerWindow, bundlingDateOf, closedBy } from "./feedback-calendar.js";
import { studyRightReason } from "./study-right-eligibility.js";
import type { NotSentReason, TriggerDecision } from "./trigger-decision.js";

export const WORKPLACE_METHODS = new Set(["osaamisenhankkimistapa_koulutussopimus", "osaamisenhankkimistapa_oppisopimus"]);
/** Periods ending after this day must say how part-time they were (a rule in force since 1 July 2023). */
const PART_TIME_INFO_REQUIRED_AFTER = "2023-06-30";

export const isWorkplacePeriod = (period: FeedbackPeriod) => WORKPLACE_METHODS.has(period.osaamisenHankkimistapaKoodiUri);

const hasWorkplaceDetails = (period: FeedbackPeriod) =>
  Boolean(period.workplace?.ohjaaja?.nimi && period.workplace.tyopaikanNimi && period.workplace.tyopaikanYTunnus);

function hasRequiredPartTimeInfo(period: FeedbackPeriod): boolean {
  if (period.loppu <= PART_TIME_INFO_REQUIRED_AFTER) return true;
  const value = period.osaAikaisuustieto;
  return value !== null && value >= 1 && value <= 100;
}

/** Interrupted on its end date: an interruption that began by then and had not ended before it. */
const interruptedAtEnd = (period: FeedbackPeriod) =>
  period.keskeytymisajanjaksot.some((k) => k.alku <= period.loppu && (!k.loppu || period.loppu <= k.loppu));

function periodReason(period: FeedbackPeriod): NotSentReason | null {
  if (!hasWorkplaceDetails(period)) return "puuttuva-tyopaikkatieto";
  if (!hasRequiredPartTimeInfo(period)) return "puuttuva-osa-aikaisuustieto";
  if (interruptedAtEnd(period)) return "jakso-keskeytynyt";
  return null;
}

/**
 * Latest-ending first, then by content: when a plan names one `yksiloiva-tunniste` on two periods,
 * the one ending last decides its trigger, whatever order the lists were stored in.
 */
function decidingOrder(a: FeedbackPeriod, b: FeedbackPeriod): number {
  return b.loppu.localeCompare(a.loppu) || b.alku.localeCompare(a.alku) || JSON.stringify(a).localeCompare(JSON.stringify(b));
}

export function workplaceTriggers(plan: FeedbackPlan, studyRight: FeedbackStudyRight | null, today: IsoDate): TriggerDecision[] {
  return [...plan.periods]
    .sort(decidingOrder)
    .filter((period) => isWorkplacePeriod(period) && period.yksiloivaTunniste)
    .map((period) => {
      const bundlingDate = bundlingDateOf(period.loppu);
      const window = answerWindow(period.loppu, bundlingDate);
      const reason = periodReason(period) ?? studyRightReason(plan, studyRight, period.loppu, today) ?? (closedBy(window, today) ? "vastausaika-paattynyt" : null);
      return {
        key: `tyoelama/${plan.id}/${period.yksiloivaTunniste}`,
        kind: "tyoelama",
        hoksId: plan.id,
        oppijaOid: plan.oppijaOid,
        opiskeluoikeusOid: plan.opiskeluoikeusOid,
        koulutustoimijaOid: studyRight?.koulutustoimijaOid ?? null,
        surveyType: "tyopaikkajakson-suorittaneet",
        triggerDate: period.loppu,
        bundlingDate,
        answerWindow: window,
        yksiloivaTunniste: period.yksiloivaTunniste,
        state: reason ? "ei-laheteta" : "odottaa",
        reason,
        workplace: period.workplace,
      } satisfies TriggerDecision;
    });
}
