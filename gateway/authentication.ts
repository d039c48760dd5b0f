/**
 * The gateway verifies the caller's token once per request. A request without a token may only
 * introspect (so that Apollo Sandbox can load the schema in development); anything else fails
 * as a whole with UNAUTHENTICATED, as does a token that does not verify.
 */
import type { IncomingMessage } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { TokenKeys } from "../subgraphs/shared/auth/keys.js";
import type { Principal } from "../subgraphs/shared/auth/principal.js";
import { SHARE_LINK_HEADER } from "../subgraphs/shared/auth/share-link-header.js";
import { bearerToken, verifyToken } from "../subgraphs/shared/auth/tokens.js";
import { clientAddressOf, type ClientAddress } from "../subgraphs/shared/http/client-address.js";
import { logScopeOf } from "../subgraphs/shared/http/http-server.js";
import type { LogScope } from "../subgraphs/shared/log.js";
import { unauthenticated } from "../subgraphs/shared/errors.js";

export interface GatewayContext {
  /** Absent only on introspection-only requests without a token. */
  principal?: Principal;
  /** A share link the caller presents (header `x-share-link`), passed on to the subgraphs. */
  shareLinkToken?: string;
  /** The request's id, passed on to the subgraphs so one request can be followed through the logs. */
  requestId?: string;
  /** Where the request came from, passed on for the audit trail. */
  client: ClientAddress;
  /** Where this request's failures are logged, once each, under its id. */
  logScope?: LogScope;
}

const callers = new WeakMap<IncomingMessage, Promise<Principal | undefined>>();

/**
 * The caller a request's token names: undefined without a token, a rejection (UNAUTHENTICATED)
 * for a token that does not verify. Verified once per request, however many steps ask (the rate
 * limit's gate first, then the GraphQL context or the REST door), so a bad token costs one check.
 */
export function requestCaller(keys: TokenKeys, req: IncomingMessage): Promise<Principal | undefined> {
  let caller = callers.get(req);
  if (!caller) {
    const token = bearerToken(req.headers.authorization);
    caller = token ? verifyToken(keys, token, logScopeOf(req)) : Promise.resolve(undefined);
    // Whoever asks gets the rejection; this only keeps an unasked one from being "unhandled".
    caller.catch(() => undefined);
    callers.set(req, caller);
  }
  return caller;
}

/** The request's context: the verified caller (the rate limit was taken at the gate, rate-limit-gate.ts). */
export async function gatewayContext(keys: TokenKeys, req: IncomingMessage): Promise<GatewayContext> {
  const requestId = req.headers["x-request-id"] as string | undefined;
  const client = clientAddressOf(req);
  const logScope = logScopeOf(req);
  const principal = await requestCaller(keys, req);
  if (!principal) return { requestId, client, logScope };
  const link = req.headers[SHARE_LINK_HEADER];
  return { principal, requestId, client, logScope, shareLinkToken: typeof link === "string" ? link : undefined };
}

function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (s.name.value === "__schema" || s.name.value === "__type" || s.name.value === "__typename"),
  );
}

export function requireAuthentication(allowAnonymousIntrospection: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.principal) return;
          if (allowAnonymousIntrospection && operation && isIntrospectionOnly(operation)) return;
          throw unauthenticated();
        },
      };
    },
  };
}
