/** A test database holding the demo world and the three valid example plans. */
import { readSeedDocument } from "../../scripts/demo/demo-data.js";
import { seedDemo } from "../../scripts/demo/seed-demo.js";
import { importWorld } from "../../subgraphs/persons/import/world.js";
import type { WorldDocument } from "../../subgraphs/persons/import/world-document.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

export interface SeededDatabase extends TestDatabase {
  planIds: { full: number; minimal: number; tuva: number };
}

/**
 * With `sharing: true`, also Aino's demo consent and share link (scripts/demo/demo-sharing.ts), and
 * with `feedbackShowcase: true` the feedback showcase's students (scripts/demo/demo-feedback.ts),
 * as `npm start` has them.
 */
export async function createSeededDatabase(options: { plans?: boolean; sharing?: boolean; feedbackShowcase?: boolean } = {}): Promise<SeededDatabase> {
  const database = await createTestDatabase();
  if (options.plans === false) {
    await importWorld(database.db, readSeedDocument<WorldDocument>("world.json"));
    return Object.assign(database, { planIds: { full: NaN, minimal: NaN, tuva: NaN } });
  }
  const ids = await seedDemo(database.db, { sharing: options.sharing ?? false, feedbackShowcase: options.feedbackShowcase ?? false });
  if (!ids) throw new Error("a fresh test database was not empty");
  return Object.assign(database, {
    planIds: { full: ids["valid-full.json"]!, minimal: ids["valid-minimal.json"]!, tuva: ids["valid-tuva.json"]! },
  });
}
