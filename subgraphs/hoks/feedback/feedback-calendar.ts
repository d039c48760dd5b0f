/**
 * The dates feedback runs on: funding periods (1 July – 30 June), the monthly bundling of
 * workplace periods, and the answer window.
 */
import { addDays } from "../../shared/clock.js";
import type { IsoDate } from "./feedback-facts.js";
import type { AnswerWindow } from "./trigger-decision.js";

/** The funding period a date falls in, as "2025-2026". */
export function fundingPeriodOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month > 6 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/** The first day of the funding period `today` is in. */
export function fundingPeriodStart(today: IsoDate): IsoDate {
  return `${fundingPeriodOf(today).slice(0, 4)}-07-01`;
}

/** Workplace periods are bundled on the first day of the month after the period ended. */
export function bundlingDateOf(periodEnd: IsoDate): IsoDate {
  const year = Number(periodEnd.slice(0, 4));
  const month = Number(periodEnd.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** 30 days from `opens`, both ends inclusive, but never past 60 days (inclusive) after the trigger date. */
export function answerWindow(triggerDate: IsoDate, opens: IsoDate): AnswerWindow {
  const normal = addDays(opens, 29);
  const last = addDays(triggerDate, 59);
  return { alku: opens, loppu: normal < last ? normal : last };
}

/** A window that closed before the trigger was made: no survey can be answered any more. */
export const closedBy = (window: AnswerWindow, today: IsoDate) => window.loppu < today;

export const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
