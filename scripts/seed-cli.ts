/**
 * `npm run seed`: applies the migrations and seeds the demo world and example plans into the
 * configured database (DATABASE_URL, or PGlite), if it holds no organisations yet. What
 * `npm start` does at start-up, for a database that separate processes will serve.
 */
import { databaseOptionsFromEnv, openDatabase } from "../drizzle/db.js";
import { migrateDatabase } from "../drizzle/migrate.js";
import { seedDemo } from "./demo/seed-demo.js";
import { loadSettingsOrExit } from "../subgraphs/shared/config/check-or-exit.js";
import { setLogComponent } from "../subgraphs/shared/log.js";

setLogComponent("seed");
const settings = loadSettingsOrExit();
const database = await openDatabase(databaseOptionsFromEnv(settings));
await migrateDatabase(database);
const seeded = await seedDemo(database.db);
await database.close();
console.log(seeded ? `Seeded the demo world and plans ${Object.values(seeded).join(", ")} (${database.kind}).` : `The store already holds data; nothing seeded (${database.kind}).`);
