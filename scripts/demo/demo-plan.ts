/**
 * Stores a demo plan as insertPlan does, but with module ids that are the same on every seed:
 * each unit, period and demonstration gets a UUID derived from the file name and its place in
 * the document, where the store would draw a random one. So the examples in operations/ (making
 * a share link names a unit and a demonstration) and the README can name them, on `npm start`
 * and in the tests alike. Only the ids differ from insertPlan's rows; nothing else is touched.
 */
import { createHash } from "node:crypto";
import { hoks } from "../../drizzle/schema/index.js";
import type { PlanDocument } from "../../subgraphs/hoks/write/plan-document.js";
import { planChildRows, planTopLevelRow, type PlanRows } from "../../subgraphs/hoks/write/plan-rows.js";
import { insertPlanContent, type Tx } from "../../subgraphs/hoks/write/plan-store.js";

/** A version-4-shaped UUID from a name: stable, and distinct per name. */
export function demoModuleId(name: string): string {
  const hex = createHash("sha256").update(`ehoks-demo:${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The rows with every module id (and every reference to one) replaced by its stable counterpart. */
function withStableModuleIds(rows: PlanRows, file: string): PlanRows {
  const stable = new Map<string, string>();
  for (const list of [rows.units, rows.periods, rows.demonstrations]) {
    for (const row of list) stable.set(row.moduleId!, demoModuleId(`${file}#${stable.size}`));
  }
  const rekey = <T extends object>(row: T): T =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "string" && stable.has(value) ? stable.get(value) : value])) as T;
  return Object.fromEntries(Object.entries(rows).map(([list, items]) => [list, (items as object[]).map(rekey)])) as unknown as PlanRows;
}

export async function insertDemoPlan(tx: Tx, file: string, document: PlanDocument): Promise<{ id: number }> {
  const [created] = await tx.insert(hoks).values(planTopLevelRow(document)).returning({ id: hoks.id });
  await insertPlanContent(tx, withStableModuleIds(planChildRows(created!.id, document), file));
  return { id: created!.id };
}
