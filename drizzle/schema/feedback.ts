/**
 * Feedback triggers (hoks schema): the moments the national feedback surveys are due, computed
 * from plan data inside the same transaction as every write that changes it
 * (subgraphs/hoks/feedback/), and their history of state changes.
 */
import { bigserial, date, index, integer, jsonb, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { hoks, hoksSchema } from "./hoks.js";

/**
 * odottaa: waiting for the feedback service; ei-laheteta: not to be sent (see `reason`);
 * luovutettu: handed over to the feedback service; kasitelty: handled (the survey was sent).
 * A trigger handed over is never changed or made again by plan data.
 */
export const FEEDBACK_TRIGGER_STATES = ["odottaa", "ei-laheteta", "luovutettu", "kasitelty"] as const;
export type FeedbackTriggerState = (typeof FEEDBACK_TRIGGER_STATES)[number];

/** The instructor a working-life survey goes to; erased with the plan's own copy (retention). */
export interface FeedbackInstructor {
  nimi: string | null;
  sahkoposti: string | null;
  puhelinnumero: string | null;
}

export const feedbackTrigger = hoksSchema.table(
  "feedback_trigger",
  {
    id: serial().primaryKey(),
    /** The rules' key (trigger-decision.ts): one trigger per key, ever. */
    key: text().notNull(),
    kind: text().notNull(),
    /** The plan that made it; among a student's plans making one key, the oldest (lowest id). */
    hoksId: integer()
      .notNull()
      .references(() => hoks.id, { onDelete: "cascade" }),
    oppijaOid: text().notNull(),
    opiskeluoikeusOid: text().notNull(),
    koulutustoimijaOid: text(),
    surveyType: text().notNull(),
    triggerDate: date({ mode: "string" }).notNull(),
    bundlingDate: date({ mode: "string" }),
    answerWindowStart: date({ mode: "string" }).notNull(),
    answerWindowEnd: date({ mode: "string" }).notNull(),
    yksiloivaTunniste: text(),
    state: text().$type<FeedbackTriggerState>().notNull(),
    reason: text(),
    /** TEP: the workplace and its instructor, as the period named them when the trigger was decided. */
    tyopaikanNimi: text(),
    tyopaikanYTunnus: text(),
    ohjaaja: jsonb().$type<FeedbackInstructor>(),
    /** The survey's link, attached by the feedback service. */
    kyselylinkki: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("feedback_trigger_key_uq").on(t.key),
    // The feedback service's queue: waiting triggers in date order, a page at a time.
    index("feedback_trigger_due_idx").on(t.state, t.triggerDate, t.id),
    index("feedback_trigger_student_idx").on(t.oppijaOid),
    index("feedback_trigger_hoks_idx").on(t.hoksId),
  ],
);

/** Every state change of a trigger, kept by key (a trigger removed because its plan moved keeps its history). */
export const feedbackTriggerEvent = hoksSchema.table(
  "feedback_trigger_event",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    triggerKey: text().notNull(),
    hoksId: integer().notNull(),
    at: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** created, changed, removed, luovutettu, kasitelty, kyselylinkki. */
    event: text().notNull(),
    state: text().$type<FeedbackTriggerState>(),
    reason: text(),
    /** Who caused it: the writer of the plan or study right, or the feedback service. */
    actor: text(),
  },
  (t) => [index("feedback_trigger_event_key_idx").on(t.triggerKey, t.id)],
);

export type FeedbackTriggerRow = typeof feedbackTrigger.$inferSelect;
