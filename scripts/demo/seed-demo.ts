/**
 * Seeds an empty store with the example world and the three valid example plans, in one
 * transaction. A store that already holds organisations is left alone.
 */
import { count } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import { organisaatio } from "../../drizzle/schema/index.js";
import { importWorld } from "../../subgraphs/persons/import/world.js";
import type { WorldDocument } from "../../subgraphs/persons/import/world-document.js";
import type { PlanDocument } from "../../subgraphs/hoks/write/plan-document.js";
import { camelizeKeys } from "../../subgraphs/hoks/write/json-keys.js";
import { insertPlan } from "../../subgraphs/hoks/write/plan-store.js";
import { DEMO_PLANS, readSeedDocument } from "./demo-data.js";

export async function storeIsEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisaatio);
  return (row?.n ?? 0) === 0;
}

/** Returns the ids of the seeded plans by file name, or null when the store was not empty. */
export async function seedDemo(db: Db): Promise<Record<string, number> | null> {
  if (!(await storeIsEmpty(db))) return null;
  return db.transaction(async (tx) => {
    await importWorld(tx as unknown as Db, readSeedDocument<WorldDocument>("world.json"));
    const ids: Record<string, number> = {};
    for (const file of DEMO_PLANS) ids[file] = (await insertPlan(tx, camelizeKeys<PlanDocument>(readSeedDocument(file)))).id;
    return ids;
  });
}
