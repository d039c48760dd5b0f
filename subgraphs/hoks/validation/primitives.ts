/**
 * Checks of single values: JSON types, numbers in range, dates and instants. Each is a
 * `FieldCheck` that carries the JSON Schema of what it accepts, so a shape lists them next to its
 * keys and the REST contract says the same as the check.
 */
import { DATE, INSTANT, isCalendarDate, isInstant } from "./dates.js";
import { fieldCheck, type FieldCheck, type JsonObject } from "./shape.js";

export const text: FieldCheck = fieldCheck({ schema: { type: "string" } }, (c, value) => {
  if (typeof value !== "string") c.report("must be a string");
});

/** A string with something in it: for identifiers, where "" would identify nothing. */
export const nonEmptyText: FieldCheck = fieldCheck({ schema: { type: "string", pattern: "\\S", description: "not empty or blank" } }, (c, value) => {
  if (typeof value !== "string") c.report("must be a string");
  else if (value.trim() === "") c.report("must not be empty");
});

export const bool: FieldCheck = fieldCheck({ schema: { type: "boolean" } }, (c, value) => {
  if (typeof value !== "boolean") c.report("must be true or false");
});

export const integer: FieldCheck = fieldCheck({ schema: { type: "integer" } }, (c, value) => {
  if (typeof value !== "number" || !Number.isInteger(value)) c.report("must be an integer");
});

/** Hours, credits, weeks: any number, fractions allowed, never negative. */
export const nonNegativeNumber: FieldCheck = fieldCheck({ schema: { type: "number", minimum: 0 } }, (c, value) => {
  if (typeof value !== "number" || !Number.isFinite(value)) c.report("must be a number");
  else if (value < 0) c.report("must not be negative");
});

export function integerBetween(min: number, max: number): FieldCheck {
  return fieldCheck({ schema: { type: "integer", minimum: min, maximum: max } }, (c, value) => {
    if (typeof value !== "number" || !Number.isInteger(value)) c.report(`must be an integer from ${min} to ${max}`);
    else if (value < min || value > max) c.report(`must be from ${min} to ${max}, was ${value}`);
  });
}

const DATE_MESSAGE = "must be a date YYYY-MM-DD that exists in the calendar";

/** The JSON Schema of a calendar date: `format: date` checks that the day exists (no 2025-02-30). */
export const DATE_SCHEMA = { type: "string", format: "date", pattern: DATE.source } as const;

export const date: FieldCheck = fieldCheck({ schema: DATE_SCHEMA }, (c, value) => {
  if (!isCalendarDate(value)) c.report(DATE_MESSAGE);
});

const INSTANT_MESSAGE = "must be an ISO 8601 instant, e.g. 2025-09-15T10:00:00.000Z";

/** Not `format: date-time`: that needs a time and a zone, and the door takes a date alone too (dates.ts). */
export const instant: FieldCheck = fieldCheck(
  {
    schema: { type: "string", pattern: INSTANT.source, description: `${INSTANT_MESSAGE.replace(/^must be /, "")}; the time and the zone may be left out (a missing zone is UTC)` },
    beyond: "the date exists in the calendar, the time and the zone offset are real ones (hours to 23, minutes and seconds to 59)",
  },
  (c, value) => {
    if (!isInstant(value)) c.report(INSTANT_MESSAGE);
  },
);

export const textList: FieldCheck = fieldCheck({ schema: { type: "array", items: { type: "string" } } }, (c, value) => {
  if (!Array.isArray(value)) {
    c.report("must be a list of strings");
    return;
  }
  value.forEach((item, i) => {
    if (typeof item !== "string") c.at(i).report("must be a string");
  });
});

/** The field's value when it is a valid date, else undefined: rules compare only dates that parsed. */
export function dateOf(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  return isCalendarDate(value) ? value : undefined;
}

/** The field's value when it is a string, else undefined. */
export function textOf(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === "string" ? value : undefined;
}
