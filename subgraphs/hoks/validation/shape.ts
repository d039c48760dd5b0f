/**
 * Object shapes: which keys an entity may carry, which it must carry, and the rules that look at
 * several of its fields together. One walker applies a shape, so unknown keys, server fields and
 * missing fields are reported the same way in every entity.
 *
 * Every check also says what it accepts as JSON Schema (`accepts`), and every rule says in words
 * what it asks (`describe`): the REST door's OpenAPI contract is generated from these
 * (gateway/rest/openapi-plan-schema.ts), so the contract and the validation cannot drift apart.
 */
import type { RuleEnv, WriteKind } from "./context.js";
import type { ProblemCollector } from "./problems.js";

export type JsonObject = Record<string, unknown>;

/** A JSON Schema (2020-12, as OpenAPI 3.1 has it) of what a check accepts. */
export type JsonSchema = Record<string, unknown>;

/**
 * What a check accepts, for the contract: a value's JSON Schema (and, in words, what the check asks
 * beyond it: a check digit, today's date), an object of a shape, a list of items (and the rule on
 * the list as a whole, if any), or something that depends on the write kind.
 */
export type Accepts =
  | { schema: JsonSchema; beyond?: string }
  | { shape: Shape }
  | { list: FieldCheck; rule?: ListRule }
  | { byKind: (kind: WriteKind) => Accepts };

/** Checks one value; the collector stands at the value's path. */
export interface FieldCheck {
  (c: ProblemCollector, value: unknown, env: RuleEnv): void;
  readonly accepts: Accepts;
}

/** A check with what it accepts of a sent value (a null is not sent: see isPresent). */
export function fieldCheck(accepts: Accepts, check: (c: ProblemCollector, value: unknown, env: RuleEnv) => void): FieldCheck {
  return Object.assign(check, { accepts });
}

/** Checks an object as a whole (fields that depend on each other); the collector stands at the object. */
export interface ObjectRule {
  (c: ProblemCollector, object: JsonObject, env: RuleEnv): void;
  /** The rule in words; the contract gives it where JSON Schema cannot say it. */
  readonly describe: string;
  /**
   * What JSON Schema can say of the rule, for a write kind (undefined: the rule asks nothing of
   * that kind); a rule without it is given in words.
   */
  readonly schema?: (kind: WriteKind) => JsonSchema | undefined;
}

export function objectRule(
  describe: string,
  check: (c: ProblemCollector, object: JsonObject, env: RuleEnv) => void,
  schema?: (kind: WriteKind) => JsonSchema | undefined,
): ObjectRule {
  return Object.assign(check, schema ? { describe, schema } : { describe });
}

/** Checks a list as a whole (its items must not overlap, …); the collector stands at the list. */
export interface ListRule {
  (c: ProblemCollector, items: unknown[], env: RuleEnv): void;
  readonly describe: string;
}

export function listRule(describe: string, check: (c: ProblemCollector, items: unknown[], env: RuleEnv) => void): ListRule {
  return Object.assign(check, { describe });
}

export interface Shape {
  /** The entity's name in the REST contract, where it is a schema of its own. */
  title?: string;
  fields: Record<string, FieldCheck>;
  required: readonly string[];
  /** Keys that must not be sent, with the reason; reported whatever their value (even null). */
  forbidden: Record<string, string>;
  rules: readonly ObjectRule[];
  /** Keys the server makes and a read answers (never written), with their JSON Schema. */
  answered: Record<string, JsonSchema>;
}

export const SERVER_FIELD = "is set by the server and must not be sent";

/** `id` and `module-id` are made by the store in every entity that has them; a sender never sends them. */
const SERVER_FIELDS: Record<string, string> = { id: SERVER_FIELD, "module-id": SERVER_FIELD };
const SERVER_FIELD_SCHEMAS: Record<string, JsonSchema> = {
  id: { type: "integer", description: "made by the store; made anew when a replace writes the part again" },
  "module-id": { type: "string", format: "uuid", description: "the part's stable key, made by the store" },
};

/**
 * Builds a shape from parts (fields of a code pair, shared unit fields, ...); later parts add to
 * earlier ones. A part that names `id` as a field takes it off the forbidden server fields.
 */
export function shape(...parts: Partial<Shape>[]): Shape {
  const fields: Record<string, FieldCheck> = Object.assign({}, ...parts.map((p) => p.fields ?? {}));
  const forbidden: Record<string, string> = Object.assign({ ...SERVER_FIELDS }, ...parts.map((p) => p.forbidden ?? {}));
  const answered: Record<string, JsonSchema> = Object.assign({ ...SERVER_FIELD_SCHEMAS }, ...parts.map((p) => p.answered ?? {}));
  for (const key of Object.keys(fields)) {
    delete forbidden[key];
    delete answered[key];
  }
  const title = parts.findLast((p) => p.title !== undefined)?.title;
  const built: Shape = { fields, required: parts.flatMap((p) => p.required ?? []), forbidden, rules: parts.flatMap((p) => p.rules ?? []), answered };
  return title === undefined ? built : { title, ...built };
}

const senderId = fieldCheck({ schema: { type: "integer" } }, (c, value) => {
  if (typeof value !== "number" || !Number.isInteger(value)) c.report("must be an integer");
});

/** The keys sent and not null (what `isPresent` asks of them), in JSON Schema. */
export function presentSchema(keys: readonly string[]): JsonSchema {
  return { required: [...keys], properties: Object.fromEntries(keys.map((key) => [key, { not: { type: "null" } }])) };
}

/** What a value that must not be sent accepts: nothing (null counts as not sent; see isPresent). */
export function never(reason: string): JsonSchema {
  return { not: {}, description: reason };
}

/**
 * An `id` the existing service takes on people, assessors, a demonstration's organiser, the
 * workplace block and TUVA parts (what its clients read back and send again). It names nothing
 * here: it is checked to be an integer and not stored.
 */
export const SENDER_ID: Partial<Shape> = { fields: { id: senderId } };

/** An `id` taken on replace and patch only (studies supporting readiness, as the existing service). */
export const IDS_ON_UPDATE: Partial<Shape> = {
  fields: {
    id: fieldCheck({ byKind: (kind) => (kind === "create" ? { schema: never(SERVER_FIELD) } : senderId.accepts) }, (c, value, env) =>
      env.kind === "create" ? c.report(SERVER_FIELD) : senderId(c, value, env),
    ),
  },
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
  return fieldCheck({ shape: s }, (c, value, env) => void checkObject(c, value, s, env));
}

/** A field holding a list; each item is checked at its index. */
export function listOf(item: FieldCheck): FieldCheck {
  return fieldCheck({ list: item }, (c, value, env) => {
    if (!Array.isArray(value)) {
      c.report("must be a list");
      return;
    }
    value.forEach((v, i) => item(c.at(i), v, env));
  });
}

/** A list field whose list as a whole also has a rule (e.g. its items must not overlap). */
export function listWithRule(item: FieldCheck, rule: ListRule): FieldCheck {
  const each = listOf(item);
  return fieldCheck({ list: item, rule }, (c, value, env) => {
    each(c, value, env);
    if (Array.isArray(value)) rule(c, value, env);
  });
}
