/** What a subgraph is to the processes that host it: a pure schema builder and a context factory. */
import type { GraphQLSchema } from "graphql";
import type { Principal } from "./auth/principal.js";
import type { RequestScope, SubgraphContext, SubgraphDependencies } from "./context.js";

export const SUBGRAPH_NAMES = ["hoks", "persons", "consents"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface SchemaOptions {
  /** Shield's rules; off only in benchmarks that measure what the rules cost. */
  permissions?: boolean;
}

export interface SubgraphDefinition<C extends SubgraphContext = SubgraphContext> {
  name: SubgraphName;
  buildSchema(options?: SchemaOptions): Promise<GraphQLSchema>;
  createContext(deps: SubgraphDependencies, principal: Principal, request?: RequestScope): C;
}
