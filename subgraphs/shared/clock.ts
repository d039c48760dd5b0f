/**
 * The service clock. Every rule that speaks of "today" (access windows, validity, retention)
 * reads it from here, never from Date.now(), so that tests and the demo can move it.
 */

import { isCalendarDate } from "./validation/calendar-date.js";
import { settings, type Settings } from "./config/settings.js";

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in Finland (Europe/Helsinki), as YYYY-MM-DD. */
  today(): string;
}

const helsinkiDate = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Helsinki",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function dateInFinland(instant: Date): string {
  return helsinkiDate.format(instant);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => dateInFinland(new Date()),
};

/** A clock pinned to one day (noon in Helsinki); `now()` still advances within the process. */
export function fixedClock(today: string): Clock {
  if (!isCalendarDate(today)) {
    throw new Error(`A pinned date must be a calendar date like 2026-02-01, got "${today}"`);
  }
  return { now: () => new Date(`${today}T10:00:00Z`), today: () => today };
}

/** A clock whose date tests can move between requests. */
export function movableClock(initial: string): Clock & { set(today: string): void } {
  let current = fixedClock(initial);
  return {
    now: () => current.now(),
    today: () => current.today(),
    set(today: string) {
      current = fixedClock(today);
    },
  };
}

/**
 * `EHOKS_TODAY=2026-02-01` pins the clock; `system` or unset follows the real date, unless the
 * process has a date of its own to fall back on (`npm start`'s demo date).
 */
export function clockFromEnv(current: Settings = settings(), fallbackDate?: string): Clock {
  const today = current.EHOKS_TODAY ?? fallbackDate;
  return today && today !== "system" ? fixedClock(today) : systemClock;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds whole years to a YYYY-MM-DD date (29 February becomes 1 March). */
export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}
