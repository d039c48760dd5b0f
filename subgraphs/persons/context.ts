/** The persons subgraph's per-request context: the shared parts plus this request's loaders. */
import type { Principal } from "../shared/auth/principal.js";
import { baseContext, type RequestScope, type SubgraphContext, type SubgraphDependencies } from "../shared/context.js";
import { createPersonsLoaders, type PersonsLoaders } from "./loaders.js";

export interface PersonsContext extends SubgraphContext {
  loaders: PersonsLoaders;
}

export function createPersonsContext(deps: SubgraphDependencies, principal: Principal, request?: RequestScope): PersonsContext {
  const base = baseContext(deps, "persons", principal, request);
  return { ...base, loaders: createPersonsLoaders(base) };
}
