/**
 * The errors a caller can see, and the mask for everything else. A response never carries a stack
 * trace, SQL text or a host name: anything that is not one of these known errors is logged on the
 * server and answered with a generic message.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ERROR_CODE_NAMES, ERROR_CODES } from "./error-codes.js";
import { isLogged, logFailure, type LogScope } from "./log.js";
import { SUBGRAPH_NAMES } from "./subgraph.js";

/** The codes the mask passes on as they are: the catalogue's (error-codes.ts) public ones. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set(ERROR_CODE_NAMES.filter((code) => ERROR_CODES[code].passesMask));

export function unauthenticated(message = "A valid access token is required"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** What a caller gets for an object it may not see: exactly what a missing object gets. */
export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } });
}

export function forbidden(message = "Not allowed"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

export interface FieldProblem {
  /** The path of the bad field, in eHOKS JSON keys joined with dots (`a.0.b`). */
  path: string;
  message: string;
}

export function badUserInput(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((p) => `${p.path}: ${p.message}`).join("; ");
  return new GraphQLError(`Invalid input: ${summary}`, { extensions: { code: "BAD_USER_INPUT", problems } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT" } });
}

/** A write rolled back because it would have committed after the caller stopped waiting. */
export function writeTimedOut(): GraphQLError {
  return new GraphQLError("The write did not finish in time and was rolled back: nothing was stored. Try again.", { extensions: { code: "WRITE_TIMEOUT" } });
}

export const INTERNAL_ERROR_MESSAGE = "Internal server error";

/** The extensions a public error may carry to the caller. */
const PUBLIC_EXTENSIONS = new Set(["code", "problems", "retryAfterSeconds"]);

/** Codes that say the request itself was wrong: such a response is a 4xx, never a 500. */
export const CLIENT_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * Apollo Server's `formatError`: known errors keep their message and code (minus stack traces);
 * everything else becomes a generic internal error. It cannot see the request, so internal errors
 * are logged before it, under the request's log scope: by `internalErrorLogging`, and by the
 * GraphQL route for a context that failed.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  return publicFormOf(formatted, original) ?? { message: INTERNAL_ERROR_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** What the caller may see of an error, or undefined for an internal one (masked, and logged). */
function publicFormOf(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError | undefined {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_ERROR_CODES.has(code)) {
    // Only what we put there ourselves: a gateway adds the subgraph's name, URL and raw response.
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.has(key)));
    return { ...formatted, extensions };
  }
  // A subgraph refusing the request (HTTP 4xx) for a reason only it can see, e.g. a custom scalar
  // literal such as LocalDate "2026-02-30": its own public error speaks of the request.
  const refusal = subgraphRefusal(original);
  if (refusal) return { message: refusal.message, locations: formatted.locations, path: formatted.path, extensions: { code: refusal.code } };
  // Apollo Server's and the gateway's own refusals of a malformed request (a wrong persisted-query
  // hash, an operation name that is not in the document) speak only of the request: pass them on.
  const status = (original as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
  if (code === "INVALID_GRAPHQL" || (status?.status !== undefined && status.status >= 400 && status.status < 500)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: "BAD_REQUEST" } };
  }
  return undefined;
}

/** Logs `error` under `scope` if the mask hides it (an internal error), once per request. */
export function logIfInternal(error: unknown, scope: LogScope | undefined): void {
  const formatted: GraphQLFormattedError = error instanceof GraphQLError ? error.toJSON() : { message: String((error as Error | undefined)?.message ?? error) };
  if (!publicFormOf(formatted, error)) logInternalError(error, scope);
}

/**
 * Apollo Server plugin: each error of a request that the mask hides is logged with the request's
 * scope, whether the request pipeline met it or it broke the pipeline itself (a plugin failing:
 * Apollo Server then answers a new "Internal server error", and only this hook sees the cause).
 */
export const internalErrorLogging: ApolloServerPlugin<{ logScope?: LogScope }> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) logIfInternal(error, contextValue.logScope);
      },
    };
  },
  async unexpectedErrorProcessingRequest({ requestContext, error }) {
    logInternalError(error, requestContext.contextValue.logScope);
  },
};

function subgraphRefusal(original: unknown): { message: string; code: string } | undefined {
  const response = (original as GraphQLError | undefined)?.extensions?.response as { status?: number; body?: { errors?: GraphQLFormattedError[] } } | undefined;
  const first = response?.body?.errors?.[0];
  const code = first?.extensions?.code;
  if (!response?.status || response.status < 400 || response.status >= 500 || typeof code !== "string" || !CLIENT_ERROR_CODES.has(code)) return undefined;
  return { message: first!.message, code };
}

/**
 * An error one of our subgraphs answered with was logged there, under the same request id: the
 * gateway logs only what failed on its own side (a subgraph unreachable, too slow, a partner).
 */
function loggedByOurSubgraph(error: unknown): boolean {
  const extensions = (error as GraphQLError | undefined)?.extensions;
  const serviceName = extensions?.serviceName;
  if (typeof serviceName === "string") return (SUBGRAPH_NAMES as readonly string[]).includes(serviceName);
  // A subgraph's own 5xx (an answer withheld, a request that failed there) comes back as its response.
  const response = extensions?.response as { status?: number } | undefined;
  return typeof response?.status === "number" && response.status >= 500;
}

function logInternalError(error: unknown, scope: LogScope | undefined): void {
  if (isLogged(error) || loggedByOurSubgraph(error)) return;
  const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  logFailure(cause, "internal error", scope, [error]);
}
