/**
 * The committed supergraph on a second, independent gateway: The Guild's Hive Gateway. It proves
 * the supergraph is not tied to @apollo/gateway (the same file runs on Apollo Router or Hive
 * Gateway when one Node process is not enough). Our subgraphs verify every token themselves, so
 * this gateway only passes on what they need: the caller's token, share link and request id.
 * Partners' subgraphs get none of the three, as from our own gateway.
 */
import { createServer, type Server } from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { SHARE_LINK_HEADER } from "../../subgraphs/shared/auth/share-link-header.js";
import { REQUEST_ID_HEADER } from "../../subgraphs/shared/http/http-server.js";
import { SUBGRAPH_NAMES } from "../../subgraphs/shared/subgraph.js";

/** The supergraph with each named subgraph at the given URL instead of the one composed in. */
export function withSubgraphUrls(supergraphSdl: string, urls: Record<string, string>): string {
  return supergraphSdl.replace(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}

const FORWARDED = ["authorization", SHARE_LINK_HEADER, REQUEST_ID_HEADER, "user-agent", "x-forwarded-for"];

export interface RunningHiveGateway {
  url: string;
  close(): Promise<void>;
}

export interface HiveGatewayOptions {
  port?: number;
  host?: string;
  /**
   * Plan with Hive Router's query planner (Rust, @graphql-hive/router-runtime) instead of the
   * default stitching runtime (JavaScript).
   */
  rustQueryPlanner?: boolean;
}

/** Hive Gateway's request handler over the supergraph (Node's `(req, res)`), for a server of one's own. */
export async function hiveGatewayRuntime(supergraphSdl: string, { rustQueryPlanner = false }: Pick<HiveGatewayOptions, "rustQueryPlanner"> = {}) {
  // Loaded only when asked for: it brings a native planner of its own.
  const planner = rustQueryPlanner ? { unifiedGraphHandler: (await import("@graphql-hive/router-runtime")).unifiedGraphHandler } : {};
  return createGatewayRuntime({
    supergraph: supergraphSdl,
    ...planner,
    logging: false,
    graphqlEndpoint: "/graphql",
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => {
        if (!(SUBGRAPH_NAMES as readonly string[]).includes(subgraphName)) return {};
        return Object.fromEntries(FORWARDED.map((name) => [name, request.headers.get(name)]));
      },
    },
  });
}

export async function startHiveGateway(supergraphSdl: string, { port = 0, host = "127.0.0.1", rustQueryPlanner = false }: HiveGatewayOptions = {}): Promise<RunningHiveGateway> {
  const runtime = await hiveGatewayRuntime(supergraphSdl, { rustQueryPlanner });
  const server: Server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
