/**
 * The demo's feedback showcase (scripts/demo/demo-feedback.ts): after the seed, on the demo date,
 * the trigger table holds every kind and survey type waiting, every reason a trigger is not sent
 * (derived from NOT_SENT_REASONS, so a new reason fails here until the showcase shows it), a
 * trigger handed over and one handled with their events, and the demo student Sanni sees her open
 * survey link through the running service.
 */
import { asc, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedbackTrigger, feedbackTriggerEvent, type FeedbackTriggerRow } from "../drizzle/schema/index.js";
import { DEMO_TODAY } from "../scripts/demo/demo-data.js";
import { SHOWCASE_PROVIDER } from "../scripts/demo/demo-feedback-builders.js";
import { SANNI_SURVEY_LINK, SHOWCASE_STUDENTS } from "../scripts/demo/demo-feedback-students.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { syncFeedbackTriggers } from "../subgraphs/hoks/feedback/sync-triggers.js";
import { NOT_SENT_REASONS } from "../subgraphs/hoks/feedback/trigger-decision.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
let rows: FeedbackTriggerRow[];
beforeAll(async () => {
  service = await startTestService({ feedbackShowcase: true });
  rows = await service.database.db.select().from(feedbackTrigger);
});
afterAll(() => service.close());

const showcaseStudents = () => new Set(SHOWCASE_STUDENTS.map((s) => s.henkilo.oid));
const showcaseRows = () => rows.filter((row) => showcaseStudents().has(row.oppijaOid));

describe("the demo's feedback showcase", () => {
  it("has each kind and survey type waiting for the feedback service", () => {
    const waiting = new Set(showcaseRows().filter((row) => row.state === "odottaa").map((row) => `${row.kind} ${row.surveyType}`));
    expect([...waiting].sort()).toEqual(["opiskelija-aloitus aloittaneet", "opiskelija-paatto osia-suorittaneet", "opiskelija-paatto valmistuneet", "tyoelama tyopaikkajakson-suorittaneet"]);
  });

  it("has a trigger not to be sent for every reason there is", () => {
    const reasons = new Set(showcaseRows().filter((row) => row.state === "ei-laheteta").map((row) => row.reason));
    expect(Object.keys(NOT_SENT_REASONS).filter((reason) => !reasons.has(reason as never))).toEqual([]);
  });

  it("has a trigger handed over with its link and one handled, each with its events", async () => {
    const marked = showcaseRows().filter((row) => row.state === "luovutettu" || row.state === "kasitelty");
    expect(marked.map((row) => `${row.kind} ${row.state}`).sort()).toEqual(["opiskelija-aloitus luovutettu", "tyoelama kasitelty"]);
    const events = await service.database.db.select().from(feedbackTriggerEvent).where(inArray(feedbackTriggerEvent.triggerKey, marked.map((row) => row.key))).orderBy(asc(feedbackTriggerEvent.id));
    const historyOf = (state: string) => events.filter((e) => e.triggerKey === marked.find((row) => row.state === state)!.key).map((e) => `${e.event} ${e.actor}`);
    expect(historyOf("luovutettu")).toEqual(["created demo", "luovutettu palautepalvelu", "kyselylinkki palautepalvelu"]);
    expect(historyOf("kasitelty")).toEqual(["created demo", "luovutettu palautepalvelu", "kasitelty palautepalvelu"]);
  });

  it("is what the rules decide from the stored data: deciding again on the demo date changes nothing", async () => {
    const again = await service.database.db.transaction((tx) => syncFeedbackTriggers(tx, [...showcaseStudents()], DEMO_TODAY, "test"));
    expect(again).toEqual({ created: 0, changed: 0, removed: 0 });
  });

  it("stays at a provider of its own, so what the demo world's roles see is unchanged", () => {
    // Fanni's study right is missing from the store: her trigger names no provider.
    const providers = new Set(showcaseRows().map((row) => row.koulutustoimijaOid).filter((oid) => oid !== null));
    expect(providers).toEqual(new Set([SHOWCASE_PROVIDER]));
    expect(showcaseStudents().has(OIDS.sanni)).toBe(true);
  });

  it("shows Sanni her start survey's link while its answer window is open", async () => {
    const own = async () => (await postGraphQL(service.gatewayUrl, `{ omatPalautekyselyt { hoksId kyselytyyppi kyselylinkki vastausaikaLoppu } }`, { token: await service.token("sanni") })).body;
    const start = showcaseRows().find((row) => row.oppijaOid === OIDS.sanni && row.kind === "opiskelija-aloitus")!;
    expect(start.answerWindowStart <= DEMO_TODAY && DEMO_TODAY <= start.answerWindowEnd).toBe(true);
    const today = await own();
    expect(today.errors).toBeUndefined();
    expect(today.data.omatPalautekyselyt).toEqual([{ hoksId: String(start.hoksId), kyselytyyppi: "aloittaneet", kyselylinkki: SANNI_SURVEY_LINK, vastausaikaLoppu: start.answerWindowEnd }]);
    service.clock.set("2026-03-03");
    try {
      expect((await own()).data.omatPalautekyselyt).toEqual([]);
    } finally {
      service.clock.set(DEMO_TODAY);
    }
  });
});
