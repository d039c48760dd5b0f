import type { SubgraphDefinition } from "../shared/subgraph.js";
import { createHoksContext, type HoksContext } from "./context.js";
import { buildHoksSchema } from "./schema.js";

/** HOKS content: plans, their units, periods, demonstrations and the other lists. */
export const hoksSubgraph: SubgraphDefinition<HoksContext> = {
  name: "hoks",
  buildSchema: buildHoksSchema,
  createContext: createHoksContext,
};
