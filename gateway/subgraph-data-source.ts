/**
 * How the gateway calls a subgraph: it forwards the caller's own token (each subgraph verifies it
 * again), any share link the caller presents and where the call came from (for the audit trail),
 * and gives up after a timeout, so a hanging subgraph cannot hang the client. A mutation carries
 * that timeout as its commit budget, and is waited for past it (http/write-budget.ts): its answer
 * then always says what happened to the write.
 */
// Before @apollo/gateway loads (plain-exports.ts).
import "./plain-exports.js";
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { SHARE_LINK_HEADER } from "../subgraphs/shared/auth/share-link-header.js";
import { CALLER_ID_HEADER } from "../subgraphs/shared/http/caller-id.js";
import { REQUEST_ID_HEADER } from "../subgraphs/shared/http/http-server.js";
import { isMutation, WRITE_BUDGET_HEADER } from "../subgraphs/shared/http/write-budget.js";
import { COMMIT_LSN_HEADER, MIN_LSN_HEADER, READ_FROM_PRIMARY } from "../subgraphs/shared/http/read-your-writes.js";
import type { GatewayContext } from "./authentication.js";
import { CallHeaders } from "./call-headers.js";
import { subgraphFetcher } from "./subgraph-fetcher.js";
import { higherFloor, isReadFloor, type ReadFloor, type WrittenPositions } from "./written-positions.js";

/**
 * What one gateway request's subgraph calls must see: looked up once per request (one Redis read at
 * most), raised by a write earlier in the same request (a mutation's follow-up fetch).
 */
const requestFloors = new WeakMap<GatewayContext, Promise<ReadFloor>>();

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /**
   * @param forwardsIdentity our own subgraphs get the caller's token, share link and address; a
   *   partner's subgraph gets none of them (a token it could replay against ours, least of all),
   *   only the request id.
   */
  constructor(
    url: string,
    private readonly timeoutMs: number,
    private readonly forwardsIdentity = true,
    private readonly positions?: WrittenPositions,
  ) {
    super({ url, fetcher: subgraphFetcher(timeoutMs) as unknown as RemoteGraphQLDataSource["fetcher"] });
  }

  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]): Promise<void> {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (!this.forwardsIdentity) return;
    if (isMutation(request.query)) request.http?.headers.set(WRITE_BUDGET_HEADER, String(this.timeoutMs));
    if (context.principal) request.http?.headers.set("authorization", `Bearer ${context.principal.token}`);
    if (context.shareLinkToken) request.http?.headers.set(SHARE_LINK_HEADER, context.shareLinkToken);
    // For the subgraphs' audit trail: the caller's address chain, user agent and Caller-Id, not the gateway's.
    if (context.client?.forwardedFor) request.http?.headers.set("x-forwarded-for", context.client.forwardedFor);
    if (context.client?.userAgent) request.http?.headers.set("user-agent", context.client.userAgent);
    if (context.client?.callerId) request.http?.headers.set(CALLER_ID_HEADER, context.client.callerId);
    if (this.positions) request.http?.headers.set(MIN_LSN_HEADER, await this.floorFor(context as GatewayContext, this.positions));
  }

  /**
   * One subgraph call, as RemoteGraphQLDataSource's own `process` makes it (the same headers,
   * `willSendRequest`, body, error for a failed status and `didReceiveResponse`), without its
   * node-fetch objects: a `Headers` that checks every name and value by pattern and a `Request`
   * built on each call for error hooks that ours do not use, ~4 % of the gateway's CPU on an
   * official's list. No APQ and no cache hints: this gateway uses neither (its answers are never
   * cached; see the cache-control plugin in gateway.ts).
   */
  override async process(options: Parameters<RemoteGraphQLDataSource<GatewayContext>["process"]>[0]): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const headers = new CallHeaders(request.http?.headers);
    headers.set("content-type", "application/json");
    request.http = { method: "POST", url: this.url, headers };
    try {
      await this.willSendRequest(options);
      if (!request.query) throw new Error("Missing query");
      const { http: _http, ...body } = request;
      const response = await this.fetcher(this.url, { method: "POST", headers: Object.fromEntries(headers), body: JSON.stringify(body) });
      if (!response.ok) throw await this.errorFromResponse(response);
      const answer = await this.parseBody(response);
      if (typeof answer !== "object" || answer === null || Array.isArray(answer)) throw new Error(`Expected JSON response body, but received: ${String(answer)}`);
      return await this.didReceiveResponse({ response: { ...answer, http: response } as GatewayGraphQLResponse, request, context: context as GatewayContext });
    } catch (error) {
      // A write whose answer was lost may have committed, at a position no one knows: the primary answers for a while.
      if (this.positions && this.forwardsIdentity && isMutation(request.query)) await this.positions.remember(READ_FROM_PRIMARY);
      throw error;
    }
  }

  /** A subgraph that committed a write says where; every request's reads from now on wait for it. */
  override async didReceiveResponse({ response, context: requestContext }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0]): Promise<GatewayGraphQLResponse> {
    const context = requestContext as GatewayContext;
    const written = response.http?.headers.get(COMMIT_LSN_HEADER);
    if (this.positions && this.forwardsIdentity && written && isReadFloor(written)) {
      // A mutation's follow-up fetches in this same request must see it too.
      requestFloors.set(context, Promise.resolve(higherFloor(await this.floorFor(context, this.positions), written)));
      await this.positions.remember(written);
    }
    return response;
  }

  private floorFor(context: GatewayContext, positions: WrittenPositions): Promise<ReadFloor> {
    let floor = requestFloors.get(context);
    if (!floor) requestFloors.set(context, (floor = positions.floor()));
    return floor;
  }
}
