/**
 * Object shapes: which keys an entity may carry, which it must carry, and the rules that look at
 * several of its fields together. One walker applies a shape, so unknown keys, server fields and
 * missing fields are reported the same way in every entity.
 */
import type { RuleEnv } from "./context.js";
import type { ProblemCollector } from "./problems.js";

export type JsonObject = Record<string, unknown>;

/** Checks one value; the collector stands at the value's path. */
export type FieldCheck = (c: ProblemCollector, value: unknown, env: RuleEnv) => void;

/** Checks an object as a whole (fields that depend on each other); the collector stands at the object. */
export type ObjectRule = (c: ProblemCollector, object: JsonObject, env: RuleEnv) => void;

export interface Shape {
  fields: Record<string, FieldCheck>;
  required: readonly string[];
  /** Keys that must not be sent, with the reason; reported whatever their value (even null). */
  forbidden: Record<string, string>;
  rules: readonly ObjectRule[];
}

export const SERVER_FIELD = "is set by the server and must not be sent";

/** `id` and `module-id` are made by the store in every entity that has them; a sender never sends them. */
const SERVER_FIELDS: Record<string, string> = { id: SERVER_FIELD, "module-id": SERVER_FIELD };

/**
 * Builds a shape from parts (fields of a code pair, shared unit fields, ...); later parts add to
 * earlier ones. A part that names `id` as a field takes it off the forbidden server fields.
 */
export function shape(...parts: Partial<Shape>[]): Shape {
  const fields: Record<string, FieldCheck> = Object.assign({}, ...parts.map((p) => p.fields ?? {}));
  const forbidden: Record<string, string> = Object.assign({ ...SERVER_FIELDS }, ...parts.map((p) => p.forbidden ?? {}));
  for (const key of Object.keys(fields)) delete forbidden[key];
  return { fields, required: parts.flatMap((p) => p.required ?? []), forbidden, rules: parts.flatMap((p) => p.rules ?? []) };
}

const senderId: FieldCheck = (c, value) => {
  if (typeof value !== "number" || !Number.isInteger(value)) c.report("must be an integer");
};

/**
 * An `id` the existing service takes on people, assessors, a demonstration's organiser, the
 * workplace block and TUVA parts (what its clients read back and send again). It names nothing
 * here: it is checked to be an integer and not stored.
 */
export const SENDER_ID: Partial<Shape> = { fields: { id: senderId } };

/** An `id` taken on replace and patch only (studies supporting readiness, as the existing service). */
export const IDS_ON_UPDATE: Partial<Shape> = {
  fields: { id: (c, value, env) => (env.kind === "create" ? c.report(SERVER_FIELD) : senderId(c, value, env)) },
};

/**
 * A shape's entry for a key the sender chose. Only the shape's own entries count: `constructor`,
 * `toString` or `__proto__` sent as a key would otherwise find Object.prototype's members and be
 * taken for a field (or crash), where they are unknown keys like any other.
 */
function ownEntry<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Sent and not null. An optional field sent as null counts as not sent: senders serialise absent
 * optional values as null, and the existing service stores nothing for them either.
 */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Applies a shape: reports a non-object, forbidden and unknown keys, missing required keys and
 * each field's own problems, then the shape's rules. Returns the object for further rules, or
 * undefined when the value is not an object at all.
 */
export function checkObject(c: ProblemCollector, value: unknown, s: Shape, env: RuleEnv): JsonObject | undefined {
  if (!isJsonObject(value)) {
    c.report("must be a JSON object");
    return undefined;
  }
  for (const [key, fieldValue] of Object.entries(value)) {
    const forbidden = ownEntry(s.forbidden, key);
    if (forbidden !== undefined) {
      c.at(key).report(forbidden);
      continue;
    }
    const check = ownEntry(s.fields, key);
    if (!check) {
      c.at(key).report("is not a field of this object");
      continue;
    }
    if (isPresent(fieldValue)) check(c.at(key), fieldValue, env);
  }
  for (const key of s.required) {
    if (!isPresent(value[key])) c.at(key).report("is required");
  }
  for (const rule of s.rules) rule(c, value, env);
  return value;
}

/** A field holding an object of the given shape. */
export function objectOf(s: Shape): FieldCheck {
  return (c, value, env) => void checkObject(c, value, s, env);
}

/** A field holding a list; each item is checked at its index. */
export function listOf(item: FieldCheck): FieldCheck {
  return (c, value, env) => {
    if (!Array.isArray(value)) {
      c.report("must be a list");
      return;
    }
    value.forEach((v, i) => item(c.at(i), v, env));
  };
}

/** A list field whose list as a whole also has a rule (e.g. its items must not overlap). */
export function listWithRule(item: FieldCheck, rule: (c: ProblemCollector, items: unknown[], env: RuleEnv) => void): FieldCheck {
  const each = listOf(item);
  return (c, value, env) => {
    each(c, value, env);
    if (Array.isArray(value)) rule(c, value, env);
  };
}
