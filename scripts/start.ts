/**
 * `npm start`: the whole service on this machine. Migrates, seeds the demo world into an empty
 * store, starts the subgraphs and the gateway, and prints a ready-made token for each demo role.
 */
import { databaseOptionsFromEnv, DEFAULT_PGLITE_DIR, openDatabase } from "../drizzle/db.js";
import { migrateDatabase } from "../drizzle/migrate.js";
import { lifetimePolicyOf, tokenKeysFromEnv } from "../subgraphs/shared/auth/keys.js";
import { describeSeconds } from "../subgraphs/shared/auth/token-lifetime.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { clockFromEnv, systemClock } from "../subgraphs/shared/clock.js";
import { DEMO_TODAY } from "./demo/demo-data.js";
import { DEMO_ROLES } from "./demo/demo-roles.js";
import { seedDemo } from "./demo/seed-demo.js";
import { startService } from "./service.js";
import { auditLogFromEnv } from "../subgraphs/shared/audit/audit-from-env.js";
import { retentionHoursFromEnv, scheduleRetention } from "./retention/retention-schedule.js";
import { anonymousRateLimitFromEnv, rateLimitFromEnv } from "../gateway/rate-limit.js";
import { proxyHopsFromEnv } from "../gateway/rate-limit-address.js";
import { loadSettingsOrExit, settingOrExit } from "../subgraphs/shared/config/check-or-exit.js";
import { setLogComponent } from "../subgraphs/shared/log.js";
import { supergraphFromSetting } from "../gateway/supergraph.js";
import { loadTrustedDocuments } from "../gateway/trusted-documents.js";
import { stopOnTermination } from "../subgraphs/shared/process/termination.js";
import { edgeLimitsFromEnv } from "../subgraphs/shared/edge-limits.js";

setLogComponent("start");
const settings = loadSettingsOrExit();
// Checked before the database opens: a bad file stops the start, as a bad value does.
const supergraphSdl = await settingOrExit("SUPERGRAPH", () => supergraphFromSetting(settings.SUPERGRAPH));
const trustedDocuments = await settingOrExit("TRUSTED_DOCUMENTS", () => (settings.TRUSTED_DOCUMENTS ? loadTrustedDocuments(settings.TRUSTED_DOCUMENTS) : undefined));

const database = await openDatabase(databaseOptionsFromEnv(settings));
await migrateDatabase(database);
const seeded = await seedDemo(database.db);
// The demo documents assume 2026-02-01; EHOKS_TODAY=system follows the real calendar instead.
const clock = clockFromEnv(settings, DEMO_TODAY);
const keys = await tokenKeysFromEnv(settings);
const audit = auditLogFromEnv(database.db, "ehoks-graph", settings);
const service = await startService({
  db: database.db,
  reads: database.reads,
  audit,
  clock,
  keys,
  host: settings.HOST,
  supergraphSdl,
  trustedDocuments,
  production: settings.NODE_ENV === "production",
  subgraphTimeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
  rateLimit: rateLimitFromEnv(settings),
  anonymousRateLimit: anonymousRateLimitFromEnv(settings),
  proxyHops: proxyHopsFromEnv(settings),
  redisUrl: settings.REDIS_URL,
  limits: edgeLimitsFromEnv(settings),
  ports: {
    gateway: settings.PORT,
    hoks: settings.HOKS_PORT,
    persons: settings.PERSONS_PORT,
    consents: settings.CONSENTS_PORT,
  },
});

const retentionHours = retentionHoursFromEnv(settings);
const stopRetention = retentionHours ? scheduleRetention(database.db, audit, clock, retentionHours) : async () => {};

const lines = [
  "",
  `eHOKS graph is running: ${service.gatewayUrl}`,
  `  web app:  ${service.gatewayUrl.replace(/\/graphql$/, "/")}  (sign in as any demo role)`,
  `  explorer: ${service.gatewayUrl.replace(/\/graphql$/, "/explorer")}  (GraphiQL with each demo role's token and examples; works offline)`,
  `  database: ${database.kind === "pglite" ? `embedded PostgreSQL (PGlite) in ${settings.PGLITE_DATA_DIR ?? DEFAULT_PGLITE_DIR}` : "PostgreSQL (DATABASE_URL)"}${seeded ? ", demo data seeded" : ""}`,
  `  service date: ${clock.today()}${clock === systemClock ? "" : " (pinned; EHOKS_TODAY=system follows the real date)"}`,
  `  subgraphs: ${Object.entries(service.subgraphUrls).map(([n, u]) => `${n} ${u}`).join(", ")}`,
  "",
  `Demo tokens (send as 'Authorization: Bearer <token>'; valid ${lifetimes()}; \`npm run token -- <role>\` makes new ones):`,
];
// Each as long as its role may have: a longer token would be refused by the service itself.
for (const [name, role] of Object.entries(DEMO_ROLES)) {
  lines.push(`  ${name.padEnd(14)} ${role.description}`, `  ${" ".repeat(14)} ${await mintToken(keys, role.claims)}`);
}
lines.push(
  "",
  "Try:",
  `  curl -s ${service.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
  `    -d '{"query":"{ me { etunimet hoksit { id ensikertainenHyvaksyminen hankittavatAmmatTutkinnonOsat { tutkinnonOsaKoodiUri } } } }"}'`,
  "",
);
console.log(lines.join("\n"));

function lifetimes(): string {
  const policy = lifetimePolicyOf(keys);
  return `${describeSeconds(policy.personMaxSeconds)}, a system's ${describeSeconds(policy.systemMaxSeconds)}`;
}

stopOnTermination(async () => {
  await stopRetention();
  // Drains the gateway, then the subgraphs, and stores the audit queue.
  await service.stop();
  await database.close();
});
