/** The hoks subgraph's per-request context: the shared parts plus this request's loaders. */
import type { Principal } from "../shared/auth/principal.js";
import type { SubgraphContext, SubgraphDependencies } from "../shared/context.js";
import { createHoksLoaders, type HoksLoaders } from "./loaders.js";

export interface HoksContext extends SubgraphContext {
  loaders: HoksLoaders;
}

export function createHoksContext(deps: SubgraphDependencies, principal: Principal): HoksContext {
  const today = deps.clock.today();
  return { principal, today, db: deps.db, loaders: createHoksLoaders(deps.db, principal, today) };
}
