/**
 * Builds an Apollo Federation 2 subgraph schema from type-graphql classes: type-graphql gives the
 * types and resolvers, @apollo/subgraph adds `_service` and `_entities`. Pure: no ports, no
 * database; tests, the compose script and the servers all call it.
 */
import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { Kind, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";

export const FEDERATION_LINK = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])
`;

/**
 * type-graphql cannot describe the root types; every subgraph gives them the same words, so that
 * composition has one description to keep.
 */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "Reads. Each answers only what the disclosure rules let the caller see: an object asked for by its key that the caller may not see is null with NOT_FOUND, exactly as a missing one; lists leave out what is hidden; hidden fields are null. Every read of a student's data is recorded in the audit trail.",
  Mutation:
    "Writes: plans (study administration systems and officials with the privilege), consents and share links (the student), the persons feed (OPH and provider systems). A refused write changes nothing; every write is recorded in the audit trail with its changes, in the same transaction.",
};

function withRootDescriptions(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && ROOT_DESCRIPTIONS[definition.name.value] && !definition.description
        ? { ...definition, description: { kind: Kind.STRING, value: ROOT_DESCRIPTIONS[definition.name.value]!, block: true } }
        : definition,
    ),
  };
}

/** `__resolveReference` functions, by entity type name. */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck">,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: withRootDescriptions(parse(FEDERATION_LINK + printSchemaWithDirectives(schema))),
    // type-graphql's resolver map is structurally the one @apollo/subgraph takes.
    resolvers: resolvers as never,
  });
}
