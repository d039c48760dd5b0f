/**
 * Shield wraps only fields with resolvers of their own (subgraphs/shared/permissions.ts). This
 * keeps that from hiding a rule: every object type with a plain (unwrapped) field must be a value
 * type its subgraph explicitly allows, and every entity type's fields must all be wrapped.
 */
import { isObjectType, type GraphQLSchema } from "graphql";
import { allow } from "graphql-shield";
import { describe, expect, it } from "vitest";
import { consentsRules } from "../subgraphs/consents/permissions.js";
import { hoksRules } from "../subgraphs/hoks/permissions.js";
import { personsRules } from "../subgraphs/persons/permissions.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { cameThroughScope } from "../subgraphs/shared/permissions.js";

const RULES = { hoks: hoksRules, persons: personsRules, consents: consentsRules } as const;

function typesWithPlainFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
    .filter((type) => Object.values((type as any).getFields()).some((field: any) => !field.resolve))
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
    const guarded = Object.entries(RULES[name]).filter(([, rule]) => rule === cameThroughScope).map(([type]) => type);
    expect(guarded.length).toBeGreaterThan(0);
    for (const type of guarded) expect(typesWithPlainFields(schema), type).not.toContain(type);
  });
});
