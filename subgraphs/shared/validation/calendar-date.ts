/**
 * Calendar dates written `YYYY-MM-DD`, the one check for all of the service: plan documents, the
 * settings (EHOKS_TODAY), arguments and query parameters. 2026-02-30 looks like a date but is none.
 */
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A `YYYY-MM-DD` string naming a day that exists (no 2025-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const MICROSECOND_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}$/;

/** `YYYY-MM-DDTHH:MM:SS.ffffff` (a UTC timestamp to the microsecond, as the store writes it) naming a real instant. */
export function isMicrosecondTimestamp(value: string): boolean {
  const m = MICROSECOND_TIMESTAMP.exec(value);
  return Boolean(m && isCalendarDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 60);
}
