/**
 * Storing a plan's lists (subgraphs/hoks/write/plan-store.ts) in one statement: as a statement
 * built once per shape with each plan's rows as JSON values, and, where a row leaves a defaulted
 * column out that another row sets (JSON would store NULL there), with that table's rows as a
 * VALUES list instead.
 */
import { randomUUID } from "node:crypto";
import { eq, TransactionRollbackError } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oppimisenTuki, osaamisenHankkimistapa, tutkinnonOsa, workplaceNaming } from "../drizzle/schema/index.js";
import { readSeedDocument } from "../scripts/demo/demo-data.js";
import type { WorldDocument } from "../subgraphs/persons/import/world-document.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import { camelizeKeys } from "../subgraphs/hoks/write/json-keys.js";
import type { PlanDocument } from "../subgraphs/hoks/write/plan-document.js";
import type { PlanRows } from "../subgraphs/hoks/write/plan-rows.js";
import { insertPlan, insertPlanContent, type Tx } from "../subgraphs/hoks/write/plan-store.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ maxConnections: 2 });
  await importWorld(database.db, readSeedDocument<WorldDocument>("world.json"));
});
afterAll(async () => {
  await database?.close();
});

/** Runs `work` in a transaction that is then undone, so that the next case may store the same plan again. */
async function undone(work: (tx: Tx) => Promise<void>): Promise<void> {
  await database.db
    .transaction(async (tx) => {
      await work(tx);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
}

const fullPlan = () => camelizeKeys<PlanDocument>(readSeedDocument<Record<string, unknown>>("valid-full.json"));
const noLists = (): PlanRows => ({ units: [], periods: [], demonstrations: [], readinessStudies: [], learningSupport: [], tuvaParts: [], namings: [] });

describe("a plan's lists", () => {
  it("are stored row for row by the statement of their shape, whichever shape came before", async () => {
    const withoutSupport = { ...fullPlan(), oppimisenTuki: [] } as PlanDocument;
    for (const plan of [fullPlan(), withoutSupport, fullPlan()]) {
      await undone(async (tx) => {
        const { id, rows } = await insertPlan(tx, plan);
        expect(rows.units.length).toBeGreaterThan(0);
        const stored = {
          units: await tx.select().from(tutkinnonOsa).where(eq(tutkinnonOsa.hoksId, id)),
          periods: await tx.select().from(osaamisenHankkimistapa).where(eq(osaamisenHankkimistapa.hoksId, id)),
          namings: await tx.select().from(workplaceNaming).where(eq(workplaceNaming.hoksId, id)),
          support: await tx.select().from(oppimisenTuki).where(eq(oppimisenTuki.hoksId, id)),
        };
        expect(stored.units.map((u) => u.moduleId).sort()).toEqual(rows.units.map((u) => u.moduleId).sort());
        expect(stored.periods.map((p) => [p.moduleId, p.tutkinnonOsaModuleId, p.alku])).toEqual(
          expect.arrayContaining(rows.periods.map((p) => [p.moduleId, p.tutkinnonOsaModuleId, p.alku])),
        );
        expect(stored.periods).toHaveLength(rows.periods.length);
        expect(stored.namings).toHaveLength(rows.namings.length);
        expect(stored.support).toHaveLength(rows.learningSupport.length);
      });
    }
  });

  it("with a defaulted column that one row sets and another leaves out: both stored, the left-out one defaulted", async () => {
    await undone(async (tx) => {
      const { id } = await insertPlan(tx, { ...fullPlan(), oppimisenTuki: [] } as PlanDocument);
      const given = randomUUID();
      const support = (position: number) => ({ hoksId: id, position, oppimisenTuenTyyppiKoodiUri: "oppimisentuentyyppi_01", oppimisenTuenTyyppiKoodiVersio: 1 });
      await insertPlanContent(tx, { ...noLists(), learningSupport: [{ ...support(0), id: given }, support(1)] });
      const stored = await tx.select().from(oppimisenTuki).where(eq(oppimisenTuki.hoksId, id)).orderBy(oppimisenTuki.position);
      expect(stored.map((row) => row.position)).toEqual([0, 1]);
      expect(stored[0]!.id).toBe(given);
      expect(stored[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(stored[1]!.id).not.toBe(given);
    });
  });
});
