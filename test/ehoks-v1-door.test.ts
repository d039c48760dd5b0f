/**
 * The eHOKS v1 REST door as a drop-in for the existing service: its success envelopes, GET with
 * all nine lists and the plan's `eid` and `manuaalisyotto`, PUT and PATCH with the plan's own
 * top-level `id`, what a PUT clears and keeps, its `error` texts, the procured-training list, 410
 * on the retired per-part routes, 400 on malformed path ids and OIDs, and the `Caller-Id` in the
 * audit trail. The new fields show only where the whole plan does.
 */
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditTarget, hoks } from "../drizzle/schema/index.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { exampleDocument } from "./support/examples.js";
import { V1_PLAN_LISTS } from "./support/full-hoks.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";
import { rest } from "./support/rest.js";

let service: TestService;
let base: string;
let planId: number;
beforeAll(async () => {
  service = await startTestService();
  base = service.gatewayUrl.replace(/\/graphql$/, "");
  planId = service.database.planIds.full;
});
afterAll(() => service.close());
beforeEach(() => service.clock.set("2026-02-01"));

const system = () => service.token("rantalasystem");
const full = () => exampleDocument<Record<string, any>>("valid-full.json");
const read = async (id = planId) => (await rest(base, "GET", `/hoks/${id}`, await system())).body;

/**
 * A fresh plan of the full example on Aino's Rantala study right, in place of the seeded one for
 * the test (one plan per study right): afterEach removes it and brings the seeded plan back.
 */
async function freshPlan(extra: Record<string, unknown> = {}): Promise<number> {
  await freeRantalaStudyRight();
  const created = await rest(base, "POST", "/hoks", await system(), { ...full(), ...extra });
  expect(created.status).toBe(200);
  return created.body.meta.id;
}

async function freeRantalaStudyRight(): Promise<void> {
  await service.database.db.update(hoks).set({ deletedAt: new Date() }).where(and(eq(hoks.opiskeluoikeusOid, OIDS.opiskeluoikeusRantala), isNull(hoks.deletedAt)));
}

afterEach(async () => {
  await freeRantalaStudyRight();
  await service.database.db.update(hoks).set({ deletedAt: null }).where(eq(hoks.id, planId));
});

