/**
 * Calendar dates as eHOKS sends them (`YYYY-MM-DD`), and instants. Dates stay strings: a valid
 * `YYYY-MM-DD` string compares correctly as text, and no time zone can shift a day.
 */

export { DATE, isCalendarDate } from "../../shared/validation/calendar-date.js";
import { daysInMonth, isCalendarDate } from "../../shared/validation/calendar-date.js";

// Date part, then an optional time (seconds and fraction optional) and an optional zone.
export const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 instant: a calendar date with an optional time and zone. The existing service parses
 * `hyvaksytty`/`paivitetty` leniently (a date alone, or a time without a zone, is accepted), so
 * this does too; the store reads a missing zone as UTC.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = INSTANT.exec(value);
  if (!m || !isCalendarDate(m[1])) return false;
  if (m[2] === undefined) return true;
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return false;
  const zone = m[5];
  if (zone && zone !== "Z") {
    const digits = zone.replace(":", "");
    if (Number(digits.slice(1, 3)) > 23 || Number(digits.slice(3, 5)) > 59) return false;
  }
  return true;
}

/**
 * `date` plus `years`, as java.time's `LocalDate.plusYears` does it (the existing service's 5-year
 * rule uses that): 29 February becomes 28 February in a year that has no 29th.
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = year + years;
  const clamped = Math.min(day, daysInMonth(target, month));
  return `${String(target).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
}
