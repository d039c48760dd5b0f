/** A test database holding the demo world and the three valid example plans. */
import { seedDemo } from "../../scripts/demo/seed-demo.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

export interface SeededDatabase extends TestDatabase {
  planIds: { full: number; minimal: number; tuva: number };
}

export async function createSeededDatabase(): Promise<SeededDatabase> {
  const database = await createTestDatabase();
  const ids = await seedDemo(database.db);
  if (!ids) throw new Error("a fresh test database was not empty");
  return Object.assign(database, {
    planIds: { full: ids["valid-full.json"]!, minimal: ids["valid-minimal.json"]!, tuva: ids["valid-tuva.json"]! },
  });
}
