import type { SubgraphDefinition } from "../shared/subgraph.js";
import { createPersonsContext, type PersonsContext } from "./context.js";
import { buildPersonsSchema } from "./schema.js";

/** Persons, study rights and organisations: the Koski-like facts HOKS content refers to. */
export const personsSubgraph: SubgraphDefinition<PersonsContext> = {
  name: "persons",
  buildSchema: buildPersonsSchema,
  createContext: createPersonsContext,
};
