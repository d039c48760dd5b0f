/**
 * The demo seed (`npm start`): it seeds an empty store once, with Aino's consent and share link and
 * the feedback showcase's students (test/demo-feedback.test.ts checks their triggers), and leaves a
 * seeded store alone; its module ids are the same on every seed, so the examples in
 * operations/ that name them keep working.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hoks, jakolinkki, osaamisenHankkimistapa, osaamisenOsoittaminen, suostumus, tutkinnonOsa } from "../drizzle/schema/index.js";
import { readOperations } from "../gateway/operations.js";
import { SHOWCASE_STUDENTS } from "../scripts/demo/demo-feedback-students.js";
import { DEMO_SHARE_LINK_TOKEN } from "../scripts/demo/demo-roles.js";
import { DEMO_DELETABLE_LINK_ID, DEMO_REVOCABLE_CONSENT_ID } from "../scripts/demo/demo-sharing.js";
import { seedDemo } from "../scripts/demo/seed-demo.js";
import { hashShareLinkToken } from "../subgraphs/shared/auth/share-link-header.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

let first: TestDatabase;
let second: TestDatabase;
beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

/** The three example plans and one per showcase student. */
const PLANS = 3 + SHOWCASE_STUDENTS.length;

const rows = async (db: TestDatabase["db"]) => ({
  plans: (await db.select({ n: count() }).from(hoks))[0]!.n,
  consents: (await db.select({ n: count() }).from(suostumus))[0]!.n,
  links: (await db.select({ n: count() }).from(jakolinkki))[0]!.n,
});

describe("the demo seed", () => {
  it("seeds an empty store with Aino's consents and links, and a second run changes nothing", async () => {
    const ids = await seedDemo(first.db);
    expect(ids).not.toBeNull();
    expect(await rows(first.db)).toEqual({ plans: PLANS, consents: 2, links: 2 });
    expect(await seedDemo(first.db)).toBeNull();
    expect(await rows(first.db)).toEqual({ plans: PLANS, consents: 2, links: 2 });
    const [link] = await first.db.select().from(jakolinkki).where(eq(jakolinkki.tokenHash, hashShareLinkToken(DEMO_SHARE_LINK_TOKEN)));
    expect(link).toMatchObject({ hoksId: ids!["valid-full.json"], kohdeTyyppi: "osaamisenOsoittaminen" });
    // Only the hash is kept, never the secret.
    expect(JSON.stringify(await first.db.select().from(jakolinkki))).not.toContain(DEMO_SHARE_LINK_TOKEN);
  });

  it("gives every unit the same module id on every seed, and the examples name ids that exist", async () => {
    await seedDemo(second.db, { sharing: false });
    const moduleIds = async (db: TestDatabase["db"]) => (await db.select({ id: tutkinnonOsa.moduleId }).from(tutkinnonOsa)).map((r) => r.id).sort();
    expect(await moduleIds(second.db)).toEqual(await moduleIds(first.db));
    expect(await rows(second.db)).toEqual({ plans: PLANS, consents: 0, links: 0 });
    const named = readOperations()
      .map((o) => JSON.stringify(o.variables))
      .join(" ")
      .match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)!;
    const known = new Set([...(await moduleIds(first.db)), DEMO_REVOCABLE_CONSENT_ID, DEMO_DELETABLE_LINK_ID]);
    for (const table of [osaamisenHankkimistapa, osaamisenOsoittaminen]) {
      for (const row of await first.db.select({ id: table.moduleId }).from(table)) known.add(row.id);
    }
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !known.has(id))).toEqual([]);
  });
});
