/**
 * The dataset written the way it was before COPY (multi-row inserts through drizzle and the world
 * import, a batch of plans at a time). Kept as the reference the COPY loader is compared against
 * (test/bench-dataset.pg.test.ts): both must leave every table with the same content.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import { hoks, osaamisenHankkimistapa, osaamisenOsoittaminen, tutkinnonOsa, workplaceNaming } from "../../drizzle/schema/index.js";
import { importWorld } from "../../subgraphs/persons/import/world.js";
import type { PlanDocument } from "../../subgraphs/hoks/write/plan-document.js";
import { planChildRows, planTopLevelRow } from "../../subgraphs/hoks/write/plan-rows.js";
import { DEFAULT_SEED, newcomerRight, newcomersOf, organisationsOf, shapeOf, studentData, worldFor, type DatasetShape, type StudyRight } from "./dataset.js";

// Rows a statement: PostgreSQL takes at most 65 535 parameters, the widest table has ~23 columns.
const ROWS_PER_INSERT = 2000;
const STUDENTS_PER_BATCH = 250;

async function insertChunked(db: Db, table: Parameters<Db["insert"]>[0], rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await db.insert(table).values(rows.slice(i, i + ROWS_PER_INSERT) as never);
}

export async function generateDatasetWithInserts(db: Db, students: number, seed = DEFAULT_SEED): Promise<DatasetShape> {
  const shape = shapeOf(students);
  await importWorld(db, { organisaatiot: organisationsOf(shape) });
  for (let from = 0; from < students; from += STUDENTS_PER_BATCH) {
    const to = Math.min(students, from + STUDENTS_PER_BATCH);
    const rightsOf = new Map<number, StudyRight[]>();
    const plans: PlanDocument[] = [];
    for (let s = from; s < to; s++) {
      const student = studentData(s, shape, seed);
      rightsOf.set(s, student.rights);
      plans.push(...student.plans);
    }
    await importWorld(db, worldFor(from, to, rightsOf));
    await db.transaction(async (tx) => {
      const ids = await tx.insert(hoks).values(plans.map(planTopLevelRow)).returning({ id: hoks.id });
      const rows = plans.map((plan, i) => planChildRows(ids[i]!.id, plan));
      await insertChunked(tx as unknown as Db, tutkinnonOsa, rows.flatMap((r) => r.units));
      await insertChunked(tx as unknown as Db, osaamisenHankkimistapa, rows.flatMap((r) => r.periods));
      await insertChunked(tx as unknown as Db, osaamisenOsoittaminen, rows.flatMap((r) => r.demonstrations));
      await insertChunked(tx as unknown as Db, workplaceNaming, rows.flatMap((r) => r.namings));
    });
  }
  const newcomers = newcomersOf(shape);
  for (let i = 0; i < newcomers.length; i += 5000) {
    const batch = newcomers.slice(i, i + 5000);
    await importWorld(db, worldFor(batch[0]!, batch.at(-1)! + 1, new Map(batch.map((s) => [s, [newcomerRight(s)]]))));
  }
  await db.execute(sql`analyze`);
  return shape;
}