describe("envelopes", () => {
  it("GET answers {meta, data} with the plan's id, eid, manuaalisyotto and all nine lists", async () => {
    const { meta, data } = await read();
    expect(meta).toEqual({ revision: expect.any(Number) });
    expect(data.id).toBe(planId);
    expect(data.eid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(data.manuaalisyotto).toBe(false);
    for (const list of V1_PLAN_LISTS) {
      expect(Array.isArray(data[list]), list).toBe(true);
    }
    expect(data["hankittavat-koulutuksen-osat"]).toEqual([]);
  });

  it("every unit, area, period and demonstration has a numeric id beside its module-id, every other list item a numeric id", async () => {
    const { data } = await read();
    // Each kind numbers its own: a unit and a period may share a number, two units may not.
    const kinds: Record<string, Record<string, any>[]> = { units: [], periods: [], demonstrations: [] };
    const walk = (unit: Record<string, any>) => {
      kinds.units!.push(unit);
      kinds.periods!.push(...(unit["osaamisen-hankkimistavat"] ?? []));
      kinds.demonstrations!.push(...(unit["osaamisen-osoittaminen"] ?? []), ...(unit["tarkentavat-tiedot-naytto"] ?? []));
      (unit["osa-alueet"] ?? []).forEach(walk);
    };
    for (const list of V1_PLAN_LISTS.slice(0, 6)) data[list].forEach(walk);
    for (const [kind, parts] of Object.entries(kinds)) {
      expect(parts.length, kind).toBeGreaterThan(0);
      for (const part of parts) {
        expect(part.id, kind).toEqual(expect.any(Number));
        expect(part["module-id"], kind).toMatch(/^[0-9a-f-]{36}$/);
      }
      expect(new Set(parts.map((part) => part.id)).size, kind).toBe(parts.length);
    }
    for (const list of ["opiskeluvalmiuksia-tukevat-opinnot", "oppimisen-tuki"]) {
      expect(data[list].length, list).toBeGreaterThan(0);
      for (const item of data[list]) expect(item.id, list).toEqual(expect.any(Number));
    }
    const tuva = (await read(service.database.planIds.tuva)).data["hankittavat-koulutuksen-osat"];
    expect(tuva.map((item: { id: unknown }) => item.id)).toEqual(tuva.map(() => expect.any(Number)));
  });

  it("the eid is made once and stays through replaces and patches", async () => {
    const before = (await read()).data.eid;
    expect((await rest(base, "PATCH", `/hoks/${planId}`, await system(), { sahkoposti: "x@example.invalid" })).status).toBe(204);
    expect((await read()).data.eid).toBe(before);
    const other = await read(service.database.planIds.minimal);
    expect(other.data.eid).not.toBe(before);
  });

  it("timestamps come back as the same instant", async () => {
    const { data } = await read();
    expect(Date.parse(data.hyvaksytty)).toBe(Date.parse(full().hyvaksytty));
    expect(Date.parse(data.paivitetty)).toBe(Date.parse(full().paivitetty));
  });

  it("a missing or hidden plan is a 404 with the existing service's error text; a study right without a plan too", async () => {
    const missing = await rest(base, "GET", "/hoks/999999", await system());
    expect(missing).toEqual({ status: 404, body: { meta: {}, error: "HOKS not found", errors: [{ message: expect.any(String) }], code: "NOT_FOUND" } });
    // Bertta's plan is not Rantala's to see: the same answer, word for word.
    const bertta = await rest(base, "GET", "/hoks/999999", await service.token("bertta"));
    expect(bertta.status).toBe(404);
    const hidden = await rest(base, "GET", `/hoks/${planId}`, await service.token("bertta"));
    expect(hidden).toEqual(bertta);
    const noPlan = await rest(base, "GET", "/hoks/opiskeluoikeus/1.2.246.562.15.55500012350", await system());
    expect(noPlan.status).toBe(404);
    expect(noPlan.body.error).toBe("No HOKS found with given opiskeluoikeus");
  });
});

describe("malformed path parameters are a 400 before anything is looked up", () => {
  it.each(["1.2.246.562.15.55500012344", "1.2.246.562.15.x", "not-an-oid", "1.2.246.562.24.55500012349"])("study right OID %s", async (oid) => {
    const answer = await rest(base, "GET", `/hoks/opiskeluoikeus/${encodeURIComponent(oid)}`, await system());
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ path: "opiskeluoikeus-oid", message: expect.any(String) }]);
    expect(answer.body.code).toBe("BAD_REQUEST");
  });

  it.each(["abc", "0", "1.5", "99999999999"])("plan id %s, on GET, PUT and PATCH", async (id) => {
    for (const method of ["GET", "PUT", "PATCH"]) {
      const answer = await rest(base, method, `/hoks/${id}`, await system(), method === "GET" ? undefined : { sahkoposti: "a@example.invalid" });
      expect(answer.status, method).toBe(400);
      expect(answer.body.errors).toEqual([{ path: "hoks-id", message: expect.any(String) }]);
    }
  });
});

describe("PUT and PATCH with the plan's id", () => {
  it("take a top-level id equal to the path's, and refuse another naming id", async () => {
    const id = await freshPlan();
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), { id, sahkoposti: "p@example.invalid" })).status).toBe(204);
    expect((await rest(base, "PUT", `/hoks/${id}`, await system(), { ...full(), id })).status).toBe(204);
    for (const method of ["PUT", "PATCH"]) {
      const other = await rest(base, method, `/hoks/${id}`, await system(), { ...(method === "PUT" ? full() : {}), id: id + 1 });
      expect(other.status, method).toBe(400);
      expect(other.body.errors).toEqual([{ path: "id", message: expect.stringContaining(String(id)) }]);
    }
    expect((await read(id)).meta.revision).toBe(3);
  });

  it("a create refuses a top-level id", async () => {
    await freeRantalaStudyRight();
    const answer = await rest(base, "POST", "/hoks", await system(), { ...full(), id: 5 });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(["id"]);
  });

  it("the GraphQL document door answers the same", async () => {
    const id = await freshPlan();
    const REPLACE = `mutation ($id: ID!, $document: JSONObject!) { replaceHoks(id: $id, document: $document) { revision } }`;
    const same = await postGraphQL(service.gatewayUrl, REPLACE, { token: await system(), variables: { id, document: { ...full(), id } } });
    expect(same.body.errors).toBeUndefined();
    const other = await postGraphQL(service.gatewayUrl, REPLACE, { token: await system(), variables: { id, document: { ...full(), id: id + 1 } } });
    expect(other.body.errors?.[0]?.extensions?.problems).toEqual([{ path: "id", message: expect.any(String) }]);
  });
});

