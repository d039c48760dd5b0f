/** `npm run migrate`: applies the committed migrations to the configured database. */
import { databaseOptionsFromEnv, openDatabase } from "./db.js";
import { migrateDatabase } from "./migrate.js";
import { loadSettingsOrExit } from "../subgraphs/shared/config/check-or-exit.js";
import { setLogComponent } from "../subgraphs/shared/log.js";

setLogComponent("migrate");
const settings = loadSettingsOrExit();
const database = await openDatabase(databaseOptionsFromEnv(settings));
await migrateDatabase(database);
await database.close();
console.log(`Migrations applied (${database.kind}).`);
