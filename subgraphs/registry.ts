/** Every subgraph of this service, by name: what `main.ts`, `npm start` and the compose script host. */
import { consentsSubgraph } from "./consents/definition.js";
import { hoksSubgraph } from "./hoks/definition.js";
import { personsSubgraph } from "./persons/definition.js";
import type { SubgraphDefinition, SubgraphName } from "./shared/subgraph.js";

export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<any>> = {
  hoks: hoksSubgraph,
  persons: personsSubgraph,
  consents: consentsSubgraph,
};

/** The port each subgraph listens on by default, and the URL the committed supergraph names. */
export const DEFAULT_PORTS: Record<SubgraphName | "gateway", number> = {
  gateway: 4000,
  hoks: 4001,
  persons: 4002,
  consents: 4003,
};

export function defaultSubgraphUrl(name: SubgraphName): string {
  return `http://localhost:${DEFAULT_PORTS[name]}/graphql`;
}
