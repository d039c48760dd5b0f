/**
 * The gateway as its own process, for production:
 * `PORT=4000 HOKS_URL=… PERSONS_URL=… CONSENTS_URL=… npm run start:gateway`.
 */
import { defaultSubgraphUrl, DEFAULT_PORTS } from "../subgraphs/registry.js";
import { tokenKeysFromEnv } from "../subgraphs/shared/auth/keys.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { log } from "../subgraphs/shared/log.js";
import { edgeLimitsFromEnv } from "../subgraphs/shared/edge-limits.js";
import { createGateway } from "./gateway.js";
import { anonymousRateLimitFromEnv, rateLimitFromEnv } from "./rate-limit.js";
import { proxyHopsFromEnv } from "./rate-limit-address.js";
import { loadTrustedDocuments } from "./trusted-documents.js";
import { checkSettingsOrExit } from "../subgraphs/shared/config/check-or-exit.js";
import { stopOnTermination } from "../subgraphs/shared/process/termination.js";

checkSettingsOrExit();
const env = process.env;
const gateway = await createGateway({
  keys: await tokenKeysFromEnv(),
  subgraphUrls: {
    hoks: env.HOKS_URL ?? defaultSubgraphUrl("hoks"),
    persons: env.PERSONS_URL ?? defaultSubgraphUrl("persons"),
    consents: env.CONSENTS_URL ?? defaultSubgraphUrl("consents"),
  },
  subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS ? Number(env.SUBGRAPH_TIMEOUT_MS) : undefined,
  limits: edgeLimitsFromEnv(env),
  rateLimit: rateLimitFromEnv(env),
  anonymousRateLimit: anonymousRateLimitFromEnv(env),
  proxyHops: proxyHopsFromEnv(env),
  trustedDocuments: env.TRUSTED_DOCUMENTS ? loadTrustedDocuments(env.TRUSTED_DOCUMENTS) : undefined,
});
const server = await listen(gateway.routes, Number(env.PORT ?? DEFAULT_PORTS.gateway), env.HOST ?? "0.0.0.0");
log.info({ url: `${server.url}/graphql` }, "gateway listening");

stopOnTermination(async () => {
  await server.close();
  await gateway.stop();
});