describe("what a PUT clears", () => {
  it("keeps puhelinnumero, tuva-opiskeluoikeus-oid and the OIDs when left out; clears the other top-level values left out", async () => {
    const id = await freshPlan({ "tuva-opiskeluoikeus-oid": "1.2.246.562.15.55500012384", "osaamisen-saavuttamisen-pvm": "2026-01-15" });
    const { "oppija-oid": _o, "opiskeluoikeus-oid": _s, puhelinnumero: _p, ...rest_ } = full();
    const bare = { "ensikertainen-hyvaksyminen": rest_["ensikertainen-hyvaksyminen"], "osaamisen-hankkimisen-tarve": true };
    expect((await rest(base, "PUT", `/hoks/${id}`, await system(), bare)).status).toBe(204);
    const { data } = await read(id);
    expect(data).toMatchObject({
      "oppija-oid": OIDS.aino,
      "opiskeluoikeus-oid": OIDS.opiskeluoikeusRantala,
      puhelinnumero: full().puhelinnumero,
      "tuva-opiskeluoikeus-oid": "1.2.246.562.15.55500012384",
      "hankittavat-ammat-tutkinnon-osat": [],
    });
    for (const cleared of ["versio", "sahkoposti", "urasuunnitelma-koodi-uri", "urasuunnitelma-koodi-versio", "hyvaksytty", "osaamisen-saavuttamisen-pvm", "paivitetty"]) {
      expect(data, cleared).not.toHaveProperty(cleared);
    }
  });
});

describe("procured training and retired routes", () => {
  it("GET /hoks/{id}/hankintakoulutukset answers the study rights contained in the plan's, as a bare list", async () => {
    const requestId = `procured-${Date.now()}`;
    const answer = await rest(base, "GET", `/hoks/${planId}/hankintakoulutukset`, await system(), undefined, { "x-request-id": requestId });
    expect(answer).toEqual({ status: 200, body: ["1.2.246.562.15.55500012350"] });
    // Disclosed, so recorded: as a read of that study right, under the rule that opened the plan.
    const entries = await service.database.db.select().from(auditTarget).where(eq(auditTarget.requestId, requestId));
    expect(entries).toContainEqual(expect.objectContaining({ dataKind: "opiskeluoikeus", opiskeluoikeusOid: "1.2.246.562.15.55500012350", rule: "R3", operation: "read" }));
    expect((await rest(base, "GET", `/hoks/${service.database.planIds.minimal}/hankintakoulutukset`, await system())).body).toEqual([]);
  });

  it("a plan hidden from the caller is a 404 there, as a missing one", async () => {
    const hidden = await rest(base, "GET", `/hoks/${planId}/hankintakoulutukset`, await service.token("bertta"));
    const missing = await rest(base, "GET", "/hoks/999999/hankintakoulutukset", await service.token("bertta"));
    expect(hidden.status).toBe(404);
    expect(hidden).toEqual(missing);
  });

  it.each([
    ["GET", "hankittava-ammat-tutkinnon-osa/1"],
    ["POST", "hankittava-paikallinen-tutkinnon-osa"],
    ["PATCH", "hankittava-yhteinen-tutkinnon-osa/3"],
    ["GET", "aiemmin-hankittu-ammat-tutkinnon-osa/1"],
    ["PATCH", "aiemmin-hankittu-paikallinen-tutkinnon-osa/1"],
    ["POST", "aiemmin-hankittu-yhteinen-tutkinnon-osa/"],
    ["GET", "opiskeluvalmiuksia-tukevat-opinnot/2"],
  ])("%s /hoks/{id}/%s is 410 Gone, for a plan that exists or not", async (method, part) => {
    for (const id of [planId, 999999]) {
      const answer = await rest(base, method, `/hoks/${id}/${part}`, await system(), method === "GET" ? undefined : {});
      expect(answer.status).toBe(410);
      expect(answer.body).toEqual({ meta: {}, error: expect.any(String), errors: [{ message: expect.any(String) }], code: "GONE" });
    }
  });
});

