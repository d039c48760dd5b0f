/**
 * Static composition: each of our subgraphs' SDL comes from its pure schema builder, partners'
 * from their configuration; the partners are held to the partner policy, and @apollo/composition
 * joins everything into the supergraph, with no network involved.
 */
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { lexicographicSortSchema, parse, printSchema } from "graphql";
import { defaultSubgraphUrl, SUBGRAPHS } from "../subgraphs/registry.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "../subgraphs/shared/subgraph.js";
import { explainCompositionError } from "./composition-errors.js";
import type { PartnerSubgraph } from "./partner-config.js";
import { ourSchemaOf, partnerPolicyProblems } from "./partner-policy.js";

export interface Composition {
  subgraphSdl: Record<SubgraphName, string>;
  supergraphSdl: string;
  /**
   * The API schema: what clients see through the gateway (no federation or join machinery, no
   * @inaccessible parts), sorted by name so that a code change moves only the lines it touches.
   * Committed as schema/api.graphql for clients' code generators and IDEs.
   */
  apiSdl: string;
}

export class CompositionFailed extends Error {
  constructor(readonly problems: string[]) {
    super(`Composition failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

function parsed(name: string, sdl: string) {
  try {
    return parse(sdl);
  } catch (error) {
    throw new CompositionFailed([`${name}: its SDL is not valid GraphQL (${(error as Error).message})`]);
  }
}

export async function composeSupergraph(partners: PartnerSubgraph[] = []): Promise<Composition> {
  const subgraphSdl = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) subgraphSdl[name] = printSubgraphSchema(await SUBGRAPHS[name].buildSchema());
  for (const partner of partners) parsed(partner.name, partner.sdl);
  const ours = ourSchemaOf(Object.values(subgraphSdl));
  const refusals = partners.flatMap((partner) => partnerPolicyProblems(partner.name, partner.sdl, ours));
  if (refusals.length) throw new CompositionFailed(refusals);
  const result = composeServices([
    ...SUBGRAPH_NAMES.map((name) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(subgraphSdl[name]) })),
    ...partners.map((partner) => ({ name: partner.name, url: partner.url, typeDefs: parse(partner.sdl) })),
  ]);
  if (result.errors) throw new CompositionFailed(result.errors.map(explainCompositionError));
  const apiSdl = printSchema(lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema()));
  return { subgraphSdl, supergraphSdl: result.supergraphSdl, apiSdl };
}
