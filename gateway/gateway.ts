/**
 * The gateway: Apollo Server over @apollo/gateway and the committed supergraph. It verifies the
 * caller's token, forwards it to the subgraphs, masks internal errors and serves the explorer
 * (GraphiQL) in development.
 */
import { settings } from "../subgraphs/shared/config/settings.js";
import type { IncomingMessage } from "node:http";
import { apolloGateway } from "./apollo-gateway.js";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { TokenKeys } from "../subgraphs/shared/auth/keys.js";
import { apolloLogger } from "../subgraphs/shared/apollo-logger.js";
import { internalErrorLogging, maskError, unauthenticated } from "../subgraphs/shared/errors.js";
import { graphqlRoute, healthRoute, readinessRoute, type Route } from "../subgraphs/shared/http/http-server.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "../subgraphs/shared/subgraph.js";
import { gatewayContext, requireAuthentication, type GatewayContext } from "./authentication.js";
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, ForwardingDataSource } from "./subgraph-data-source.js";
import { DEFAULT_EDGE_LIMITS, edgeProtection, type EdgeLimits } from "../subgraphs/shared/edge-limits.js";
import { DEFAULT_ANONYMOUS_RATE_LIMIT, DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limit.js";
import { rateLimitBudgets } from "./rate-limit-shared.js";
import { rateLimitGate } from "./rate-limit-gate.js";
import { WrittenPositions } from "./written-positions.js";
import { ehoksV1Routes, type ExecuteAs } from "./rest/ehoks-v1-routes.js";
import { explorerRoutes } from "./explorer/explorer-page.js";
import { devRolesRoute, type ExplorerRole } from "./explorer/dev-roles.js";
import { readOperations } from "./operations.js";
import { clientErrorsAre400, supportedLiterals } from "./request-checks.js";
import { readSupergraph } from "./supergraph.js";
import { partnerFeaturesOf } from "./partner-features.js";
import { webAppRoute } from "./web-app.js";
import type { Clock } from "../subgraphs/shared/clock.js";
import { resolveTrustedDocument, UNTRUSTED_DOCUMENT, type TrustedDocuments } from "./trusted-documents.js";

/** A replica's lag is measured every poll (200 ms) and a wait adds 100 ms: two seconds past the bound cover both. */
const WRITTEN_POSITION_SLACK_MS = 2000;

export interface GatewayOptions {
  keys: TokenKeys;
  /** Where each subgraph listens, by its name in the supergraph. */
  subgraphUrls: Record<SubgraphName, string> & Record<string, string>;
  supergraphSdl?: string;
  production?: boolean;
  subgraphTimeoutMs?: number;
  /** Query limits at the edge; defaults as in subgraphs/shared/edge-limits.ts. */
  limits?: EdgeLimits;
  /** Requests per caller; defaults as in rate-limit.ts. */
  rateLimit?: RateLimit;
  /** Requests per address without a valid token; defaults as in rate-limit.ts. */
  anonymousRateLimit?: RateLimit;
  /** Proxies of ours in front of the gateway, whose `x-forwarded-for` entries the address limit trusts (rate-limit-address.ts); default 0. */
  proxyHops?: number;
  /** Redis shared by every gateway process for the rate limits (`REDIS_URL`); per process without it. */
  redisUrl?: string;
  /** How long every read is held to the latest write (default: the replicas' lag bound and 2 s). */
  writtenPositionsWindowMs?: number;
  /** Keeps the rate-limit keys of deployments (or test runs) that share one Redis apart. */
  rateLimitKeyPrefix?: string;
  /** When set, only these registered operations run (trusted-documents.ts). */
  trustedDocuments?: TrustedDocuments;
  /** Demo roles the development explorer and /dev/roles offer tokens for (outside production). */
  explorerRoles?: ExplorerRole[];
  /** The service date's clock, the subgraphs' one, told to the web app (/app-config.json); the real date when not given. */
  clock?: Clock;
}

export interface GatewayHandle {
  routes: Route[];
  stop(): Promise<void>;
}

function trustedMode(documents: TrustedDocuments | undefined) {
  if (!documents) return {};
  return { prepareBody: (body: unknown) => resolveTrustedDocument(body, documents), refusal: UNTRUSTED_DOCUMENT };
}

const isOurSubgraph = (name: string): name is SubgraphName => (SUBGRAPH_NAMES as readonly string[]).includes(name);

/** Each subgraph's readiness, by name only (addresses stay inside). */
async function subgraphsReady(urls: Record<string, string>): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const readyz = url.replace(/\/graphql$/, "/readyz");
      const ok = await fetch(readyz, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
      return [name, ok] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** A missing or invalid token answers like GraphQL does (401 on REST). */
function unauthenticatedAs401(execute: ExecuteAs): ExecuteAs {
  return async (req, query, variables) => {
    try {
      return await execute(req, query, variables);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === "UNAUTHENTICATED") return { errors: [{ message: (error as Error).message, extensions: { code } }] };
      throw error;
    }
  };
}

/**
 * Apollo's own landing pages load from a CDN; the explorer (explorer/) is served by the gateway
 * itself as routes, so Apollo shows none.
 */
function landingPage() {
  return ApolloServerPluginLandingPageDisabled();
}

/**
 * Development tools beside the graph, never in production: the explorer (at /explorer and, for a
 * browser, at the GraphQL path) and the demo roles' tokens (/dev/roles, with the signing key only).
 */
function developmentRoutes(production: boolean, options: GatewayOptions): Route[] {
  if (production) return [];
  const roles = options.explorerRoles?.length ? [devRolesRoute(options.keys, options.explorerRoles)] : [];
  return [...explorerRoutes(readOperations()), ...roles];
}

export async function createGateway(options: GatewayOptions): Promise<GatewayHandle> {
  const production = options.production ?? settings().NODE_ENV === "production";
  const timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  // Read-your-writes across read replicas: as long as a replica within the lag bound could still be behind a write.
  const positions = new WrittenPositions(options.writtenPositionsWindowMs ?? settings().DATABASE_READ_MAX_LAG_MS + WRITTEN_POSITION_SLACK_MS, options.redisUrl, options.rateLimitKeyPrefix ? `${options.rateLimitKeyPrefix}:written` : undefined);
  const gateway = apolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      // Ours are found where this deployment runs them; a partner where the supergraph says.
      if (isOurSubgraph(name)) return new ForwardingDataSource(options.subgraphUrls[name], timeoutMs, true, positions);
      if (!url) throw new Error(`No URL for partner subgraph "${name}" in the supergraph`);
      return new ForwardingDataSource(options.subgraphUrls[name] ?? url, timeoutMs, false);
    },
  });
  const protection = edgeProtection(options.limits ?? DEFAULT_EDGE_LIMITS);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    // The process stops the gateway itself (process/termination.ts); see there why Apollo's may not.
    stopOnTerminationSignals: false,
    logger: apolloLogger("gateway"),
    allowBatchedHttpRequests: false,
    // No "Did you mean …?" suggestions: they map the schema for a stranger.
    hideSchemaDetailsFromClientErrors: true,
    validationRules: [...protection.validationRules, supportedLiterals],
    parseOptions: protection.parseOptions,
    introspection: !production,
    plugins: [
      ...protection.plugins,
      internalErrorLogging,
      clientErrorsAre400,
      requireAuthentication(!production),
      landingPage(),
      // Nothing here may be cached (see listen's no-store); computing cache hints per field is waste.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await server.start();
  const budgets = await rateLimitBudgets(
    { callers: options.rateLimit ?? DEFAULT_RATE_LIMIT, addresses: options.anonymousRateLimit ?? DEFAULT_ANONYMOUS_RATE_LIMIT },
    options.redisUrl,
    options.rateLimitKeyPrefix,
  );
  const gate = rateLimitGate({ keys: options.keys, callers: budgets.callers, addresses: budgets.addresses, proxyHops: options.proxyHops ?? 0 });
  const context = (req: IncomingMessage) => gatewayContext(options.keys, req);
  const executeAs: ExecuteAs = async (req, query, variables) => {
    const contextValue = await context(req);
    if (!contextValue.principal) throw unauthenticated();
    const response = await server.executeOperation({ query, variables }, { contextValue });
    return response.body.kind === "single" ? response.body.singleResult : { errors: [{ message: "Unexpected incremental response" }] };
  };
  return {
    routes: [
      healthRoute,
      readinessRoute(() => subgraphsReady(options.subgraphUrls)),
      ...developmentRoutes(production, options),
      webAppRoute({ production, clock: options.clock, partnerFeatures: partnerFeaturesOf(supergraphSdl) }),
      gate,
      graphqlRoute({ server, context, ...trustedMode(options.trustedDocuments) }),
      ehoksV1Routes(unauthenticatedAs401(executeAs)),
    ],
    stop: async () => {
      await server.stop();
      await budgets.close();
      await positions.close();
    },
  };
}
