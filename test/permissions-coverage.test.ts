/**
 * Shield wraps only fields with resolvers of their own (subgraphs/shared/permissions.ts). This
 * keeps that from hiding a rule: every object type with a plain (unwrapped) field must be a value
 * type its subgraph explicitly allows, and every entity type's fields must all be wrapped.
 */
import { GraphQLError, isObjectType, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { allow } from "graphql-shield";
import { describe, expect, it } from "vitest";
import { consentsRules } from "../subgraphs/consents/permissions.js";
import { hoksRules } from "../subgraphs/hoks/permissions.js";
import { personsRules } from "../subgraphs/persons/permissions.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { withGrant } from "../subgraphs/shared/grant.js";
import { guardedTypes, isPlainField } from "../subgraphs/shared/permissions.js";

const RULES = { hoks: hoksRules, persons: personsRules, consents: consentsRules } as const;

function typesWithPlainFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
    .filter((type) => Object.values((type as GraphQLObjectType).getFields()).some(isPlainField))
    .map((type) => type.name)
    .sort();
}

describe.each(Object.keys(RULES) as (keyof typeof RULES)[])("the %s subgraph", (name) => {
  it("leaves unwrapped only fields of explicitly allowed value types", async () => {
    const schema = await SUBGRAPHS[name].buildSchema();
    const plain = typesWithPlainFields(schema);
    const rules = RULES[name] as Record<string, unknown>;
    for (const type of plain) expect(rules[type], `${type} has plain fields but is not an allowed value type`).toBe(allow);
  });

  it("wraps every field of its guarded entity types", async () => {
    const schema = await SUBGRAPHS[name].buildSchema();
    const guarded = guardedTypes(RULES[name]);
    expect(guarded.length).toBeGreaterThan(0);
    for (const type of guarded) expect(typesWithPlainFields(schema), type).not.toContain(type);
  });

  it("lets no field of a guarded type show anything of an object no scoped data function stamped", async () => {
    const schema = await SUBGRAPHS[name].buildSchema();
    const guarded = guardedTypes(RULES[name]);
    for (const typeName of guarded) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      for (const field of Object.values(type.getFields())) {
        // Every field holds a value, so a field that showed it would be seen.
        const parent = Object.fromEntries(Object.keys(type.getFields()).map((key) => [key, "a value"]));
        const info = { fieldName: field.name, parentType: type, returnType: field.type } as GraphQLResolveInfo;
        // Shield's wrapper answers its refusal as the field's value; the plain fields' guard throws it.
        const outcome = await Promise.resolve()
          .then(() => field.resolve!(parent, {}, {}, info))
          .catch((error: unknown) => error);
        expect(outcome, `${typeName}.${field.name}`).toBeInstanceOf(GraphQLError);
        expect((outcome as GraphQLError).extensions.code, `${typeName}.${field.name}`).toBe("FORBIDDEN");
      }
    }
  });

  it("shows a stamped object's plain fields as they are", async () => {
    const schema = await SUBGRAPHS[name].buildSchema();
    const guarded = guardedTypes(RULES[name]);
    const plainFields = guarded.flatMap((typeName) => {
      const type = schema.getType(typeName) as GraphQLObjectType;
      return Object.values(type.getFields())
        .filter((field) => field.resolve?.name === "grantedValue")
        .map((field) => ({ type, field }));
    });
    expect(plainFields.length).toBeGreaterThan(0);
    for (const { type, field } of plainFields) {
      const parent = withGrant({ [field.name]: `${type.name}.${field.name}` }, "R1");
      const info = { fieldName: field.name, parentType: type, returnType: field.type } as GraphQLResolveInfo;
      expect(field.resolve!(parent, {}, {}, info)).toBe(`${type.name}.${field.name}`);
    }
  });
});
