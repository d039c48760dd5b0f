/**
 * Brings the trigger table in line with students' current data, inside the caller's transaction
 * (a plan write, the persons feed, the world import), so a committed plan and its triggers never
 * disagree. A trigger already handed over to the feedback service is never changed, removed or
 * made again; one not yet handed over follows the data: made, moved, re-decided or removed, each
 * change kept as an event. Four statements at most, however many plans, periods and triggers.
 */
import { sql } from "drizzle-orm";
import { fixedTextStatement } from "../../../drizzle/fixed-text-statement.js";
import { feedbackTrigger, type FeedbackTriggerRow } from "../../../drizzle/schema/index.js";
import type { Tx } from "../write/plan-store.js";
import { desiredTriggers } from "./desired-triggers.js";
import { feedbackStateOf, type StoredTrigger } from "./feedback-state-query.js";
import type { IsoDate } from "./feedback-facts.js";
import type { TriggerDecision } from "./trigger-decision.js";

const HANDED_OVER = new Set(["luovutettu", "kasitelty"]);
export const isHandedOver = (row: Pick<FeedbackTriggerRow, "state">) => HANDED_OVER.has(row.state);

type TriggerValues = Omit<typeof feedbackTrigger.$inferInsert, "id" | "createdAt" | "updatedAt" | "kyselylinkki">;

function valuesOf(d: TriggerDecision): TriggerValues {
  return {
    key: d.key,
    kind: d.kind,
    hoksId: d.hoksId,
    oppijaOid: d.oppijaOid,
    opiskeluoikeusOid: d.opiskeluoikeusOid,
    koulutustoimijaOid: d.koulutustoimijaOid,
    surveyType: d.surveyType,
    triggerDate: d.triggerDate,
    bundlingDate: d.bundlingDate,
    answerWindowStart: d.answerWindow.alku,
    answerWindowEnd: d.answerWindow.loppu,
    yksiloivaTunniste: d.yksiloivaTunniste,
    state: d.state,
    reason: d.reason,
    tyopaikanNimi: d.workplace?.tyopaikanNimi ?? null,
    tyopaikanYTunnus: d.workplace?.tyopaikanYTunnus ?? null,
    ohjaaja: d.workplace?.ohjaaja ?? null,
  };
}

const sameValues = (row: StoredTrigger, values: TriggerValues) =>
  (Object.keys(values) as (keyof TriggerValues)[]).every((k) => JSON.stringify(row[k] ?? null) === JSON.stringify(values[k] ?? null));

/** A trigger's values as the JSON record the change statement reads (snake_case, as the table's columns). */
function record(v: TriggerValues, id?: number) {
  return {
    id: id ?? null,
    key: v.key,
    kind: v.kind,
    hoks_id: v.hoksId,
    oppija_oid: v.oppijaOid,
    opiskeluoikeus_oid: v.opiskeluoikeusOid,
    koulutustoimija_oid: v.koulutustoimijaOid,
    survey_type: v.surveyType,
    trigger_date: v.triggerDate,
    bundling_date: v.bundlingDate,
    answer_window_start: v.answerWindowStart,
    answer_window_end: v.answerWindowEnd,
    yksiloiva_tunniste: v.yksiloivaTunniste,
    state: v.state,
    reason: v.reason,
    tyopaikan_nimi: v.tyopaikanNimi,
    tyopaikan_y_tunnus: v.tyopaikanYTunnus,
    ohjaaja: v.ohjaaja,
  };
}

const RECORD_COLUMNS = sql.raw(`id int, key text, kind text, hoks_id int, oppija_oid text, opiskeluoikeus_oid text, koulutustoimija_oid text,
  survey_type text, trigger_date date, bundling_date date, answer_window_start date, answer_window_end date, yksiloiva_tunniste text,
  state text, reason text, tyopaikan_nimi text, tyopaikan_y_tunnus text, ohjaaja jsonb`);

/**
 * Every insert, update and removal, and their events, in one statement: data-modifying CTEs all
 * see the same snapshot and run to completion, so the events record exactly what was changed.
 * Its text never changes (fixed-text-statement.ts): no sync pays for building it.
 */
