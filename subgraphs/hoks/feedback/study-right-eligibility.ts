/**
 * The checks both surveys make of the plan's study right on the trigger date, in the existing
 * service's order; the first that holds is the reason the trigger is not sent.
 */
import { addDays } from "../../shared/clock.js";
import type { FeedbackPlan, FeedbackStudyRight, IsoDate, StudyRightPeriod } from "./feedback-facts.js";
import { fundingPeriodStart } from "./feedback-calendar.js";
import type { NotSentReason } from "./trigger-decision.js";

/** Completions of a vocational degree, whole or partial. */
export const VOCATIONAL_COMPLETIONS = new Set(["ammatillinentutkinto", "ammatillinentutkintoosittainen", "ammatillinentutkintoosittainenuseastatutkinnosta"]);
const TELMA_COMPLETIONS = new Set(["telma", "telmakoulutuksenosa"]);
/** States in which studies have stopped, as the existing service counts them (graduating is not one). */
const TERMINAL_STATES = new Set(["eronnut", "katsotaaneronneeksi", "mitatoity", "peruutettu", "valiaikaisestikeskeytynyt"]);
/** Funding codes of studies paid for by other sources, for which no feedback is collected. */
const OTHER_FUNDING = new Set(["6", "14", "15"]);

/** The status period in force on a date: the latest one that began on or before it. */
function periodOn(studyRight: FeedbackStudyRight, date: IsoDate): StudyRightPeriod | undefined {
  return [...studyRight.opiskeluoikeusjaksot].sort((a, b) => a.alku.localeCompare(b.alku)).filter((p) => p.alku <= date).at(-1);
}

const terminalOn = (studyRight: FeedbackStudyRight, date: IsoDate) => TERMINAL_STATES.has(periodOn(studyRight, date)?.tila ?? "");

/**
 * Ended on the trigger date: in a terminal state that day and the day before, because a study
 * right that ends on the very day of the trigger still gets its survey (as in the existing service).
 */
function endedOn(studyRight: FeedbackStudyRight, date: IsoDate): boolean {
  return terminalOn(studyRight, date) && terminalOn(studyRight, addDays(date, -1));
}

export function studyRightReason(plan: FeedbackPlan, studyRight: FeedbackStudyRight | null, triggerDate: IsoDate, today: IsoDate): NotSentReason | null {
  if (triggerDate < fundingPeriodStart(today)) return "edellinen-rahoituskausi";
  if (plan.tuva) return "tuva";
  if (!studyRight) return "opiskeluoikeus-puuttuu";
  if (!studyRight.suoritusTyypit.some((t) => VOCATIONAL_COMPLETIONS.has(t))) return "ei-ammatillinen";
  if (studyRight.suoritusTyypit.some((t) => TELMA_COMPLETIONS.has(t))) return "ei-kohderyhmaa";
  if (endedOn(studyRight, triggerDate)) return "opiskelu-paattynyt";
  if (OTHER_FUNDING.has(periodOn(studyRight, triggerDate)?.opintojenRahoitus ?? "")) return "muu-rahoitus";
  if (studyRight.tyyppi === "tuva") return "tuva";
  if (studyRight.sisaltyyOpiskeluoikeuteenOid) return "sisaltyva-opiskeluoikeus";
  return null;
}
