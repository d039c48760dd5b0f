/**
 * The rate limit, in front of both doors (GraphQL at /graphql, REST at /api/v1) and before a
 * request's body is read: a verified caller spends from the bucket of the token's subject, any
 * other request (no token, or one that does not verify) from the bucket of the address it comes
 * from (rate-limit-address.ts). Beyond either, 429 with `Retry-After`, in the door's own shape.
 */
import type { ServerResponse } from "node:http";
import type { TokenKeys } from "../subgraphs/shared/auth/keys.js";
import { sendJson, type Route } from "../subgraphs/shared/http/http-server.js";
import { requestCaller } from "./authentication.js";
import type { CallerBudget } from "./rate-limit.js";
import { rateLimitAddress } from "./rate-limit-address.js";
import { REST_PREFIX } from "./rest/ehoks-v1-routes.js";
import { errorBody } from "./rest/rest-errors.js";

export interface RateLimitGateOptions {
  keys: TokenKeys;
  /** Per verified caller (token subject). */
  callers: CallerBudget;
  /** Per address, for requests without a valid token. */
  addresses: CallerBudget;
  /** Proxies of ours in front of the gateway (rate-limit-address.ts); 0 trusts no `x-forwarded-for`. */
  proxyHops: number;
  graphqlPath?: string;
}

function tooManyRequests(res: ServerResponse, rest: boolean, retryAfterSeconds: number): void {
  const message = `Too many requests: try again in ${retryAfterSeconds} s`;
  const body = rest
    ? errorBody("TOO_MANY_REQUESTS", [{ message }], message)
    : { errors: [{ message, extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds } }] };
  sendJson(res, 429, body, { "retry-after": String(retryAfterSeconds) });
}

export function rateLimitGate(options: RateLimitGateOptions): Route {
  const graphqlPath = options.graphqlPath ?? "/graphql";
  return async (req, res, url) => {
    const rest = url.pathname.startsWith(`${REST_PREFIX}/`);
    if (!rest && url.pathname !== graphqlPath) return false;
    // A token that does not verify is refused later, by the door, with a 401; here it is anonymous.
    const caller = await requestCaller(options.keys, req).catch(() => undefined);
    const turn = await (caller ? options.callers.take(caller.sub) : options.addresses.take(rateLimitAddress(req, options.proxyHops)));
    if (turn.allowed) return false;
    tooManyRequests(res, rest, turn.retryAfterSeconds);
    return true;
  };
}
