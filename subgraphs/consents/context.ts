/** The consents subgraph's per-request context. */
import type { Principal } from "../shared/auth/principal.js";
import type { SubgraphContext, SubgraphDependencies } from "../shared/context.js";
import { createConsentsLoaders, type ConsentsLoaders } from "./loaders.js";

export interface ConsentsContext extends SubgraphContext {
  loaders: ConsentsLoaders;
}

export function createConsentsContext(deps: SubgraphDependencies, principal: Principal): ConsentsContext {
  return { principal, today: deps.clock.today(), db: deps.db, loaders: createConsentsLoaders(deps.db, principal) };
}
