/** Dates as Finns write them (d.M.yyyy) in every language of the app, as the service's documents do. */
import type { Language } from "./i18n/messages";

/** "2026-02-01" → "1.2.2026"; an instant is shown as its date in Europe/Helsinki. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "–";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = new Intl.DateTimeFormat("fi-FI", { timeZone: "Europe/Helsinki", day: "numeric", month: "numeric", year: "numeric" }).format(date);
  return parts;
}

/** An instant with its time of day (Helsinki), e.g. "1.2.2026 klo 9.05" / "kl. 9.05" / "at 9:05". */
export function formatDateTime(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = new Intl.DateTimeFormat("fi-FI", { timeZone: "Europe/Helsinki", hour: "numeric", minute: "2-digit" }).format(date);
  const word = { fi: "klo", sv: "kl.", en: "at" }[language];
  return `${formatDate(value)} ${word} ${time}`;
}

/** Days after a date (YYYY-MM-DD), as a date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A localised name with Finnish as the fallback, as Koski and Koodisto names are. */
export function localised(text: { fi?: string | null; sv?: string | null; en?: string | null } | null | undefined, language: Language): string | undefined {
  if (!text) return undefined;
  return text[language] ?? text.fi ?? text.sv ?? text.en ?? undefined;
}
