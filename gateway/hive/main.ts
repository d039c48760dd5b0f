/**
 * Hive Gateway over our supergraph, as its own process:
 * `PORT=4100 HOKS_URL=… PERSONS_URL=… CONSENTS_URL=… npm run start:hive` (SUPERGRAPH names
 * another supergraph file, e.g. one with partners). Prints one line when it listens.
 * Hive's own logger reads LOG_LEVEL and knows trace, debug, info, warn and error only.
 */
import { readFileSync } from "node:fs";
import { defaultSubgraphUrl } from "../../subgraphs/registry.js";
import { startHiveGateway, withSubgraphUrls } from "./hive-gateway.js";

const env = process.env;
const supergraph = readFileSync(env.SUPERGRAPH ?? new URL("../../schema/supergraph.graphql", import.meta.url), "utf8");
const urls = {
  hoks: env.HOKS_URL ?? defaultSubgraphUrl("hoks"),
  persons: env.PERSONS_URL ?? defaultSubgraphUrl("persons"),
  consents: env.CONSENTS_URL ?? defaultSubgraphUrl("consents"),
};
const gateway = await startHiveGateway(withSubgraphUrls(supergraph, urls), Number(env.PORT ?? 4100), env.HOST ?? "127.0.0.1");
console.log(JSON.stringify({ msg: "hive gateway listening", url: gateway.url }));

const shutdown = async () => {
  await gateway.close();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
