/**
 * Every type, field, argument, input field and enum value a client can see carries a description:
 * the schema is the frontend developer's documentation (Sandbox, IDEs, generated types). Checked on
 * the composed API schema (what clients see) and on each subgraph's own schema (what a subgraph
 * called directly, or a partner's composition, shows). Federation's and introspection's own parts
 * are not ours to describe.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  buildSchema,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { composeSupergraph } from "../schema/composition.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { SUBGRAPH_NAMES } from "../subgraphs/shared/subgraph.js";

const FEDERATION_TYPES = new Set(["_Any", "_Entity", "_Service"]);
const FEDERATION_FIELDS = new Set(["_entities", "_service"]);
// federation__ names are federation's own scalars (FieldSet and the like) in a subgraph's schema.
const isFederationType = (name: string) => FEDERATION_TYPES.has(name) || /^(link__|join__|federation__)/.test(name);

const described = (description: string | null | undefined) => typeof description === "string" && description.trim().length > 0;

/** The schema coordinate of every undescribed element, e.g. `Hoks.id`, `Query.hoks(id:)`, `SuostumuksenOsio.KOKO_HOKS`. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const args = (owner: string, list: readonly GraphQLArgument[]) => {
    for (const arg of list) if (!described(arg.description)) missing.push(`${owner}(${arg.name}:)`);
  };
  for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type) || isFederationType(type.name)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (FEDERATION_FIELDS.has(field.name)) continue;
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        args(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

describe("schema descriptions", () => {
  it("describe everything in the composed API schema that clients see", async () => {
    const { apiSdl } = await composeSupergraph();
    expect(undescribed(buildSchema(apiSdl))).toEqual([]);
  });

  it.each(SUBGRAPH_NAMES)("describe everything in the %s subgraph's own schema", async (name) => {
    expect(undescribed(await SUBGRAPHS[name].buildSchema())).toEqual([]);
  });

  it("finds an undescribed field, argument, input field and enum value (the check itself works)", () => {
    const schema = buildSchema(`
      "A" type Query { "f" f(a: Int): E, g: Int }
      "E" enum E { "x" X Y }
      "I" input I { "a" a: Int, b: Int }
      "Q" type Q { "i" i("the input" i: I): Int }
    `);
    expect(undescribed(schema)).toEqual(["E.Y", "I.b", "Query.f(a:)", "Query.g"]);
  });
});
