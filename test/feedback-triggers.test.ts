/**
 * Feedback triggers follow the data in the same transaction as every write that changes it: plan
 * creates, replaces, patches and deletes through the REST door, and the persons feed. Real HTTP,
 * real database; the trigger table is read as it is stored.
 */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { feedbackTrigger, feedbackTriggerEvent } from "../drizzle/schema/index.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { runRetention } from "../scripts/retention/retention-job.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import { parseWorldDocument } from "../subgraphs/persons/import/world-document.js";
import { auditLogFor } from "./support/audit.js";
import { openApiDocument } from "../gateway/rest/openapi-document.js";
import { REST_PREFIX } from "../gateway/rest/ehoks-v1-routes.js";
import { Contract, expectDeclaredAnswer } from "./support/openapi-contract.js";
import { exampleDocument } from "./support/examples.js";
import { rest } from "./support/rest.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
let base: string;
beforeAll(async () => {
  service = await startTestService({ plans: false });
  base = service.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(() => service.close());
beforeEach(async () => {
  service.clock.set("2026-02-01");
  await service.database.db.execute("truncate hoks.hoks, hoks.feedback_trigger_event restart identity cascade" as never);
});

const system = () => service.token("rantalasystem");
const RANTALA_PROVIDER = "1.2.246.562.10.55500012343";

async function triggers() {
  const rows = await service.database.db.select().from(feedbackTrigger).orderBy(asc(feedbackTrigger.key));
  return Object.fromEntries(rows.map((r) => [r.kind === "tyoelama" ? `tyoelama:${r.yksiloivaTunniste}` : r.kind, r]));
}
const outcomes = async () => Object.fromEntries(Object.entries(await triggers()).map(([k, r]) => [k, `${r.triggerDate} ${r.reason ?? r.state}`]));

type Document = Record<string, any>;
const fullPlan = (): Document => exampleDocument("valid-full.json");

async function create(document: Document): Promise<number> {
  const { status, body } = await rest(base, "POST", "/hoks", await system(), document);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.meta.id;
}

function workplacePeriods(document: Document): Document[] {
  return document["hankittavat-ammat-tutkinnon-osat"].flatMap((u: Document) => u["osaamisen-hankkimistavat"] ?? []).filter((p: Document) => p["yksiloiva-tunniste"]);
}

describe("feedback triggers follow plan writes", () => {
  it("a create makes the start trigger and one per workplace period, each decided; no end trigger before the competence is reached", async () => {
    await create(fullPlan());
    expect(await outcomes()).toEqual({
      // Approved 2025-09-15: its answer window closed 60 days later, before the plan came.
      "opiskelija-aloitus": "2025-09-15 vastausaika-paattynyt",
      "tyoelama:rantala-2025-0001": "2026-02-27 odottaa",
      "tyoelama:harju-2026-0007": "2026-05-29 odottaa",
      "tyoelama:rantala-2026-0011": "2026-12-18 odottaa",
    });
    const tep = (await triggers())["tyoelama:rantala-2025-0001"]!;
    expect(tep).toMatchObject({ bundlingDate: "2026-03-01", answerWindowStart: "2026-03-01", answerWindowEnd: "2026-03-30", koulutustoimijaOid: RANTALA_PROVIDER, surveyType: "tyopaikkajakson-suorittaneet" });
    expect(tep.ohjaaja?.nimi).toBeTruthy();
    const events = await service.database.db.select().from(feedbackTriggerEvent);
    expect(events.map((e) => e.event)).toEqual(["created", "created", "created", "created"]);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set(["rantala-sis"]));
  });

  it("a patch that sets the day the competence was reached makes the end trigger; moving it moves the trigger", async () => {
    const id = await create(fullPlan());
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, "osaamisen-saavuttamisen-pvm": "2026-01-20" })).status).toBe(204);
    expect((await triggers())["opiskelija-paatto"]).toMatchObject({ triggerDate: "2026-01-20", surveyType: "valmistuneet", state: "odottaa", key: `opiskelija-paatto/${OIDS.aino}/${RANTALA_PROVIDER}/2025-2026` });
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, "osaamisen-saavuttamisen-pvm": "2026-01-25" })).status).toBe(204);
    const moved = (await triggers())["opiskelija-paatto"]!;
    expect(moved.triggerDate).toBe("2026-01-25");
    const history = await service.database.db.select().from(feedbackTriggerEvent).where(eq(feedbackTriggerEvent.triggerKey, moved.key));
    expect(history.map((e) => e.event)).toEqual(["created", "changed"]);
  });

  it("a write that changes nothing a trigger is decided from leaves every trigger as it was, with no event", async () => {
    const id = await create(fullPlan());
    const before = await service.database.db.select().from(feedbackTrigger).orderBy(asc(feedbackTrigger.key));
    // The same plan again, then a patch of a value no trigger reads: the stored triggers compare equal to the decisions.
    expect((await rest(base, "PUT", `/hoks/${id}`, await system(), { ...fullPlan(), id })).status).toBe(204);
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, sahkoposti: "uusi@example.com" })).status).toBe(204);
    expect(await service.database.db.select().from(feedbackTrigger).orderBy(asc(feedbackTrigger.key))).toEqual(before);
    const events = await service.database.db.select().from(feedbackTriggerEvent);
    expect(events.map((e) => e.event)).toEqual(before.map(() => "created"));
  });

  it("a replace re-decides every trigger: a period interrupted at its end is not sent, a removed period's trigger goes", async () => {
    const id = await create(fullPlan());
    const document = fullPlan();
    const [first, second] = workplacePeriods(document);
    first!["keskeytymisajanjaksot"] = [{ alku: "2026-02-20" }];
    for (const unit of document["hankittavat-ammat-tutkinnon-osat"]) {
      unit["osaamisen-hankkimistavat"] = (unit["osaamisen-hankkimistavat"] ?? []).filter((p: Document) => p !== second);
    }
    const { status, body } = await rest(base, "PUT", `/hoks/${id}`, await system(), { ...document, id });
    expect(status, JSON.stringify(body)).toBe(204);
    const after = await outcomes();
    expect(after["tyoelama:rantala-2025-0001"]).toBe("2026-02-27 jakso-keskeytynyt");
    expect(after["tyoelama:harju-2026-0007"]).toBeUndefined();
  });

  it("a trigger handed over to the feedback service is never changed, removed or made again by plan data", async () => {
    const id = await create(fullPlan());
    await service.database.db.update(feedbackTrigger).set({ state: "luovutettu" }).where(eq(feedbackTrigger.yksiloivaTunniste, "rantala-2025-0001"));
    const document = fullPlan();
    workplacePeriods(document)[0]!["loppu"] = "2026-02-20";
    expect((await rest(base, "PUT", `/hoks/${id}`, await system(), { ...document, id })).status).toBe(204);
    expect((await triggers())["tyoelama:rantala-2025-0001"]).toMatchObject({ state: "luovutettu", triggerDate: "2026-02-27" });
    const deleted = await postGraphQL(service.gatewayUrl, `mutation ($id: ID!) { deleteHoks(id: $id) { id } }`, { token: await system(), variables: { id: String(id) } });
    expect(deleted.body.errors).toBeUndefined();
    // The plan is gone: the triggers not yet handed over go with it, the handed-over one stays.
    expect(Object.keys(await triggers())).toEqual(["tyoelama:rantala-2025-0001"]);
  });

  it("a refused write changes no trigger", async () => {
    const id = await create(fullPlan());
    const before = await triggers();
    const { status } = await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, "osaamisen-saavuttamisen-pvm": "not a date" });
    expect(status).toBe(400);
    expect(await triggers()).toEqual(before);
  });
});

