/**
 * Limits on what a query may ask (graphql-armor), against deep nesting, alias floods, huge
 * documents, expensive fragments and directive floods. The gateway and every subgraph apply the
 * same ones: in a flat internal network a subgraph is an edge too.
 *
 * Only fields nest: fragments (`... on Hoks { … }`, `...Parts`) add neither depth nor cost. That
 * is what lets one set of numbers serve both doors: the gateway's query plan asks a subgraph for
 * `_entities(representations: $r) { ... on Henkilo { hoksit { … } } }`, a part of the caller's
 * query under one field and a type condition: its depth stays within the caller's, its cost and
 * length grow only by the keys and `__typename`s the planner adds, and the representations
 * travel as a variable, which counts for nothing. The defaults leave room
 * for the heaviest query we serve ourselves (a student's whole plan, every field, through `me`:
 * depth 8, cost ~3 400, 650 tokens, at the gateway and in the hoks subgraph's fetch alike), and
 * each can be set by environment variable.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { settings, type Settings } from "./config/settings.js";

export interface EdgeLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = { maxDepth: 12, maxAliases: 15, maxTokens: 2500, maxCost: 20_000, maxDirectives: 50 };

/** The limits from the settings (`GRAPHQL_MAX_*`, checked at start), the defaults for those unset. */
export function edgeLimitsFromEnv(current: Settings = settings()): EdgeLimits {
  return {
    maxDepth: current.GRAPHQL_MAX_DEPTH ?? DEFAULT_EDGE_LIMITS.maxDepth,
    maxAliases: current.GRAPHQL_MAX_ALIASES ?? DEFAULT_EDGE_LIMITS.maxAliases,
    maxTokens: current.GRAPHQL_MAX_TOKENS ?? DEFAULT_EDGE_LIMITS.maxTokens,
    maxCost: current.GRAPHQL_MAX_COST ?? DEFAULT_EDGE_LIMITS.maxCost,
    maxDirectives: current.GRAPHQL_MAX_DIRECTIVES ?? DEFAULT_EDGE_LIMITS.maxDirectives,
  };
}

/**
 * Apollo Server options enforcing the limits. The token limit is graphql-js's own parse option: it
 * stops the parser early and answers a 400 parse error (armor's plugin turned it into a 500).
 */
export function edgeProtection(limits: EdgeLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true },
    maxDirectives: { n: limits.maxDirectives },
    // Apollo Server hides suggestions itself (hideSchemaDetailsFromClientErrors); armor's blocker
    // rewrites every error's message and crashes on errors whose message cannot be set.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins: armor.plugins, validationRules: armor.validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
