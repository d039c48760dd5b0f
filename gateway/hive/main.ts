/**
 * Hive Gateway over our supergraph, as its own process:
 * `PORT=4100 HOKS_URL=… PERSONS_URL=… CONSENTS_URL=… npm run start:hive` (SUPERGRAPH names
 * another supergraph file, e.g. one with partners, checked at start as for our gateway;
 * HIVE_QUERY_PLANNER=rust plans with Hive Router's Rust query planner). Prints
 * one line when it listens. Hive's own logger reads LOG_LEVEL and knows trace, debug, info, warn
 * and error only. Hive's packages ask for Node 22 (README, Configuration).
 */
import { defaultSubgraphUrl } from "../../subgraphs/registry.js";
import { loadSettingsOrExit, settingOrExit } from "../../subgraphs/shared/config/check-or-exit.js";
import { setLogComponent } from "../../subgraphs/shared/log.js";
import { readSupergraph, supergraphFromSetting } from "../supergraph.js";
import { startHiveGateway, withSubgraphUrls } from "./hive-gateway.js";

setLogComponent("hive");
const settings = loadSettingsOrExit();
const supergraph = (await settingOrExit("SUPERGRAPH", () => supergraphFromSetting(settings.SUPERGRAPH))) ?? readSupergraph();
const urls = {
  hoks: settings.HOKS_URL ?? defaultSubgraphUrl("hoks"),
  persons: settings.PERSONS_URL ?? defaultSubgraphUrl("persons"),
  consents: settings.CONSENTS_URL ?? defaultSubgraphUrl("consents"),
};
const gateway = await startHiveGateway(withSubgraphUrls(supergraph, urls), {
  port: settings.PORT ?? 4100,
  host: settings.HOST ?? "127.0.0.1",
  rustQueryPlanner: settings.HIVE_QUERY_PLANNER === "rust",
});
console.log(JSON.stringify({ msg: "hive gateway listening", component: "hive", url: gateway.url }));

const shutdown = async () => {
  await gateway.close();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
