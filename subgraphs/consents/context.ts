/** The consents subgraph's per-request context. */
import type { Principal } from "../shared/auth/principal.js";
import { baseContext, type RequestScope, type SubgraphContext, type SubgraphDependencies } from "../shared/context.js";
import { createConsentsLoaders, type ConsentsLoaders } from "./loaders.js";

export interface ConsentsContext extends SubgraphContext {
  loaders: ConsentsLoaders;
}

export function createConsentsContext(deps: SubgraphDependencies, principal: Principal, request?: RequestScope): ConsentsContext {
  const base = baseContext(deps, "consents", principal, request);
  return { ...base, loaders: createConsentsLoaders(base) };
}
