/** `npm run migrate`: applies the committed migrations to the configured database. */
import { databaseOptionsFromEnv, openDatabase } from "./db.js";
import { migrateDatabase } from "./migrate.js";
import { checkSettingsOrExit } from "../subgraphs/shared/config/check-or-exit.js";

checkSettingsOrExit();
const database = await openDatabase(databaseOptionsFromEnv());
await migrateDatabase(database);
await database.close();
console.log(`Migrations applied (${database.kind}).`);
