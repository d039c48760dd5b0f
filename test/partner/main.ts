/**
 * `npm run start:partner`: the sample ePerusteet-like partner subgraph as a process of its own, on
 * `PARTNER_PORT` (default 4010), so that a developer can compose it in and run our gateway over
 * the result (README, "Federating your subgraph in"):
 *
 *   npm run start:partner
 *   npm run compose -- --partners test/partner/partners.json --out .data/supergraph-with-partner.graphql
 *   SUPERGRAPH=.data/supergraph-with-partner.graphql npm start
 */
import { loadSettingsOrExit } from "../../subgraphs/shared/config/check-or-exit.js";
import { log, setLogComponent } from "../../subgraphs/shared/log.js";
import { stopOnTermination } from "../../subgraphs/shared/process/termination.js";
import { startSamplePartner } from "./sample-partner.js";

setLogComponent("partner");
const settings = loadSettingsOrExit();
const partner = await startSamplePartner({ port: settings.PARTNER_PORT, host: settings.HOST ?? "127.0.0.1" });
log.info({ url: partner.url }, "sample partner listening");

stopOnTermination(() => partner.stop());
