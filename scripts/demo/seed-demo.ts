/**
 * Seeds an empty store with the example world, the three valid example plans (with their feedback
 * triggers), what Aino has shared (a consent and a share link, demo-sharing.ts) and the feedback
 * showcase (demo-feedback.ts), in one transaction. A store that already holds organisations is
 * left alone, so seeding twice changes nothing.
 */
import { count } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import { organisaatio } from "../../drizzle/schema/index.js";
import { importWorld } from "../../subgraphs/persons/import/world.js";
import type { WorldDocument } from "../../subgraphs/persons/import/world-document.js";
import type { PlanDocument } from "../../subgraphs/hoks/write/plan-document.js";
import { camelizeKeys } from "../../subgraphs/hoks/write/json-keys.js";
import { DEMO_PLANS, DEMO_TODAY, readSeedDocument } from "./demo-data.js";
import { syncFeedbackTriggers } from "../../subgraphs/hoks/feedback/sync-triggers.js";
import { insertDemoPlan } from "./demo-plan.js";
import { seedDemoFeedback } from "./demo-feedback.js";
import { seedDemoSharing } from "./demo-sharing.js";

export async function storeIsEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisaatio);
  return (row?.n ?? 0) === 0;
}

export interface SeedOptions {
  /**
   * Aino's consent and share link (demo-sharing.ts), for the consent recipient and the link
   * holder; on by default (`npm start`). Most test suites start without them and count Aino's
   * consents and links from zero.
   */
  sharing?: boolean;
  /**
   * The feedback showcase (demo-feedback.ts): students at a provider of their own whose triggers
   * show every kind and every reason not to send; on by default (`npm start`). Off in most test
   * suites, which count students, plans and triggers of the demo world as it was before it.
   */
  feedbackShowcase?: boolean;
}

/** Returns the ids of the seeded plans by file name, or null when the store was not empty. */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<Record<string, number> | null> {
  if (!(await storeIsEmpty(db))) return null;
  return db.transaction(async (tx) => {
    await importWorld(tx as unknown as Db, readSeedDocument<WorldDocument>("world.json"));
    const ids: Record<string, number> = {};
    const students = new Set<string>();
    for (const file of DEMO_PLANS) {
      const plan = camelizeKeys<PlanDocument>(readSeedDocument(file));
      ids[file] = (await insertDemoPlan(tx, file, plan)).id;
      students.add(plan.oppijaOid as string);
    }
    // The plans' feedback triggers, as a plan write would decide them on the demo date.
    await syncFeedbackTriggers(tx, [...students], DEMO_TODAY, "demo");
    if (options.sharing ?? true) await seedDemoSharing(tx as unknown as Db, ids["valid-full.json"]!);
    if (options.feedbackShowcase ?? true) await seedDemoFeedback(tx, DEMO_TODAY);
    return ids;
  });
}
