/**
 * The plan documents of the REST contract, generated from the very shapes the door validates with
 * (subgraphs/hoks/validation/): each field check's `accepts`, each shape's keys, required keys,
 * forbidden keys and rules. Nothing here restates a rule, so the contract cannot drift from the
 * validation. What JSON Schema cannot say (dates in order, facts of the study right, today's date)
 * the object's description says in the rule's own words (`describe`).
 *
 * A document is generated per mode: the three write kinds (create and replace take the whole plan,
 * patch the top level) and `read`, the plan as GET answers it (the server's ids in it, nothing
 * required: a caller's view may leave out what it may not see, and values are never null).
 */
import type { WriteKind } from "../../subgraphs/hoks/validation/context.js";
import type { Accepts, JsonSchema, Shape } from "../../subgraphs/hoks/validation/shape.js";

export type SchemaMode = WriteKind | "read";

/** How an object's description begins its rules beyond the schema; tests look for it. */
export const RULES_IN_WORDS = "Also checked, beyond what this schema says (a 400 names the path):";

const NAME_SUFFIX: Record<SchemaMode, string> = { create: "", replace: "ForReplace", patch: "ForPatch", read: "AsRead" };

/** A null where the value is optional: validation takes a null as not sent. */
function nullable(schema: JsonSchema): JsonSchema {
  if ("not" in schema && Object.keys(schema.not as object).length === 0) return { type: "null", description: schema.description };
  if (typeof schema.type === "string") return { ...schema, type: [schema.type, "null"] };
  return { anyOf: [schema, { type: "null" }] };
}

/** The schema with the rules beyond it in its description, after what the description said. */
function withWords(schema: JsonSchema, rules: readonly string[]): JsonSchema {
  const lines = [RULES_IN_WORDS, ...rules.map((rule) => `- ${rule}`)];
  return { ...schema, description: [schema.description, ...lines].filter(Boolean).join("\n") };
}

/**
 * Generates schemas into `components` (named after the shapes' titles). A shape whose schema
 * differs between modes gets the mode's suffix (`ReadinessStudyForReplace`: it takes an `id` there).
 */
export class PlanSchemaGenerator {
  readonly components: Record<string, JsonSchema> = {};

  /** The schema of a value a check accepts, in `mode`. */
  accepted(accepts: Accepts, mode: SchemaMode): JsonSchema {
    if ("schema" in accepts) return accepts.beyond ? withWords(accepts.schema, [accepts.beyond]) : accepts.schema;
    if ("shape" in accepts) return this.object(accepts.shape, mode);
    if ("byKind" in accepts) return this.accepted(accepts.byKind(mode === "read" ? "replace" : mode), mode);
    const list: JsonSchema = { type: "array", items: this.accepted(accepts.list.accepts, mode) };
    return accepts.rule && mode !== "read" ? withWords(list, [accepts.rule.describe]) : list;
  }

  /** An object of the shape: exactly its keys (unknown keys are refused), as validation has them. */
  object(s: Shape, mode: SchemaMode, extraRules: readonly string[] = []): JsonSchema {
    const read = mode === "read";
    const required = read ? [] : [...new Set(s.required)];
    const properties: Record<string, JsonSchema> = {};
    for (const [key, check] of Object.entries(s.fields)) {
      const schema = this.accepted(check.accepts, mode);
      properties[key] = read || required.includes(key) ? schema : nullable(schema);
    }
    if (read) Object.assign(properties, s.answered);
    else for (const [key, reason] of Object.entries(s.forbidden)) properties[key] = { not: {}, description: reason };
    let schema: JsonSchema = { type: "object", properties, additionalProperties: false };
    if (required.length) schema.required = required;
    if (!read) {
      const expressed = s.rules.map((rule) => rule.schema?.(mode)).filter((rule): rule is JsonSchema => rule !== undefined);
      if (expressed.length) schema.allOf = expressed;
      const words = [...s.rules.filter((rule) => !rule.schema).map((rule) => rule.describe), ...extraRules];
      if (words.length) schema = withWords(schema, words);
    }
    return s.title ? this.named(s.title, mode, schema) : schema;
  }

  private named(title: string, mode: SchemaMode, schema: JsonSchema): JsonSchema {
    const text = JSON.stringify(schema);
    // The plain name when it is free or holds the same schema; the mode's own name otherwise.
    for (const name of [title, `${title}${NAME_SUFFIX[mode]}`]) {
      const existing = this.components[name];
      if (existing === undefined || JSON.stringify(existing) === text) {
        this.components[name] = schema;
        return { $ref: `#/components/schemas/${name}` };
      }
    }
    throw new Error(`Two different ${mode} schemas are both named ${title}`);
  }
}