describe("feedback triggers follow the persons feed", () => {
  const FEED = `mutation ($document: JSONObject!) { upsertKoskiData(document: $document) { opiskeluoikeudet { written } } }`;

  it("a study right that ends before the trigger date, or turns to other funding, re-decides its triggers in the feed's transaction", async () => {
    const id = await create(fullPlan());
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, "osaamisen-saavuttamisen-pvm": "2026-01-20" })).status).toBe(204);
    const world = exampleDocument<{ opiskeluoikeudet: Document[] }>("world.json");
    const studyRight = world.opiskeluoikeudet.find((o) => o.oid === OIDS.opiskeluoikeusRantala)!;
    const feed = async (jaksot: Document[]) => {
      const document = { opiskeluoikeudet: [{ ...studyRight, tila: { opiskeluoikeusjaksot: jaksot }, updatedAt: new Date().toISOString() }] };
      const { body } = await postGraphQL(service.gatewayUrl, FEED, { token: await service.token("oph"), variables: { document } });
      expect(body.errors).toBeUndefined();
    };
    await feed([{ alku: "2025-08-01", tila: "lasna" }, { alku: "2026-01-10", tila: "eronnut" }]);
    expect((await outcomes())["opiskelija-paatto"]).toBe("2026-01-20 opiskelu-paattynyt");
    await feed([{ alku: "2025-08-01", tila: "lasna" }, { alku: "2026-01-10", tila: "lasna", opintojenRahoitus: { koodiarvo: "14" } }]);
    expect((await outcomes())["opiskelija-paatto"]).toBe("2026-01-20 muu-rahoitus");
    await feed([{ alku: "2025-08-01", tila: "lasna" }]);
    expect((await outcomes())["opiskelija-paatto"]).toBe("2026-01-20 odottaa");
  });

  it("so does the world import (npm run import:world), recorded as the import's doing", async () => {
    const id = await create(fullPlan());
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, "osaamisen-saavuttamisen-pvm": "2026-01-20" })).status).toBe(204);
    const world = exampleDocument<{ opiskeluoikeudet: Document[] }>("world.json");
    const studyRight = world.opiskeluoikeudet.find((o) => o.oid === OIDS.opiskeluoikeusRantala)!;
    const ended = { ...studyRight, tila: { opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna" }, { alku: "2026-01-10", tila: "peruutettu" }] }, updatedAt: new Date().toISOString() };
    await importWorld(service.database.db, parseWorldDocument({ opiskeluoikeudet: [ended] }), undefined, { today: "2026-02-01", actor: "import" });
    const end = (await triggers())["opiskelija-paatto"]!;
    expect(end.reason).toBe("opiskelu-paattynyt");
    const history = await service.database.db.select().from(feedbackTriggerEvent).where(eq(feedbackTriggerEvent.triggerKey, end.key));
    expect(history.at(-1)).toMatchObject({ event: "changed", reason: "opiskelu-paattynyt", actor: "import" });
    // The study right as the other tests know it.
    await importWorld(service.database.db, parseWorldDocument({ opiskeluoikeudet: [{ ...studyRight, updatedAt: new Date().toISOString() }] }), undefined, { today: "2026-02-01", actor: "import" });
    expect((await outcomes())["opiskelija-paatto"]).toBe("2026-01-20 odottaa");
  });
});

