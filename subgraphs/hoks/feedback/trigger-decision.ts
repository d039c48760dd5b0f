/**
 * A feedback trigger as the rules decide it: which survey, for which moment, and whether it is
 * waiting for the feedback service or is not to be sent (and why).
 */
import type { FeedbackPeriod, IsoDate } from "./feedback-facts.js";

/** Student feedback (AMIS) at the start and at the end of studies; working-life feedback (TEP) per workplace period. */
export type TriggerKind = "opiskelija-aloitus" | "opiskelija-paatto" | "tyoelama";

/** The survey the feedback service sends; the end survey's type follows the study right's completion. */
export type SurveyType = "aloittaneet" | "valmistuneet" | "osia-suorittaneet" | "tyopaikkajakson-suorittaneet";

/** Why a trigger is not sent. */
export const NOT_SENT_REASONS = {
  "ei-osaamisen-hankkimisen-tarvetta": "the plan has no need for training (osaamisen-hankkimisen-tarve is false)",
  "edellinen-rahoituskausi": "the trigger date is before the current funding period (1 July – 30 June) began",
  "tuva": "a TUVA plan or study right",
  "opiskeluoikeus-puuttuu": "the plan's study right is not in the store",
  "ei-ammatillinen": "the study right has no vocational degree completion",
  "ei-kohderyhmaa": "the study right is TELMA, outside the feedback target group",
  "opiskelu-paattynyt": "the study right had ended (a terminal state) on the trigger date",
  "muu-rahoitus": "the studies were funded by other sources on the trigger date (funding code 6, 14 or 15)",
  "sisaltyva-opiskeluoikeus": "the study right is contained in another one",
  "puuttuva-tyopaikkatieto": "the period lacks the responsible instructor, the workplace's name or its business ID",
  "puuttuva-osa-aikaisuustieto": "the period ended after 30 June 2023 without a part-time percentage (1–100)",
  "jakso-keskeytynyt": "the period was interrupted on its end date",
  "vastausaika-paattynyt": "the answer window (at most 60 days from the trigger date) had closed before the trigger was made",
} as const;
export type NotSentReason = keyof typeof NOT_SENT_REASONS;

export interface AnswerWindow {
  alku: IsoDate;
  loppu: IsoDate;
}

export interface TriggerDecision {
  /** Unique per trigger: a second plan or a later write that makes the same key makes no second trigger. */
  key: string;
  kind: TriggerKind;
  hoksId: number;
  oppijaOid: string;
  opiskeluoikeusOid: string;
  koulutustoimijaOid: string | null;
  surveyType: SurveyType;
  triggerDate: IsoDate;
  /** TEP: the first day of the month after the period ended, when periods are bundled per workplace. */
  bundlingDate: IsoDate | null;
  answerWindow: AnswerWindow;
  /** TEP: the period it is about. */
  yksiloivaTunniste: string | null;
  state: "odottaa" | "ei-laheteta";
  reason: NotSentReason | null;
  /** TEP: the workplace and the instructor the survey goes to. */
  workplace: FeedbackPeriod["workplace"];
}
