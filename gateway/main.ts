/**
 * The gateway as its own process, for production:
 * `PORT=4000 HOKS_URL=… PERSONS_URL=… CONSENTS_URL=… npm run start:gateway`
 * (`SUPERGRAPH=file.graphql` serves another composition, e.g. one with partners).
 */
import { defaultSubgraphUrl, DEFAULT_PORTS } from "../subgraphs/registry.js";
import { tokenKeysFromEnv } from "../subgraphs/shared/auth/keys.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { log, setLogComponent } from "../subgraphs/shared/log.js";
import { edgeLimitsFromEnv } from "../subgraphs/shared/edge-limits.js";
import { createGateway } from "./gateway.js";
import { anonymousRateLimitFromEnv, rateLimitFromEnv } from "./rate-limit.js";
import { proxyHopsFromEnv } from "./rate-limit-address.js";
import { loadTrustedDocuments } from "./trusted-documents.js";
import { loadSettingsOrExit, settingOrExit } from "../subgraphs/shared/config/check-or-exit.js";
import { stopOnTermination } from "../subgraphs/shared/process/termination.js";
import { supergraphFromSetting } from "./supergraph.js";
import { clockFromEnv } from "../subgraphs/shared/clock.js";

setLogComponent("gateway");
const settings = loadSettingsOrExit();
const supergraphSdl = await settingOrExit("SUPERGRAPH", () => supergraphFromSetting(settings.SUPERGRAPH));
const trustedDocuments = await settingOrExit("TRUSTED_DOCUMENTS", () => (settings.TRUSTED_DOCUMENTS ? loadTrustedDocuments(settings.TRUSTED_DOCUMENTS) : undefined));
const gateway = await createGateway({
  keys: await tokenKeysFromEnv(settings),
  subgraphUrls: {
    hoks: settings.HOKS_URL ?? defaultSubgraphUrl("hoks"),
    persons: settings.PERSONS_URL ?? defaultSubgraphUrl("persons"),
    consents: settings.CONSENTS_URL ?? defaultSubgraphUrl("consents"),
  },
  supergraphSdl,
  production: settings.NODE_ENV === "production",
  subgraphTimeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
  limits: edgeLimitsFromEnv(settings),
  rateLimit: rateLimitFromEnv(settings),
  anonymousRateLimit: anonymousRateLimitFromEnv(settings),
  proxyHops: proxyHopsFromEnv(settings),
  redisUrl: settings.REDIS_URL,
  trustedDocuments,
  // The subgraphs' date (EHOKS_TODAY, as subgraphs/main.ts reads it), for the web app's forms.
  clock: clockFromEnv(settings),
});
const server = await listen(gateway.routes, settings.PORT ?? DEFAULT_PORTS.gateway, settings.HOST ?? "0.0.0.0", "gateway");
log.info({ url: `${server.url}/graphql` }, "gateway listening");

stopOnTermination(async () => {
  await server.close();
  await gateway.stop();
});