describe("disclosure of the new fields", () => {
  const PLAN = `query ($id: ID!) { hoks(id: $id) { id eid manuaalisyotto hankintakoulutusOpiskeluoikeusOids } }`;

  it("whole-plan readers see eid, manuaalisyotto and the procured training; instructors and the Employment Fund do not", async () => {
    const asOf = async (role: string) => (await postGraphQL(service.gatewayUrl, PLAN, { token: await service.token(role as never), variables: { id: planId } })).body;
    for (const role of ["aino", "liisa", "rantalasystem", "oph"]) {
      const { data } = await asOf(role);
      expect(data.hoks, role).toEqual({ id: String(planId), eid: expect.any(String), manuaalisyotto: false, hankintakoulutusOpiskeluoikeusOids: ["1.2.246.562.15.55500012350"] });
    }
    for (const role of ["ville", "otto", "tyollisyysrahasto"]) {
      const { data } = await asOf(role);
      expect(data.hoks, role).toEqual({ id: String(planId), eid: null, manuaalisyotto: null, hankintakoulutusOpiskeluoikeusOids: null });
    }
  });

  it("the REST door leaves them out for such a caller; an instructor's unit shows its module-id, not its numeric id", async () => {
    const { data } = (await rest(base, "GET", `/hoks/${planId}`, await service.token("ville"))).body;
    expect(data).not.toHaveProperty("eid");
    expect(data).not.toHaveProperty("manuaalisyotto");
    const units = V1_PLAN_LISTS.slice(0, 6).flatMap((list) => data[list]);
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      expect(unit).not.toHaveProperty("id");
      expect(unit["module-id"]).toEqual(expect.any(String));
    }
  });
});

describe("Caller-Id", () => {
  const entriesOf = async (requestId: string) => {
    await service.audit.flush();
    return service.database.db.select().from(auditTarget).where(eq(auditTarget.requestId, requestId));
  };

  it("is recorded in every audit entry of the request, through the REST door and the gateway's GraphQL", async () => {
    const restId = `caller-id-rest-${Date.now()}`;
    await rest(base, "GET", `/hoks/${planId}`, await system(), undefined, { "caller-id": "1.2.246.562.10.55500012343.rantala-sis", "x-request-id": restId });
    const restRows = await entriesOf(restId);
    expect(restRows.length).toBeGreaterThan(0);
    expect(new Set(restRows.map((row) => row.callerId))).toEqual(new Set(["1.2.246.562.10.55500012343.rantala-sis"]));

    const graphqlId = `caller-id-graphql-${Date.now()}`;
    await fetch(service.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await system()}`, "caller-id": "rantala-sis", "x-request-id": graphqlId },
      body: JSON.stringify({ query: `{ hoks(id: ${planId}) { id } }` }),
    });
    expect((await entriesOf(graphqlId)).map((row) => row.callerId)).toEqual(["rantala-sis"]);
  });

  it("that is too long or not a plain name is not recorded (and grants nothing)", async () => {
    for (const callerId of ["x".repeat(201), "a b", "<script>", "name;drop"]) {
      const requestId = `caller-id-bad-${Math.random()}`;
      const answer = await rest(base, "GET", `/hoks/${planId}`, await service.token("bertta"), undefined, { "caller-id": callerId, "x-request-id": requestId });
      expect(answer.status).toBe(404);
      const rows = await entriesOf(requestId);
      expect(rows.every((row) => row.callerId === null)).toBe(true);
    }
  });
});
