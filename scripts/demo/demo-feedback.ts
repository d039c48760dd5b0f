/**
 * The feedback showcase: students at a provider of their own (demo-feedback-students.ts) whose
 * plans, on the demo date, make every kind of feedback trigger and every reason one is not sent,
 * and then what the feedback service would have done by then: Sanni's start survey handed over
 * with its link (her `omatPalautekyselyt` shows it) and Veeti's working-life survey handed over
 * and handled, each mark an event as the door records it.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import { feedbackTrigger, type FeedbackTriggerRow } from "../../drizzle/schema/index.js";
import { changeTrigger } from "../../subgraphs/hoks/feedback/feedback-door.queries.js";
import { syncFeedbackTriggers } from "../../subgraphs/hoks/feedback/sync-triggers.js";
import type { TriggerKind } from "../../subgraphs/hoks/feedback/trigger-decision.js";
import type { PlanDocument } from "../../subgraphs/hoks/write/plan-document.js";
import type { Tx } from "../../subgraphs/hoks/write/plan-store.js";
import { camelizeKeys } from "../../subgraphs/hoks/write/json-keys.js";
import { importWorld } from "../../subgraphs/persons/import/world.js";
import type { WorldDocument } from "../../subgraphs/persons/import/world-document.js";
import { SHOWCASE_INSTITUTION, SHOWCASE_PROVIDER } from "./demo-feedback-builders.js";
import { SANNI, SANNI_SURVEY_LINK, SHOWCASE_STUDENTS, VEETI } from "./demo-feedback-students.js";
import { insertDemoPlan } from "./demo-plan.js";

/** Who made the marks, as the feedback service's token names it (demo-roles.ts `palautepalvelu`). */
const FEEDBACK_SERVICE = "palautepalvelu";

export const SHOWCASE_WORLD: WorldDocument = {
  organisaatiot: [
    { oid: SHOWCASE_PROVIDER, nimi: { fi: "Kuusiston koulutuskuntayhtymä" }, tyypit: ["koulutustoimija"], parentOid: "1.2.246.562.10.00000000001" },
    { oid: SHOWCASE_INSTITUTION, nimi: { fi: "Kuusiston ammattiopisto" }, tyypit: ["oppilaitos"], parentOid: SHOWCASE_PROVIDER },
  ],
  henkilot: SHOWCASE_STUDENTS.map((s) => s.henkilo),
  opiskeluoikeudet: SHOWCASE_STUDENTS.flatMap((s) => s.studyRights),
};

async function triggerOf(tx: Tx, oppijaOid: string, kind: TriggerKind): Promise<FeedbackTriggerRow> {
  const [row] = await tx.select().from(feedbackTrigger).where(and(eq(feedbackTrigger.oppijaOid, oppijaOid), eq(feedbackTrigger.kind, kind)));
  // The students' data is chosen to make this trigger waiting; a rule change that stops it must fail the seed loudly.
  if (row?.state !== "odottaa") throw new Error(`The feedback showcase expected a waiting ${kind} trigger for ${oppijaOid}, found ${row ? `${row.state} (${row.reason})` : "none"}`);
  return row;
}

/** Seeds the showcase inside the caller's transaction; `today` is the demo date the data is chosen for. */
export async function seedDemoFeedback(tx: Tx, today: string): Promise<void> {
  await importWorld(tx as unknown as Db, SHOWCASE_WORLD);
  for (const student of SHOWCASE_STUDENTS) {
    await insertDemoPlan(tx, `palaute-${student.henkilo.etunimet.toLowerCase()}`, camelizeKeys<PlanDocument>(student.plan));
  }
  await syncFeedbackTriggers(tx, SHOWCASE_STUDENTS.map((s) => s.henkilo.oid), today, "demo");

  const sannisStart = await changeTrigger(tx, await triggerOf(tx, SANNI.oid, "opiskelija-aloitus"), { state: "luovutettu" }, "luovutettu", FEEDBACK_SERVICE);
  await changeTrigger(tx, sannisStart, { kyselylinkki: SANNI_SURVEY_LINK }, "kyselylinkki", FEEDBACK_SERVICE);
  const veetisPeriod = await changeTrigger(tx, await triggerOf(tx, VEETI.oid, "tyoelama"), { state: "luovutettu" }, "luovutettu", FEEDBACK_SERVICE);
  await changeTrigger(tx, veetisPeriod, { state: "kasitelty" }, "kasitelty", FEEDBACK_SERVICE);
}