const APPLY_CHANGES = fixedTextStatement<"inserts" | "updates" | "removals" | "actor">(sql`
    with inserted as (
      insert into hoks.feedback_trigger (key, kind, hoks_id, oppija_oid, opiskeluoikeus_oid, koulutustoimija_oid, survey_type, trigger_date,
        bundling_date, answer_window_start, answer_window_end, yksiloiva_tunniste, state, reason, tyopaikan_nimi, tyopaikan_y_tunnus, ohjaaja)
      select key, kind, hoks_id, oppija_oid, opiskeluoikeus_oid, koulutustoimija_oid, survey_type, trigger_date, bundling_date,
        answer_window_start, answer_window_end, yksiloiva_tunniste, state, reason, tyopaikan_nimi, tyopaikan_y_tunnus, ohjaaja
      from jsonb_to_recordset(${sql.placeholder("inserts")}::jsonb) as v(${RECORD_COLUMNS})
      returning key, hoks_id, state, reason),
    updated as (
      update hoks.feedback_trigger t set
        hoks_id = v.hoks_id, opiskeluoikeus_oid = v.opiskeluoikeus_oid, koulutustoimija_oid = v.koulutustoimija_oid,
        survey_type = v.survey_type, trigger_date = v.trigger_date, bundling_date = v.bundling_date,
        answer_window_start = v.answer_window_start, answer_window_end = v.answer_window_end,
        yksiloiva_tunniste = v.yksiloiva_tunniste, state = v.state, reason = v.reason,
        tyopaikan_nimi = v.tyopaikan_nimi, tyopaikan_y_tunnus = v.tyopaikan_y_tunnus, ohjaaja = v.ohjaaja, updated_at = now()
      from jsonb_to_recordset(${sql.placeholder("updates")}::jsonb) as v(${RECORD_COLUMNS})
      where t.id = v.id
      returning t.key, t.hoks_id, t.state, t.reason),
    removed as (
      delete from hoks.feedback_trigger where id = any(${sql.placeholder("removals")}::int[])
      returning key, hoks_id)
    insert into hoks.feedback_trigger_event (trigger_key, hoks_id, event, state, reason, actor)
    select key, hoks_id, 'created', state, reason, ${sql.placeholder("actor")} from inserted
    union all select key, hoks_id, 'changed', state, reason, ${sql.placeholder("actor")} from updated
    union all select key, hoks_id, 'removed', null, null, ${sql.placeholder("actor")} from removed`);

function applyChanges(tx: Tx, inserts: TriggerValues[], updates: { row: StoredTrigger; values: TriggerValues }[], removals: StoredTrigger[], actor: string) {
  return tx.execute(
    APPLY_CHANGES.with({
      inserts: JSON.stringify(inserts.map((v) => record(v))),
      updates: JSON.stringify(updates.map(({ row, values }) => record(values, row.id))),
      removals: removals.map((r) => r.id),
      actor,
    }),
  );
}

const LOCK_STUDENTS = fixedTextStatement<"students">(
  sql`select pg_advisory_xact_lock(hashtext('feedback:' || s)) from unnest(${sql.placeholder("students")}::text[]) as s order by s`,
);

export interface TriggerSyncResult {
  created: number;
  changed: number;
  removed: number;
}

export async function syncFeedbackTriggers(tx: Tx, students: readonly string[], today: IsoDate, actor: string): Promise<TriggerSyncResult> {
  const oids = [...new Set(students)].sort();
  if (oids.length === 0) return { created: 0, changed: 0, removed: 0 };
  // One sync per student at a time: two writes to a student's plans at once would otherwise both
  // make the same key. Sorted, so two syncs of overlapping students cannot deadlock. A statement
  // of its own, before the reads: their snapshot must see what the lock waited for.
  await tx.execute(LOCK_STUDENTS.with({ students: oids }));
  const { plans, studyRights, triggers: existing } = await feedbackStateOf(tx, oids);
  const desired = desiredTriggers(plans, studyRights, today);
  const byKey = new Map(existing.map((row) => [row.key, row]));
  // A plan's student survey of a kind, once handed over, is never made again for another date.
  const handedOverKinds = new Set(existing.filter(isHandedOver).map((row) => `${row.hoksId}/${row.kind}`));

  const inserts: TriggerValues[] = [];
  const updates: { row: StoredTrigger; values: TriggerValues }[] = [];
  for (const decision of desired.values()) {
    const row = byKey.get(decision.key);
    if (row && isHandedOver(row)) continue;
    if (!row && decision.kind !== "tyoelama" && handedOverKinds.has(`${decision.hoksId}/${decision.kind}`)) continue;
    const values = valuesOf(decision);
    if (!row) inserts.push(values);
    else if (!sameValues(row, values)) updates.push({ row, values });
  }
  const removals = existing.filter((row) => !isHandedOver(row) && !desired.has(row.key));
  if (inserts.length || updates.length || removals.length) await applyChanges(tx, inserts, updates, removals, actor);
  return { created: inserts.length, changed: updates.length, removed: removals.length };
}