describe("the feedback service's door", () => {
  const feedbackService = () => service.token({ sub: "palautepalvelu", role: "feedback" });
  const LIST = `query ($tila: [PalauteHerateTila!], $erapaiva: String, $first: Int, $after: String, $suodatin: PalauteHerateSuodatin) {
    palauteHerateet(tila: $tila, erapaiva: $erapaiva, first: $first, after: $after, suodatin: $suodatin) {
      nodes { id tyyppi kyselytyyppi heratepvm niputuspvm tila syy yksiloivaTunniste ohjaaja { nimi } kyselylinkki tapahtumat { tapahtuma tila tekija } }
      pageInfo { endCursor hasNextPage } } }`;
  const ask = async (query: string, variables: Record<string, unknown>, token?: string) => (await postGraphQL(service.gatewayUrl, query, { token: token ?? (await feedbackService()), variables })).body;
  const codes = (body: { errors?: { extensions?: { code?: string } }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);
  const mark = (name: string, id: string, extra = "") => ask(`mutation ($id: ID!) { ${name}(id: $id${extra}) { id tila kyselylinkki } }`, { id });

  it("lists the triggers due by a date, a page at a time; a working-life trigger is due on its bundling date", async () => {
    const id = await create(fullPlan());
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, "osaamisen-saavuttamisen-pvm": "2026-01-20" })).status).toBe(204);
    const today = await ask(LIST, {});
    expect(today.errors).toBeUndefined();
    expect(today.data.palauteHerateet.nodes.map((n: any) => n.tyyppi)).toEqual(["opiskelija-paatto"]);
    // rantala-2025-0001 ends 2026-02-27 and is bundled on 2026-03-01.
    expect((await ask(LIST, { erapaiva: "2026-02-28" })).data.palauteHerateet.nodes.map((n: any) => n.tyyppi)).toEqual(["opiskelija-paatto"]);
    const march = (await ask(LIST, { erapaiva: "2026-03-01" })).data.palauteHerateet.nodes;
    expect(march.map((n: any) => n.yksiloivaTunniste ?? n.tyyppi)).toEqual(["opiskelija-paatto", "rantala-2025-0001"]);
    expect(march[1]).toMatchObject({ niputuspvm: "2026-03-01", ohjaaja: { nimi: expect.any(String) }, tapahtumat: [{ tapahtuma: "created", tila: "ODOTTAA", tekija: "rantala-sis" }] });
    const notSent = (await ask(LIST, { tila: ["EI_LAHETETA"], erapaiva: "2027-01-01" })).data.palauteHerateet.nodes;
    expect(notSent.map((n: any) => `${n.tyyppi} ${n.syy}`)).toEqual(["opiskelija-aloitus vastausaika-paattynyt"]);
    // Pages: one at a time, the cursor carries on where the page ended.
    const first = (await ask(LIST, { erapaiva: "2027-01-01", first: 1 })).data.palauteHerateet;
    const second = (await ask(LIST, { erapaiva: "2027-01-01", first: 1, after: first.pageInfo.endCursor })).data.palauteHerateet;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
    expect(codes(await ask(LIST, { after: "not-a-cursor" }))).toEqual(["BAD_USER_INPUT"]);
    // Well-shaped cursors naming no date, or an id past the column's range: the caller's mistake.
    expect(codes(await ask(LIST, { after: Buffer.from("palauteherateet|2026-02-30|1").toString("base64url") }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await ask(LIST, { after: Buffer.from("palauteherateet|2026-02-01|99999999999").toString("base64url") }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await ask(LIST, { suodatin: { hoksId: "99999999999999" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await ask(LIST, { erapaiva: "2026-02-30" }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("marks: handed over, handled, a survey link; each idempotent, each audited, none for a trigger not to be sent", async () => {
    await create(fullPlan());
    const all = (await ask(LIST, { tila: ["ODOTTAA", "EI_LAHETETA"], erapaiva: "2027-01-01" })).data.palauteHerateet.nodes;
    const waiting = all.find((n: any) => n.yksiloivaTunniste === "rantala-2025-0001").id;
    const notSent = all.find((n: any) => n.tila === "EI_LAHETETA").id;
    expect(codes(await mark("liitaPalautekyselylinkki", waiting, `, kyselylinkki: "https://arvo.example/k/1"`))).toEqual(["CONFLICT"]);
    expect((await mark("luovutaPalauteHerate", waiting)).data.luovutaPalauteHerate.tila).toBe("LUOVUTETTU");
    expect((await mark("luovutaPalauteHerate", waiting)).data.luovutaPalauteHerate.tila).toBe("LUOVUTETTU");
    expect(codes(await mark("liitaPalautekyselylinkki", waiting, `, kyselylinkki: "http://arvo.example/k/1"`))).toEqual(["BAD_USER_INPUT"]);
    expect((await mark("liitaPalautekyselylinkki", waiting, `, kyselylinkki: "https://arvo.example/k/1"`)).data.liitaPalautekyselylinkki.kyselylinkki).toBe("https://arvo.example/k/1");
    expect((await mark("merkitsePalauteHerateKasitellyksi", waiting)).data.merkitsePalauteHerateKasitellyksi.tila).toBe("KASITELTY");
    expect((await mark("merkitsePalauteHerateKasitellyksi", waiting)).data.merkitsePalauteHerateKasitellyksi.tila).toBe("KASITELTY");
    expect(codes(await mark("luovutaPalauteHerate", notSent))).toEqual(["CONFLICT"]);
    expect(codes(await mark("luovutaPalauteHerate", "999999"))).toEqual(["NOT_FOUND"]);
    expect(codes(await mark("luovutaPalauteHerate", "x"))).toEqual(["BAD_USER_INPUT"]);
    const key = (await triggers())["tyoelama:rantala-2025-0001"]!.key;
    const history = await service.database.db.select().from(feedbackTriggerEvent).where(eq(feedbackTriggerEvent.triggerKey, key));
    expect(history.map((e) => e.event)).toEqual(["created", "luovutettu", "kyselylinkki", "kasitelty"]);
    const audit = await service.database.db.execute(
      "select operation, rule from audit.entry_target where data_kind = 'palauteherate' and actor_oid = 'palautepalvelu' order by id" as never,
    );
    const rows = ((audit as any).rows ?? audit) as { operation: string; rule: string }[];
    expect(rows.filter((r) => r.operation === "update").length).toBe(3);
    expect(new Set(rows.map((r) => r.rule))).toEqual(new Set(["PALAUTE"]));
  });

  it("is closed to everyone but the feedback service (OPH may read): the same refusal whatever exists", async () => {
    await create(fullPlan());
    for (const who of ["aino", "liisa", "rantalasystem", "ville", "tyollisyysrahasto"] as const) {
      const token = await service.token(who);
      const body = await ask(LIST, {}, token);
      expect(body.data, who).toBeNull();
      expect(codes(body), who).toEqual(["FORBIDDEN"]);
      expect(codes(await ask(`mutation { luovutaPalauteHerate(id: "1") { id } }`, {}, token)), who).toEqual(["FORBIDDEN"]);
    }
    const oph = await service.token("oph");
    expect((await ask(LIST, { tila: ["ODOTTAA", "EI_LAHETETA"], erapaiva: "2027-01-01" }, oph)).data.palauteHerateet.nodes.length).toBe(4);
    expect(codes(await ask(`mutation { luovutaPalauteHerate(id: "1") { id } }`, {}, oph))).toEqual(["FORBIDDEN"]);
  });

  it("gives the feedback service nothing outside the door: no plan, person or study right, by any path", async () => {
    const id = await create(fullPlan());
    const token = await feedbackService();
    const plan = await ask(`query ($id: ID!) { hoks(id: $id) { id oppijaOid } }`, { id: String(id) }, token);
    expect(plan.data).toEqual({ hoks: null });
    expect(codes(plan)).toEqual(["NOT_FOUND"]);
    const person = await ask(`query ($oid: ID!) { henkilo(oid: $oid) { oid hoksit { id } } }`, { oid: OIDS.aino }, token);
    expect(person.data).toEqual({ henkilo: null });
    const studyRight = await ask(`query ($oid: ID!) { opiskeluoikeus(oid: $oid) { oid } }`, { oid: OIDS.opiskeluoikeusRantala }, token);
    expect(studyRight.data).toEqual({ opiskeluoikeus: null });
    // Each subgraph reached directly, through _entities: the plan as a missing one, the person's plans none.
    const hoksEntities = await postGraphQL(service.subgraphUrls.hoks, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Hoks { id } ... on Henkilo { hoksit { id } } } }`, {
      token,
      variables: { r: [{ __typename: "Hoks", id: String(id) }, { __typename: "Henkilo", oid: OIDS.aino }] },
    });
    expect(hoksEntities.body.data._entities).toEqual([null, { hoksit: [] }]);
    const personEntities = await postGraphQL(service.subgraphUrls.persons, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Henkilo { oid } ... on Opiskeluoikeus { oid } } }`, {
      token,
      variables: { r: [{ __typename: "Henkilo", oid: OIDS.aino }, { __typename: "Opiskeluoikeus", oid: OIDS.opiskeluoikeusRantala }] },
    });
    expect(personEntities.body.data._entities).toEqual([null, null]);
  });
});

describe("the student's own surveys", () => {
  const OWN = `{ omatPalautekyselyt { hoksId kyselytyyppi kyselylinkki vastausaikaLoppu } }`;
  const feedbackService = () => service.token({ sub: "palautepalvelu", role: "feedback" });

  it("shows a student's survey link while its answer window is open, never a working-life survey or another student's", async () => {
    const id = await create(fullPlan());
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, "osaamisen-saavuttamisen-pvm": "2026-01-20" })).status).toBe(204);
    const all = await service.database.db.select().from(feedbackTrigger);
    for (const row of all.filter((r) => r.state === "odottaa")) {
      for (const [name, extra] of [["luovutaPalauteHerate", ""], ["liitaPalautekyselylinkki", `, kyselylinkki: "https://arvo.example/${row.id}"`]] as const) {
        const { body } = await postGraphQL(service.gatewayUrl, `mutation ($id: ID!) { ${name}(id: $id${extra}) { id } }`, { token: await feedbackService(), variables: { id: String(row.id) } });
        expect(body.errors).toBeUndefined();
      }
    }
    const end = all.find((r) => r.kind === "opiskelija-paatto")!;
    const own = async (who: "aino" | "bertta") => (await postGraphQL(service.gatewayUrl, OWN, { token: await service.token(who) })).body;
    expect((await own("aino")).data.omatPalautekyselyt).toEqual([{ hoksId: String(id), kyselytyyppi: "valmistuneet", kyselylinkki: `https://arvo.example/${end.id}`, vastausaikaLoppu: end.answerWindowEnd }]);
    expect((await own("bertta")).data.omatPalautekyselyt).toEqual([]);
    service.clock.set("2026-03-21");
    expect((await own("aino")).data.omatPalautekyselyt).toEqual([]);
    const official = await postGraphQL(service.gatewayUrl, OWN, { token: await service.token("liisa") });
    expect(official.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("retention of a working-life trigger's instructor contacts", () => {
  it("erases the instructor's e-mail and phone 3 months after the period ends, as on the plan itself; the name stays", async () => {
    await create(fullPlan());
    const outcome = await runRetention(service.database.db, auditLogFor(service.database.db), "2026-05-28");
    expect(outcome.ran && outcome.counts.feedbackTriggerContactsErased).toBe(1);
    const after = await triggers();
    // rantala-2025-0001 ended 2026-02-27: three months have passed. harju-2026-0007 ends 2026-05-29.
    expect(after["tyoelama:rantala-2025-0001"]!.ohjaaja).toEqual({ nimi: expect.any(String), sahkoposti: null, puhelinnumero: null });
    expect(after["tyoelama:harju-2026-0007"]!.ohjaaja?.sahkoposti).toBeTruthy();
    // A later write does not bring them back: the plan's own copy was erased in the same run.
    const plan = await service.database.db.select().from(feedbackTrigger).where(eq(feedbackTrigger.yksiloivaTunniste, "rantala-2025-0001"));
    service.clock.set("2026-05-28");
    expect((await rest(base, "PATCH", `/hoks/${plan[0]!.hoksId}`, await system(), { id: plan[0]!.hoksId, "osaamisen-hankkimisen-tarve": true })).status).toBe(204);
    expect((await triggers())["tyoelama:rantala-2025-0001"]!.ohjaaja?.sahkoposti).toBeNull();
  });
});

describe("the feedback service's REST paths", () => {
  const feedbackService = () => service.token({ sub: "palautepalvelu", role: "feedback" });
  const contract = new Contract(openApiDocument(REST_PREFIX));
  /** Every answer is one the door's OpenAPI contract declares for the path (the path template matched by shape). */
  const hp = async (method: string, path: string) => {
    const answer = await rest(base, method, `/heratepalvelu${path}`, await feedbackService());
    const template = `/heratepalvelu${path.split("?")[0]!.replace(/\/(hoksit|osaamisenhankkimistavat)\/[^/]+\//, "/$1/{id}/")}`;
    expectDeclaredAnswer(contract, template, method.toLowerCase(), answer);
    return answer;
  };

  it("lists waiting student and working-life triggers by date range, and marks them handled by plan or by period", async () => {
    const id = await create(fullPlan());
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, "osaamisen-saavuttamisen-pvm": "2026-01-20" })).status).toBe(204);
    const students = await hp("GET", "/kasittelemattomat-heratteet?start=2026-01-01&end=2026-01-31");
    expect(students.status).toBe(200);
    expect(students.body.meta).toEqual({ count: 1 });
    expect(students.body.data[0]).toMatchObject({ tyyppi: "opiskelija-paatto", "hoks-id": id, heratepvm: "2026-01-20", kyselytyyppi: "valmistuneet" });
    const periods = await hp("GET", "/tyoelamajaksot?start=2026-02-01&end=2026-06-30&limit=1");
    expect(periods.body.data).toEqual([expect.objectContaining({ "yksiloiva-tunniste": "rantala-2025-0001", niputuspvm: "2026-03-01", ohjaaja: expect.objectContaining({ nimi: expect.any(String) }) })]);

    expect((await hp("PATCH", `/hoksit/${id}/paattoherate-kasitelty`)).status).toBe(204);
    expect((await hp("PATCH", `/hoksit/${id}/paattoherate-kasitelty`)).status).toBe(204);
    expect((await triggers())["opiskelija-paatto"]!.state).toBe("kasitelty");
    // The start trigger is not to be sent (its answer window had closed): it cannot be handled.
    expect((await hp("PATCH", `/hoksit/${id}/aloitusherate-kasitelty`)).status).toBe(409);
    const [period] = await service.database.db.execute(`select id from hoks.osaamisen_hankkimistapa where yksiloiva_tunniste = 'rantala-2025-0001'` as never).then((r: any) => r.rows ?? r);
    expect((await hp("PATCH", `/osaamisenhankkimistavat/${period.id}/kasitelty`)).status).toBe(204);
    expect((await triggers())["tyoelama:rantala-2025-0001"]!.state).toBe("kasitelty");
  });

  it("refuses bad input by name, unknown ids as 404, and everyone but the feedback service", async () => {
    await create(fullPlan());
    const bad = await hp("GET", "/kasittelemattomat-heratteet?start=2026-02-30&end=x&limit=500");
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["start", "end", "limit"]);
    expect((await hp("PATCH", "/hoksit/abc/aloitusherate-kasitelty")).status).toBe(400);
    expect((await hp("PATCH", "/hoksit/999999/aloitusherate-kasitelty")).status).toBe(404);
    expect((await hp("PATCH", "/hoksit/99999999999999/aloitusherate-kasitelty")).status).toBe(400);
    expect((await hp("PATCH", "/osaamisenhankkimistavat/999999/kasitelty")).status).toBe(404);
    const official = await rest(base, "GET", "/heratepalvelu/kasittelemattomat-heratteet?start=2026-01-01&end=2026-01-31", await system());
    expect(official.status).toBe(403);
    expect(JSON.stringify(official.body)).not.toContain(OIDS.aino);
  });
});
