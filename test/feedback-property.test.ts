/**
 * The feedback triggers' property (issue: feedback triggers): for random histories of plan writes
 * and persons feeds through the running service, with nothing handed over, the trigger table
 * equals the triggers computed from the final data alone — the plan documents and study rights as
 * last accepted, turned into facts here, independently of the service's own SQL — with one
 * trigger per key.
 */
import fc from "fast-check";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedbackTrigger } from "../drizzle/schema/index.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { addDays } from "../subgraphs/shared/clock.js";
import { desiredTriggers } from "../subgraphs/hoks/feedback/desired-triggers.js";
import type { FeedbackPeriod, FeedbackPlan, FeedbackStudyRight } from "../subgraphs/hoks/feedback/feedback-facts.js";
import { luhn } from "../subgraphs/shared/validation/identifiers.js";
import { exampleDocument } from "./support/examples.js";
import { rest } from "./support/rest.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

const RUNS = Number(process.env.FEEDBACK_RUNS ?? 25);
const TODAY = "2026-02-01";
type Doc = Record<string, any>;

let service: TestService;
let base: string;
beforeAll(async () => {
  service = await startTestService({ plans: false });
  base = service.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(() => service.close());

// Aino's study right at Rantala, and a second one at the same provider: their plans share the
// student triggers' keys (one survey per student, provider and funding period).
const world = exampleDocument<{ opiskeluoikeudet: Doc[] }>("world.json");
const RANTALA = world.opiskeluoikeudet.find((o) => o.oid === OIDS.opiskeluoikeusRantala)!;
const SECOND_OID = `1.2.246.562.15.5550009999${luhn("5550009999")}`;
const STUDY_RIGHTS = [RANTALA.oid, SECOND_OID] as const;

// --- the random history -------------------------------------------------------------------

const day = fc.integer({ min: 0, max: 183 }).map((n) => addDays("2025-08-01", n));
const studyRightState = fc.record({
  end: fc.option(fc.record({ at: day, tila: fc.constantFrom("eronnut", "valiaikaisestikeskeytynyt", "valmistunut") }), { nil: null }),
  funding: fc.option(fc.record({ at: day, code: fc.constantFrom("1", "6", "14") }), { nil: null }),
  partial: fc.boolean(),
});
const planShape = fc.record({
  approved: day,
  reached: fc.option(day, { nil: null }),
  need: fc.boolean(),
  periods: fc.array(fc.record({ keep: fc.boolean(), endShift: fc.integer({ min: -40, max: 5 }), interrupted: fc.boolean() }), { minLength: 3, maxLength: 3 }),
});
const operation = fc.oneof(
  fc.record({ op: fc.constant("create" as const), studyRight: fc.nat(1), plan: planShape }),
  fc.record({ op: fc.constant("replace" as const), studyRight: fc.nat(1), plan: planShape }),
  fc.record({ op: fc.constant("patch" as const), studyRight: fc.nat(1), reached: fc.option(day, { nil: null }), need: fc.boolean() }),
  fc.record({ op: fc.constant("delete" as const), studyRight: fc.nat(1) }),
  fc.record({ op: fc.constant("feed" as const), studyRight: fc.nat(1), state: studyRightState }),
);

function studyRightDocument(oid: string, state: Doc): Doc {
  const jaksot: Doc[] = [{ alku: "2025-08-01", tila: "lasna" }];
  if (state.funding) jaksot.push({ alku: state.funding.at, tila: "lasna", opintojenRahoitus: { koodiarvo: state.funding.code } });
  if (state.end) jaksot.push({ alku: state.end.at, tila: state.end.tila });
  jaksot.sort((a, b) => a.alku.localeCompare(b.alku));
  const suoritukset = RANTALA.suoritukset.map((s: Doc) => ({ ...s, tyyppi: state.partial ? "ammatillinentutkintoosittainen" : "ammatillinentutkinto" }));
  return { ...RANTALA, oid, tila: { opiskeluoikeusjaksot: jaksot }, suoritukset, paattymispaiva: null, updatedAt: new Date().toISOString() };
}

function planDocument(studyRightOid: string, shape: Doc): Doc {
  const document = exampleDocument<Doc>("valid-full.json");
  document["opiskeluoikeus-oid"] = studyRightOid;
  document["ensikertainen-hyvaksyminen"] = shape.approved;
  if (shape.reached) document["osaamisen-saavuttamisen-pvm"] = shape.reached;
  document["osaamisen-hankkimisen-tarve"] = shape.need;
  let index = 0;
  for (const unit of document["hankittavat-ammat-tutkinnon-osat"]) {
    unit["osaamisen-hankkimistavat"] = (unit["osaamisen-hankkimistavat"] ?? []).flatMap((period: Doc) => {
      if (!period["yksiloiva-tunniste"]) return [period];
      const change = shape.periods[index++]!;
      if (!change.keep) return [];
      const loppu = addDays(period.loppu, change.endShift);
      const moved: Doc = { ...period, loppu: loppu < period.alku ? period.alku : loppu };
      delete moved.keskeytymisajanjaksot;
      if (change.interrupted) moved.keskeytymisajanjaksot = [{ alku: moved.loppu }];
      return [moved];
    });
  }
  return document;
}

// --- the final data, as facts, from the documents alone -------------------------------------

function planFacts(id: number, document: Doc): FeedbackPlan {
  const periods: FeedbackPeriod[] = document["hankittavat-ammat-tutkinnon-osat"]
    .flatMap((unit: Doc) => unit["osaamisen-hankkimistavat"] ?? [])
    .filter((p: Doc) => ["osaamisenhankkimistapa_koulutussopimus", "osaamisenhankkimistapa_oppisopimus"].includes(p["osaamisen-hankkimistapa-koodi-uri"]))
    .map((p: Doc) => {
      const workplace = p["tyopaikalla-jarjestettava-koulutus"];
      const instructor = workplace?.["vastuullinen-tyopaikka-ohjaaja"];
      return {
        yksiloivaTunniste: p["yksiloiva-tunniste"] ?? null,
        osaamisenHankkimistapaKoodiUri: p["osaamisen-hankkimistapa-koodi-uri"],
        alku: p.alku,
        loppu: p.loppu,
        osaAikaisuustieto: p["osa-aikaisuustieto"] ?? null,
        keskeytymisajanjaksot: p.keskeytymisajanjaksot ?? [],
        workplace: workplace
          ? {
              tyopaikanNimi: workplace["tyopaikan-nimi"] ?? null,
              tyopaikanYTunnus: workplace["tyopaikan-y-tunnus"] ?? null,
              ohjaaja: instructor ? { nimi: instructor.nimi ?? null, sahkoposti: instructor.sahkoposti ?? null, puhelinnumero: instructor.puhelinnumero ?? null } : null,
            }
          : null,
      };
    });
  return {
    id,
    oppijaOid: document["oppija-oid"],
    opiskeluoikeusOid: document["opiskeluoikeus-oid"],
    tuva: Boolean(document["tuva-opiskeluoikeus-oid"]) || (document["hankittavat-koulutuksen-osat"] ?? []).length > 0,
    ensikertainenHyvaksyminen: document["ensikertainen-hyvaksyminen"],
    osaamisenSaavuttamisenPvm: document["osaamisen-saavuttamisen-pvm"] ?? null,
    osaamisenHankkimisenTarve: document["osaamisen-hankkimisen-tarve"],
    periods,
  };
}

function studyRightFacts(document: Doc): FeedbackStudyRight {
  return {
    oid: document.oid,
    tyyppi: document.tyyppi,
    koulutustoimijaOid: document.koulutustoimija,
    sisaltyyOpiskeluoikeuteenOid: document.sisaltyyOpiskeluoikeuteen?.oid ?? null,
    opiskeluoikeusjaksot: document.tila.opiskeluoikeusjaksot.map((j: Doc) => ({ alku: j.alku, tila: j.tila, opintojenRahoitus: j.opintojenRahoitus?.koodiarvo ?? null })),
    suoritusTyypit: document.suoritukset.map((s: Doc) => s.tyyppi),
  };
}

const comparable = (t: { key: string; hoksId: number; state: string; reason: string | null; triggerDate: string; surveyType: string; alku: string; loppu: string }) =>
  `${t.key} plan=${t.hoksId} ${t.state}${t.reason ? `(${t.reason})` : ""} ${t.triggerDate} ${t.surveyType} ${t.alku}..${t.loppu}`;

// --- running a history ----------------------------------------------------------------------

const FEED = `mutation ($document: JSONObject!) { upsertKoskiData(document: $document) { opiskeluoikeudet { written } } }`;

async function feed(document: Doc): Promise<void> {
  const { body } = await postGraphQL(service.gatewayUrl, FEED, { token: await service.token("oph"), variables: { document: { opiskeluoikeudet: [document] } } });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
}

interface History {
  studyRights: Map<string, Doc>;
  live: Map<string, { id: number; document: Doc }>;
  accepted: number;
  tried: number;
}

async function freshHistory(): Promise<History> {
  await service.database.db.execute("truncate hoks.hoks, hoks.feedback_trigger_event restart identity cascade" as never);
  const studyRights = new Map<string, Doc>();
  for (const oid of STUDY_RIGHTS) {
    const document = studyRightDocument(oid, { end: null, funding: null, partial: false });
    await feed(document);
    studyRights.set(oid, document);
  }
  return { studyRights, live: new Map(), accepted: 0, tried: 0 };
}

/** Applies the operations through the service; a write the service refuses changes nothing, here as there. */
async function run(history: History, operations: readonly Doc[]): Promise<void> {
  const token = await service.token("oph");
  for (const step of operations) {
    const oid = STUDY_RIGHTS[step.studyRight]!;
    const plan = history.live.get(oid);
    // Counted when the step applies: a create beside a live plan, or a change of none, is skipped.
    if (step.op === "feed" || (step.op === "create") === !plan) history.tried++;
    if (step.op === "feed") {
      const document = studyRightDocument(oid, step.state);
      await feed(document);
      history.studyRights.set(oid, document);
      history.accepted++;
    } else if (step.op === "create" && !plan) {
      const document = planDocument(oid, step.plan);
      const { status, body } = await rest(base, "POST", "/hoks", token, document);
      if (status === 200) (history.live.set(oid, { id: body.meta.id, document }), history.accepted++);
    } else if (step.op === "replace" && plan) {
      const document = planDocument(oid, step.plan);
      const { status } = await rest(base, "PUT", `/hoks/${plan.id}`, token, { ...document, id: plan.id });
      if (status === 204) (history.live.set(oid, { id: plan.id, document }), history.accepted++);
    } else if (step.op === "patch" && plan) {
      const patch: Doc = { id: plan.id, "osaamisen-hankkimisen-tarve": step.need, ...(step.reached ? { "osaamisen-saavuttamisen-pvm": step.reached } : {}) };
      const { status } = await rest(base, "PATCH", `/hoks/${plan.id}`, token, patch);
      if (status === 204) (history.live.set(oid, { id: plan.id, document: { ...plan.document, ...patch } }), history.accepted++);
    } else if (step.op === "delete" && plan) {
      const { body } = await postGraphQL(service.gatewayUrl, `mutation ($id: ID!) { deleteHoks(id: $id) { id } }`, { token, variables: { id: String(plan.id) } });
      if (!body.errors) (history.live.delete(oid), history.accepted++);
    }
  }
}

function expectedTriggers(history: History): string[] {
  const facts = [...history.live.values()].map(({ id, document }) => planFacts(id, document));
  const studyRights = new Map([...history.studyRights.values()].map((d) => [d.oid, studyRightFacts(d)]));
  return [...desiredTriggers(facts, studyRights, TODAY).values()].map((t) => comparable({ ...t, alku: t.answerWindow.alku, loppu: t.answerWindow.loppu })).sort();
}

async function storedTriggers() {
  return service.database.db.select().from(feedbackTrigger).orderBy(asc(feedbackTrigger.key));
}
const storedComparable = async () => (await storedTriggers()).map((r) => comparable({ ...r, alku: r.answerWindowStart, loppu: r.answerWindowEnd })).sort();

describe("feedback triggers: the table equals the triggers of the final data", () => {
  it(`random histories of plan writes and feeds (${RUNS} runs)`, async () => {
    let accepted = 0;
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        const history = await freshHistory();
        await run(history, operations);
        (accepted += history.accepted), (tried += history.tried);
        expect(await storedComparable()).toEqual(expectedTriggers(history));
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // Not vacuous: most of the generated writes were accepted and decided triggers.
    expect(accepted / tried).toBeGreaterThan(0.4);
  }, 600_000);

  it(`a trigger handed over is never changed or made again, whatever follows (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 5 }), fc.array(operation, { minLength: 1, maxLength: 6 }), async (before, after) => {
        const history = await freshHistory();
        await run(history, before);
        await service.database.db.update(feedbackTrigger).set({ state: "luovutettu" });
        const handedOver = await storedTriggers();
        await run(history, after);
        const now = await storedTriggers();
        for (const row of handedOver) expect(now.find((r) => r.id === row.id)).toEqual(row);
        // No second trigger with a handed-over key, and no second student survey of a kind for a plan.
        expect(new Set(now.map((r) => r.key)).size).toBe(now.length);
        const surveysOfPlan = now.filter((r) => r.kind !== "tyoelama").map((r) => `${r.hoksId}/${r.kind}`);
        for (const kind of new Set(handedOver.filter((r) => r.kind !== "tyoelama").map((r) => `${r.hoksId}/${r.kind}`))) {
          expect(surveysOfPlan.filter((k) => k === kind)).toHaveLength(1);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 600_000);
});
