/**
 * Limits on what a query may ask at the public edge (graphql-armor), against deep nesting, alias
 * floods, huge documents, expensive fragments and directive floods. The defaults leave room for the heaviest query we serve ourselves (a student's
 * whole plan, every field, through `me`), and each can be set by environment variable.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";

export interface EdgeLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = { maxDepth: 12, maxAliases: 15, maxTokens: 2500, maxCost: 20_000, maxDirectives: 50 };

const ENV: Record<keyof EdgeLimits, string> = {
  maxDepth: "GRAPHQL_MAX_DEPTH",
  maxAliases: "GRAPHQL_MAX_ALIASES",
  maxTokens: "GRAPHQL_MAX_TOKENS",
  maxCost: "GRAPHQL_MAX_COST",
  maxDirectives: "GRAPHQL_MAX_DIRECTIVES",
};

export class EdgeLimitConfigurationError extends Error {}

export function edgeLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): EdgeLimits {
  const limits = { ...DEFAULT_EDGE_LIMITS };
  for (const [key, name] of Object.entries(ENV) as [keyof EdgeLimits, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new EdgeLimitConfigurationError(`${name} must be a positive whole number, got "${raw}"`);
    limits[key] = value;
  }
  return limits;
}

/**
 * Apollo Server options enforcing the limits. The token limit is graphql-js's own parse option: it
 * stops the parser early and answers a 400 parse error (armor's plugin turned it into a 500).
 */
export function edgeProtection(limits: EdgeLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost },
    maxDirectives: { n: limits.maxDirectives },
    // Apollo Server hides suggestions itself (hideSchemaDetailsFromClientErrors); armor's blocker
    // rewrites every error's message and crashes on errors whose message cannot be set.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins: armor.plugins, validationRules: armor.validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
