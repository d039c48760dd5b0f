/**
 * How the gateway calls a subgraph: it forwards the caller's own token (each subgraph verifies it
 * again) and gives up after a timeout, so a hanging subgraph cannot hang the client.
 */
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { GatewayContext } from "./authentication.js";

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, timeoutMs: number) {
    super({
      url,
      fetcher: ((input: string, init?: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as RemoteGraphQLDataSource["fetcher"],
    });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    if (context.principal) request.http?.headers.set("authorization", `Bearer ${context.principal.token}`);
  }
}
