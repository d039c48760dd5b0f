/**
 * One subgraph as its own process, for production: `SUBGRAPH=hoks PORT=4001 npm run start:subgraph`.
 * Migrations run at start-up (serialised by an advisory lock when several replicas start at once).
 */
import { databaseOptionsFromEnv, openDatabase } from "../drizzle/db.js";
import { migrateDatabase } from "../drizzle/migrate.js";
import { DEFAULT_PORTS, SUBGRAPHS } from "./registry.js";
import { tokenKeysFromEnv } from "./shared/auth/keys.js";
import { auditLogFromEnv } from "./shared/audit/audit-from-env.js";
import { clockFromEnv } from "./shared/clock.js";
import { retentionHoursFromEnv, scheduleRetention } from "../scripts/retention/retention-schedule.js";
import { log, setLogComponent } from "./shared/log.js";
import { startSubgraph } from "./shared/subgraph-server.js";
import { SUBGRAPH_NAMES } from "./shared/subgraph.js";
import { loadSettingsOrExit } from "./shared/config/check-or-exit.js";
import { edgeLimitsFromEnv } from "./shared/edge-limits.js";
import { stopOnTermination } from "./shared/process/termination.js";

const settings = loadSettingsOrExit();
const name = settings.SUBGRAPH;
if (!name) {
  console.error(`SUBGRAPH: set it to one of ${SUBGRAPH_NAMES.join(", ")}`);
  process.exit(2);
}
setLogComponent(name);
const database = await openDatabase(databaseOptionsFromEnv(settings));
await migrateDatabase(database);
const audit = auditLogFromEnv(database.db, `ehoks-${name}`, settings);
const clock = clockFromEnv(settings);
const server = await startSubgraph(
  SUBGRAPHS[name],
  { db: database.db, reads: database.reads, clock, keys: await tokenKeysFromEnv(settings), audit },
  settings.PORT ?? DEFAULT_PORTS[name],
  settings.HOST ?? "0.0.0.0",
  edgeLimitsFromEnv(settings),
);
log.info({ subgraph: name, url: server.url }, "subgraph listening");
// Retention is OPH's batch job; of the separate processes, the hoks subgraph hosts its schedule.
const retentionHours = name === "hoks" ? retentionHoursFromEnv(settings) : undefined;
const stopRetention = retentionHours ? scheduleRetention(database.db, audit, clock, retentionHours) : async () => {};

stopOnTermination(async () => {
  await stopRetention();
  await server.close();
  // Queued reads are stored before the database closes: a clean shutdown loses no audit row.
  await audit.close();
  await database.close();
});
