/** The hoks subgraph's per-request context: the shared parts plus this request's loaders. */
import type { Principal } from "../shared/auth/principal.js";
import { baseContext, type RequestScope, type SubgraphContext, type SubgraphDependencies } from "../shared/context.js";
import { createHoksLoaders, type HoksLoaders } from "./loaders.js";

export interface HoksContext extends SubgraphContext {
  loaders: HoksLoaders;
}

export function createHoksContext(deps: SubgraphDependencies, principal: Principal, request?: RequestScope): HoksContext {
  const base = baseContext(deps, "hoks", principal, request);
  return { ...base, loaders: createHoksLoaders(base) };
}
