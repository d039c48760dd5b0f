/**
 * Static composition: each subgraph's SDL comes from its pure schema builder, and
 * @apollo/composition joins them into the supergraph, with no network involved.
 */
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { defaultSubgraphUrl, SUBGRAPHS } from "../subgraphs/registry.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "../subgraphs/shared/subgraph.js";

export interface Composition {
  subgraphSdl: Record<SubgraphName, string>;
  supergraphSdl: string;
}

export class CompositionFailed extends Error {
  constructor(readonly problems: string[]) {
    super(`Composition failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export async function composeSupergraph(): Promise<Composition> {
  const subgraphSdl = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) subgraphSdl[name] = printSubgraphSchema(await SUBGRAPHS[name].buildSchema());
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(subgraphSdl[name]) })),
  );
  if (result.errors) throw new CompositionFailed(result.errors.map((e) => e.message));
  return { subgraphSdl, supergraphSdl: result.supergraphSdl };
}
