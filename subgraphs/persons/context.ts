/** The persons subgraph's per-request context: the shared parts plus this request's loaders. */
import type { Principal } from "../shared/auth/principal.js";
import type { SubgraphContext, SubgraphDependencies } from "../shared/context.js";
import { createPersonsLoaders, type PersonsLoaders } from "./loaders.js";

export interface PersonsContext extends SubgraphContext {
  loaders: PersonsLoaders;
}

export function createPersonsContext(deps: SubgraphDependencies, principal: Principal): PersonsContext {
  const today = deps.clock.today();
  return { principal, today, db: deps.db, loaders: createPersonsLoaders(deps.db, principal, today) };
}
