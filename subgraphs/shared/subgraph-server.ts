/**
 * Hosts one subgraph over HTTP. Every request must carry a token that verifies here, in the
 * subgraph itself, and passes the same query limits as at the gateway, without field suggestions:
 * a subgraph reached directly is exactly as safe as one reached via the gateway.
 */
import type { IncomingMessage } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { countStatements } from "../../drizzle/statement-counter.js";
import { shareLinkHashFrom } from "./auth/share-link-header.js";
import { bearerToken, verifyToken } from "./auth/tokens.js";
import type { SubgraphContext, SubgraphDependencies } from "./context.js";
import { apolloLogger } from "./apollo-logger.js";
import { internalErrorLogging, maskError } from "./errors.js";
import { sql } from "drizzle-orm";
import { graphqlRoute, healthRoute, listen, logScopeOf, readinessRoute, type Route, type RunningServer } from "./http/http-server.js";
import { clientAddressOf } from "./http/client-address.js";
import { commitDeadlineOf, isMutation } from "./http/write-budget.js";
import { COMMIT_LSN_HEADER, READ_FROM_PRIMARY, readFloorOf } from "./http/read-your-writes.js";
import { DEFAULT_EDGE_LIMITS, edgeProtection, type EdgeLimits } from "./edge-limits.js";
import { log } from "./log.js";
import { settings } from "./config/settings.js";
import type { SchemaOptions, SubgraphDefinition } from "./subgraph.js";

export interface SubgraphHandle {
  routes: Route[];
  stop(): Promise<void>;
}

/** The database answers a trivial statement within two seconds. */
async function databaseAnswers(deps: SubgraphDependencies): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref());
  return Promise.race([deps.db.execute(sql`select 1`).then(() => true, () => false), timeout]);
}

function queryOf(body: unknown): string | undefined {
  const query = (body as { query?: unknown } | null)?.query;
  return typeof query === "string" ? query : undefined;
}

/**
 * With read replicas, a mutation's answer says where the primary's WAL stood after it committed,
 * for the gateway to hold every later read to (http/read-your-writes.ts). Without replicas there is
 * nothing to wait for, and no statement is spent on it.
 */
function commitPositionHeader(deps: SubgraphDependencies) {
  const reads = deps.reads;
  if (!reads) return undefined;
  return async (body: unknown): Promise<Record<string, string>> => {
    if (!isMutation(queryOf(body))) return {};
    try {
      return { [COMMIT_LSN_HEADER]: (await reads.commitLsn()) ?? READ_FROM_PRIMARY };
    } catch {
      // The write's answer stands; not knowing where it left the WAL, every read goes to the primary for a while.
      return { [COMMIT_LSN_HEADER]: READ_FROM_PRIMARY };
    }
  };
}

export async function createSubgraphRoutes<C extends SubgraphContext>(
  definition: SubgraphDefinition<C>,
  deps: SubgraphDependencies,
  schemaOptions?: SchemaOptions,
  limits: EdgeLimits = DEFAULT_EDGE_LIMITS,
): Promise<SubgraphHandle> {
  const protection = edgeProtection(limits);
  const server = new ApolloServer<C>({
    schema: await definition.buildSchema(schemaOptions),
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?": a subgraph reached directly must not map its schema for a stranger.
    hideSchemaDetailsFromClientErrors: true,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    introspection: settings().NODE_ENV !== "production",
    // The process stops its servers itself (process/termination.ts); Apollo's own signal handler
    // would stop this one a second time, concurrently, and that stop never finishes.
    stopOnTerminationSignals: false,
    logger: apolloLogger(definition.name),
    // No Sandbox and no usage traces: subgraphs talk to the gateway only.
    // No cache hints: personal data is never cached, and the hint plugin wraps every field's resolver.
    plugins: [...protection.plugins, internalErrorLogging, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await server.start();
  const context = async (req: IncomingMessage, body?: unknown): Promise<C> => {
    const logScope = logScopeOf(req);
    const principal = await verifyToken(deps.keys, bearerToken(req.headers.authorization), logScope);
    const client = clientAddressOf(req);
    const request = {
      logScope,
      ipAddress: client.forwardedFor,
      userAgent: client.userAgent,
      callerId: client.callerId,
      requestId: req.headers["x-request-id"] as string | undefined,
      commitBy: commitDeadlineOf(req.headers, Date.now()),
      // Chosen once per request, after the token verified: every read of one answer sees one replica.
      // A mutation reads from the primary: its answer shows the write it just committed there.
      readDb: deps.reads && !isMutation(queryOf(body)) ? await deps.reads.readDbFor(readFloorOf(req.headers)) : deps.db,
    };
    return definition.createContext(deps, { ...principal, shareLinkHash: shareLinkHashFrom(req.headers) }, request);
  };
  // No answer leaves before the audit entries of what it disclosed are stored.
  const graphql = graphqlRoute({ server, context, beforeAnswer: (ctx) => ctx.audit.settled(), answerHeaders: commitPositionHeader(deps) });
  // Counting a request's statements takes AsyncLocalStorage, whose promise hooks then tax every
  // promise of the process (~3 % of a subgraph's CPU on list reads): only when the count is logged.
  const countedGraphql: Route = async (req, res, url) => {
    if (!log.isLevelEnabled("debug")) return graphql(req, res, url);
    const started = performance.now();
    const { result: handled, statements } = await countStatements(() => graphql(req, res, url));
    if (handled) log.debug({ reqId: req.headers["x-request-id"], subgraph: definition.name, statements, ms: Math.round(performance.now() - started) }, "subgraph request");
    return handled;
  };
  const ready = readinessRoute(async () => ({ database: await databaseAnswers(deps) }));
  return { routes: [healthRoute, ready, countedGraphql], stop: () => server.stop() };
}

export async function startSubgraph<C extends SubgraphContext>(
  definition: SubgraphDefinition<C>,
  deps: SubgraphDependencies,
  port: number,
  host?: string,
  limits?: EdgeLimits,
): Promise<RunningServer> {
  const handle = await createSubgraphRoutes(definition, deps, undefined, limits);
  const running = await listen(handle.routes, port, host, definition.name);
  return { ...running, close: async () => (await running.close(), await handle.stop()) };
}
