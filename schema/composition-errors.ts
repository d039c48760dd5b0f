/**
 * Composition errors in plain words: what went wrong, and what the subgraph's owner can do.
 * @apollo/composition's own message follows each explanation, for the details.
 */
import type { GraphQLError } from "graphql";

const EXPLANATIONS: Record<string, string> = {
  INVALID_FIELD_SHARING:
    "Two subgraphs define the same field and neither marks it @shareable. If both really resolve it the same way, mark it @shareable in both; otherwise rename one.",
  FIELD_TYPE_MISMATCH: "Two subgraphs give one field different types. The types must agree (or be compatible: a subgraph may be stricter about null).",
  TYPE_KIND_MISMATCH: "One name is a different kind of type in two subgraphs (say an object type in one and an interface in the other). Rename one of them.",
  EXTERNAL_MISSING_ON_BASE: "A field is marked @external but no subgraph defines it. Define it where the entity lives, or drop @external.",
  KEY_FIELDS_SELECT_INVALID_TYPE: "An entity's @key names a field of a type that cannot be a key (a list, an interface, a union).",
  INVALID_GRAPHQL: "A subgraph's SDL is not valid GraphQL. Check it with its own server first.",
  SATISFIABILITY_ERROR:
    "Some query could not be planned: a field cannot be reached from the subgraphs that know its parent. Usually an entity lacks a @key the other subgraph can use, or a key field is missing.",
  INTERFACE_FIELD_NO_IMPLEM: "An interface gains a field in one subgraph that its implementations elsewhere do not have.",
  EXTENSION_WITH_NO_BASE: "A subgraph extends a type that no subgraph defines.",
  ROOT_QUERY_USED: "A subgraph names its query root something other than Query. Use the default root names.",
  DIRECTIVE_DEFINITION_INVALID: "A directive is defined differently from the federation specification. Import it with @link instead of defining it.",
  INVALID_LINK_IDENTIFIER: "The @link URL is not one composition knows. Link https://specs.apollo.dev/federation/v2.x.",
};

export function explainCompositionError(error: GraphQLError): string {
  const code = String(error.extensions?.code ?? "");
  const explanation = EXPLANATIONS[code];
  return explanation ? `${explanation}\n      (${code}: ${error.message})` : error.message;
}
