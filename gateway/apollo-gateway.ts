/**
 * The one place an `ApolloGateway` is made. @apollo/gateway (2.x) starts, in its constructor,
 * a metrics exporter that reports to Apollo's servers and, to describe the host, probes the cloud
 * providers' metadata endpoints (AWS, GCP, Azure, Alibaba), unless APOLLO_TELEMETRY_DISABLED is
 * set. A national service handling personal data sends nothing to a third party and makes no
 * calls it was not configured to make, so it is always off here, whatever the environment says.
 * Its own lines (a subgraph's health, the supergraph's updates) are written as ours.
 */
// Before @apollo/gateway loads (plain-exports.ts).
import "./plain-exports.js";
import { ApolloGateway, type GatewayConfig } from "@apollo/gateway";
import { apolloLogger } from "../subgraphs/shared/apollo-logger.js";

export function apolloGateway(config: GatewayConfig): ApolloGateway {
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  return new ApolloGateway({ logger: apolloLogger("gateway"), ...config });
}
