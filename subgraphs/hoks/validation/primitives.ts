/**
 * Checks of single values: JSON types, numbers in range, dates and instants. Each is a
 * `FieldCheck`, so a shape lists them next to its keys.
 */
import { isCalendarDate, isInstant } from "./dates.js";
import type { FieldCheck, JsonObject } from "./shape.js";

export const text: FieldCheck = (c, value) => {
  if (typeof value !== "string") c.report("must be a string");
};

/** A string with something in it: for identifiers, where "" would identify nothing. */
export const nonEmptyText: FieldCheck = (c, value) => {
  if (typeof value !== "string") c.report("must be a string");
  else if (value.trim() === "") c.report("must not be empty");
};

export const bool: FieldCheck = (c, value) => {
  if (typeof value !== "boolean") c.report("must be true or false");
};

export const integer: FieldCheck = (c, value) => {
  if (typeof value !== "number" || !Number.isInteger(value)) c.report("must be an integer");
};

/** Hours, credits, weeks: any number, fractions allowed, never negative. */
export const nonNegativeNumber: FieldCheck = (c, value) => {
  if (typeof value !== "number" || !Number.isFinite(value)) c.report("must be a number");
  else if (value < 0) c.report("must not be negative");
};

export function integerBetween(min: number, max: number): FieldCheck {
  return (c, value) => {
    if (typeof value !== "number" || !Number.isInteger(value)) c.report(`must be an integer from ${min} to ${max}`);
    else if (value < min || value > max) c.report(`must be from ${min} to ${max}, was ${value}`);
  };
}

export const date: FieldCheck = (c, value) => {
  if (!isCalendarDate(value)) c.report("must be a date YYYY-MM-DD that exists in the calendar");
};

export const instant: FieldCheck = (c, value) => {
  if (!isInstant(value)) c.report("must be an ISO 8601 instant, e.g. 2025-09-15T10:00:00.000Z");
};

export const textList: FieldCheck = (c, value) => {
  if (!Array.isArray(value)) {
    c.report("must be a list of strings");
    return;
  }
  value.forEach((item, i) => {
    if (typeof item !== "string") c.at(i).report("must be a string");
  });
};

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
