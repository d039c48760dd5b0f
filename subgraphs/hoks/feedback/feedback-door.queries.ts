/**
 * The feedback service's door onto the trigger table: the triggers due a page at a time, their
 * history, and the marks the service makes. Each statement is one, however long the page.
 */
import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../drizzle/db.js";
import { feedbackTrigger, feedbackTriggerEvent, osaamisenHankkimistapa, type FeedbackTriggerRow, type FeedbackTriggerState } from "../../../drizzle/schema/index.js";
import type { Tx } from "../write/plan-store.js";

/** A trigger is due on its bundling date (working-life feedback) or its trigger date (student feedback). */
export const dueDate = sql<string>`coalesce(${feedbackTrigger.bundlingDate}, ${feedbackTrigger.triggerDate})`;

export interface DuePosition {
  due: string;
  id: number;
}

/** Narrower choices of the triggers due: their kinds, a range of trigger dates, one plan, one period (by its v1 id). */
export interface TriggerFilter {
  kinds?: readonly string[];
  triggerDateFrom?: string;
  triggerDateTo?: string;
  hoksId?: number;
  periodV1Id?: number;
}

function filterConditions(filter: TriggerFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.kinds?.length) conditions.push(inArray(feedbackTrigger.kind, [...filter.kinds]));
  if (filter.triggerDateFrom) conditions.push(sql`${feedbackTrigger.triggerDate} >= ${filter.triggerDateFrom}::date`);
  if (filter.triggerDateTo) conditions.push(sql`${feedbackTrigger.triggerDate} <= ${filter.triggerDateTo}::date`);
  if (filter.hoksId !== undefined) conditions.push(eq(feedbackTrigger.hoksId, filter.hoksId));
  if (filter.periodV1Id !== undefined) {
    conditions.push(sql`exists (select 1 from ${osaamisenHankkimistapa} p where p.id = ${filter.periodV1Id}
      and p.hoks_id = ${feedbackTrigger.hoksId} and p.yksiloiva_tunniste = ${feedbackTrigger.yksiloivaTunniste})`);
  }
  return conditions;
}

export async function triggersDue(db: Db, states: readonly FeedbackTriggerState[], dueBy: string, limit: number, after?: DuePosition, filter: TriggerFilter = {}): Promise<(FeedbackTriggerRow & { due: string })[]> {
  const conditions: SQL[] = [inArray(feedbackTrigger.state, [...states]), sql`${dueDate} <= ${dueBy}::date`, ...filterConditions(filter)];
  if (after) conditions.push(sql`(${dueDate}, ${feedbackTrigger.id}) > (${after.due}::date, ${after.id})`);
  return db
    .select({ ...getTableColumns(feedbackTrigger), due: sql<string>`${dueDate}::text`.as("due") })
    .from(feedbackTrigger)
    .where(and(...conditions))
    .orderBy(asc(dueDate), asc(feedbackTrigger.id))
    .limit(limit);
}

export type FeedbackTriggerEventRow = typeof feedbackTriggerEvent.$inferSelect;

/** The history of the triggers with these keys, oldest first: one statement for a page of triggers. */
export function eventsOf(db: Db, keys: readonly string[]): Promise<FeedbackTriggerEventRow[]> {
  return db.select().from(feedbackTriggerEvent).where(inArray(feedbackTriggerEvent.triggerKey, [...keys])).orderBy(asc(feedbackTriggerEvent.id));
}

export async function lockTrigger(tx: Tx, id: number): Promise<FeedbackTriggerRow | undefined> {
  const [row] = await tx.select().from(feedbackTrigger).where(eq(feedbackTrigger.id, id)).for("update");
  return row;
}

export async function changeTrigger(tx: Tx, row: FeedbackTriggerRow, change: { state?: FeedbackTriggerState; kyselylinkki?: string }, event: string, actor: string): Promise<FeedbackTriggerRow> {
  const [updated] = await tx.update(feedbackTrigger).set({ ...change, updatedAt: sql`now()` }).where(eq(feedbackTrigger.id, row.id)).returning();
  await tx.insert(feedbackTriggerEvent).values({ triggerKey: row.key, hoksId: row.hoksId, event, state: updated!.state, reason: updated!.reason, actor });
  return updated!;
}
