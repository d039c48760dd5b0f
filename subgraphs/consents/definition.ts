import type { SubgraphDefinition } from "../shared/subgraph.js";
import { createConsentsContext, type ConsentsContext } from "./context.js";
import { buildConsentsSchema } from "./schema.js";

/** Consents and sharing: the student's consents to disclose, and share links. */
export const consentsSubgraph: SubgraphDefinition<ConsentsContext> = {
  name: "consents",
  buildSchema: buildConsentsSchema,
  createContext: createConsentsContext,
};
