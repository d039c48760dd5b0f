/**
 * The write path for study administration systems, through both doors (GraphQL mutations and the
 * eHOKS v1 REST door) over real HTTP: the example documents behave as their README says, a plan
 * round-trips, concurrent replaces and retried creates are safe, and only those with the right
 * privilege at the plan's own institution may write.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hoks } from "../drizzle/schema/index.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import type { EhoksClaims } from "../subgraphs/shared/auth/principal.js";
import { exampleDocument, invalidExamples } from "./support/examples.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";
import { V1_PLAN_LISTS } from "./support/full-hoks.js";
import { rest } from "./support/rest.js";


let service: TestService;
let base: string;
beforeAll(async () => {
  service = await startTestService({ plans: false });
  base = service.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(() => service.close());
beforeEach(async () => {
  service.clock.set("2026-02-01");
  await service.database.db.execute("truncate hoks.hoks restart identity cascade" as never);
});

const system = () => service.token("rantalasystem");

/**
 * A system that may write at the institution of the document's study right (the world's), or
 * Rantala's: only such a writer is told what is wrong with the study right itself.
 */
function writerFor(document: Record<string, unknown>) {
  const world = exampleDocument<{ opiskeluoikeudet: { oid: string; oppilaitos: string }[] }>("world.json");
  const studyRight = world.opiskeluoikeudet.find((o) => o.oid === document["opiskeluoikeus-oid"]);
  if (!studyRight) return system();
  return service.token({ sub: "sis", role: "service", privileges: [{ org: studyRight.oppilaitos, rights: ["read", "write", "update"] }] });
}
const livePlans = async () => (await service.database.db.select({ n: count() }).from(hoks))[0]!.n;
const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

const CREATE = `mutation ($document: JSONObject!, $key: String) { createHoks(document: $document, idempotencyKey: $key) { id revision hoks { id } } }`;
const REPLACE = `mutation ($id: ID!, $document: JSONObject!, $revision: Int) { replaceHoks(id: $id, document: $document, expectedRevision: $revision) { id revision } }`;
const PATCH = `mutation ($id: ID!, $document: JSONObject!) { patchHoks(id: $id, document: $document) { id revision } }`;

async function createFull(): Promise<number> {
  const { status, body } = await rest(base, "POST", "/hoks", await system(), exampleDocument("valid-full.json"));
  expect(status).toBe(200);
  return body.meta.id;
}

describe("the example documents", () => {
  it.each(["valid-full.json", "valid-minimal.json", "valid-tuva.json"])("%s is stored through REST, answered as the existing service answers (meta.id, data.uri)", async (name) => {
    const { status, body } = await rest(base, "POST", "/hoks", await system(), exampleDocument(name));
    expect(status).toBe(200);
    expect(body).toEqual({ meta: { id: expect.any(Number), revision: 1 }, data: { uri: `${base}/api/v1/hoks/${body.meta.id}` } });
    expect(await livePlans()).toBe(1);
  });

  it.each(["valid-full.json", "valid-minimal.json", "valid-tuva.json"])("%s is stored through GraphQL", async (name) => {
    const { body } = await postGraphQL(service.gatewayUrl, CREATE, { token: await system(), variables: { document: exampleDocument(name) } });
    expect(body.errors).toBeUndefined();
    expect(body.data.createHoks).toEqual({ id: expect.any(String), revision: 1, hoks: { id: body.data.createHoks.id } });
  });

  describe.each(invalidExamples())("$name", ({ name, asPatch, path }) => {
    it(`is refused through REST at ${path}, storing nothing`, async () => {
      const target = asPatch ? await createFull() : undefined;
      const before = await livePlans();
      const response = asPatch
        ? await rest(base, "PATCH", `/hoks/${target}`, await system(), exampleDocument(name))
        : await rest(base, "POST", "/hoks", await writerFor(exampleDocument(name)), exampleDocument(name));
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await livePlans()).toBe(before);
      if (target) expect((await rest(base, "GET", `/hoks/${target}`, await system())).body.meta.revision).toBe(1);
    });

    it(`is refused through GraphQL at ${path}`, async () => {
      const target = asPatch ? await createFull() : undefined;
      const { body } = asPatch
        ? await postGraphQL(service.gatewayUrl, PATCH, { token: await system(), variables: { id: target, document: exampleDocument(name) } })
        : await postGraphQL(service.gatewayUrl, CREATE, { token: await writerFor(exampleDocument(name)), variables: { document: exampleDocument(name) } });
      expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
      expect(body.errors![0]!.extensions!.problems).toContainEqual({ path, message: expect.any(String) });
      expect(await livePlans()).toBe(asPatch ? 1 : 0);
    });
  });

  it("patch-top-level.json patches the full plan's top level", async () => {
    const id = await createFull();
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), exampleDocument("patch-top-level.json"))).status).toBe(204);
    const { body } = await rest(base, "GET", `/hoks/${id}`, await system());
    expect(body.meta.revision).toBe(2);
    expect(body.data).toMatchObject({ sahkoposti: "aino.uusi@example.invalid", "osaamisen-saavuttamisen-pvm": "2026-01-30", "puhelinnumero": "+358 50 0000002" });
    expect(body.data["hankittavat-ammat-tutkinnon-osat"]).toHaveLength(2);
  });

  it("the dry run answers like a create would, and stores nothing", async () => {
    expect((await rest(base, "POST", "/validointi", await system(), exampleDocument("valid-full.json"))).body).toEqual({ meta: {}, data: { valid: true } });
    const invalid = await rest(base, "POST", "/validointi", await system(), exampleDocument("invalid-oppija-oid-checksum.json"));
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([{ path: "oppija-oid", message: expect.any(String) }]);
    expect(await livePlans()).toBe(0);
  });
});

describe("round trip", () => {
  it("GET answers the document that was POSTed, apart from the server's ids", async () => {
    const sent = exampleDocument("valid-full.json");
    const id = await createFull();
    const { status, body } = await rest(base, "GET", `/hoks/${id}`, await system());
    expect(status).toBe(200);
    // The server's fields, and the empty lists v1 answers as [] (valid-full sends none), are not the sender's.
    const SERVER_KEYS = new Set(["id", "module-id", "eid", "manuaalisyotto"]);
    const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;
    const stripServerFields = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(stripServerFields)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).filter(([k, v]) => !SERVER_KEYS.has(k) && !isEmptyList(v)).map(([k, v]) => [k, stripServerFields(v)]))
          : value;
    expect(body.data.id).toBe(id);
    expect(body.data.eid).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.data.manuaalisyotto).toBe(false);
    expect(body.data["hankittavat-ammat-tutkinnon-osat"][0]["module-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // All nine lists are answered, [] when empty (valid-full has no TUVA parts, for one).
    expect(body.data["hankittavat-koulutuksen-osat"]).toEqual([]);
    for (const list of V1_PLAN_LISTS) expect(body.data[list], list).toEqual(sent[list] === undefined ? [] : expect.any(Array));
    expect(stripServerFields(body.data)).toEqual(sent);
    const byStudyRight = await rest(base, "GET", `/hoks/opiskeluoikeus/${OIDS.opiskeluoikeusRantala}`, await system());
    expect(byStudyRight.body.data).toEqual(body.data);
  });

  it("a replace clears the top-level fields not sent but puhelinnumero and tuva-opiskeluoikeus-oid, and replaces the lists", async () => {
    const id = await createFull();
    const full = exampleDocument("valid-full.json");
    const minimal: Record<string, unknown> = { ...exampleDocument("valid-minimal.json"), "oppija-oid": OIDS.aino, "opiskeluoikeus-oid": OIDS.opiskeluoikeusRantala };
    expect((await rest(base, "PUT", `/hoks/${id}`, await system(), minimal)).status).toBe(204);
    const { body } = await rest(base, "GET", `/hoks/${id}`, await system());
    const { eid, manuaalisyotto, ...answered } = body.data;
    const emptyLists = Object.fromEntries(V1_PLAN_LISTS.filter((key) => !(key in minimal)).map((key) => [key, []]));
    expect(answered).toEqual({ id, ...emptyLists, ...minimal, puhelinnumero: full.puhelinnumero });
    expect(eid).toMatch(/^[0-9a-f-]{36}$/);
    expect(manuaalisyotto).toBe(false);
  });
});

describe("safety", () => {
  it("two replaces with the same expected revision at once: one wins, the other gets CONFLICT, the plan is exactly one of the two", async () => {
    const id = await createFull();
    const full = exampleDocument<Record<string, unknown>>("valid-full.json");
    const a = { ...full, sahkoposti: "a@example.invalid" };
    const b = { ...full, sahkoposti: "b@example.invalid", "hankittavat-yhteiset-tutkinnon-osat": [] };
    const token = await system();
    const results = await Promise.all([a, b].map((document) => postGraphQL(service.gatewayUrl, REPLACE, { token, variables: { id, document, revision: 1 } })));
    const outcomes = results.map((r) => codes(r.body)[0] ?? "OK").sort();
    expect(outcomes).toEqual(["CONFLICT", "OK"]);
    const winner = results.findIndex((r) => !r.body.errors);
    const stored = (await rest(base, "GET", `/hoks/${id}`, token)).body;
    expect(stored.meta.revision).toBe(2);
    expect(stored.data.sahkoposti).toBe([a, b][winner]!.sahkoposti);
    expect(stored.data["hankittavat-yhteiset-tutkinnon-osat"].length).toBe(winner === 0 ? 1 : 0);
  });

  it("REST answers 409 for a stale If-Match revision", async () => {
    const id = await createFull();
    const document = exampleDocument("patch-top-level.json");
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), document, { "if-match": "1" })).status).toBe(204);
    const stale = await rest(base, "PATCH", `/hoks/${id}`, await system(), document, { "if-match": "1" });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("CONFLICT");
  });

  it("GET hands out the revision as an ETag too, and If-Match takes it in either form", async () => {
    const id = await createFull();
    const read = await fetch(`${base}/api/v1/hoks/${id}`, { headers: { authorization: `Bearer ${await system()}` } });
    expect(read.headers.get("etag")).toBe('"1"');
    const patch = exampleDocument("patch-top-level.json");
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), patch, { "if-match": '"1"' })).status).toBe(204);
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), patch, { "if-match": '"1"' })).status).toBe(409);
    expect((await rest(base, "PUT", `/hoks/${id}`, await system(), exampleDocument("valid-full.json"), { "if-match": "2" })).status).toBe(204);
    expect((await rest(base, "GET", `/hoks/${id}`, await system())).body.meta.revision).toBe(3);
  });

  it.each(["abc", "-1", "1.5", "*", "", 'W/"1"', "1, 2", "01x", "99999999999", '"1'])("If-Match %j is not a revision: a 400 naming the header, and nothing is written", async (ifMatch) => {
    const id = await createFull();
    const token = await system();
    const expected = { status: 400, body: { meta: {}, error: expect.stringMatching(/^If-Match must be the revision/), errors: [{ message: expect.stringMatching(/^If-Match must be the revision/) }], code: "BAD_REQUEST" } };
    expect(await rest(base, "PATCH", `/hoks/${id}`, token, exampleDocument("patch-top-level.json"), { "if-match": ifMatch })).toEqual(expected);
    expect(await rest(base, "PUT", `/hoks/${id}`, token, exampleDocument("valid-full.json"), { "if-match": ifMatch })).toEqual(expected);
    const { body } = await rest(base, "GET", `/hoks/${id}`, token);
    expect(body.meta.revision).toBe(1);
    expect(body.data.sahkoposti).toBe(exampleDocument("valid-full.json").sahkoposti);
  });

  it("the same create sent five times with one idempotency key stores one plan", async () => {
    const token = await system();
    const document = exampleDocument("valid-full.json");
    const answers = await Promise.all(Array.from({ length: 5 }, () => rest(base, "POST", "/hoks", token, document, { "idempotency-key": "sis-42" })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.meta.id)).size).toBe(1);
    expect(await livePlans()).toBe(1);
    const reused = await rest(base, "POST", "/hoks", token, exampleDocument("valid-minimal.json"), { "idempotency-key": "sis-42" });
    expect(reused.status).toBe(409);
  });

  it("a create for a study right that already has a plan is refused at opiskeluoikeus-oid", async () => {
    await createFull();
    const again = await rest(base, "POST", "/hoks", await system(), exampleDocument("valid-full.json"));
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([{ path: "opiskeluoikeus-oid", message: expect.any(String) }]);
  });

  it("a malformed body is a clear 400, and nothing leaks", async () => {
    const broken = await rest(base, "POST", "/hoks", await system(), "{ not json");
    expect(broken).toEqual({ status: 400, body: { meta: {}, error: "The request body is not valid JSON", errors: [{ message: "The request body is not valid JSON" }], code: "BAD_REQUEST" } });
    expect((await rest(base, "POST", "/hoks", await system(), "[1, 2]")).status).toBe(400);
  });
});

describe("who may write", () => {
  it("Harju's official reads Aino's whole plan (procured training) but cannot change it", async () => {
    const id = await createFull();
    const harju = await service.token("harju");
    expect((await rest(base, "GET", `/hoks/${id}`, harju)).status).toBe(200);
    const patched = await rest(base, "PATCH", `/hoks/${id}`, harju, exampleDocument("patch-top-level.json"));
    expect(patched.status).toBe(403);
    const { body } = await postGraphQL(service.gatewayUrl, PATCH, { token: harju, variables: { id, document: exampleDocument("patch-top-level.json") } });
    expect(codes(body)).toEqual(["FORBIDDEN"]);
    expect((await rest(base, "GET", `/hoks/${id}`, harju)).body.meta.revision).toBe(1);
  });

  it("Harju cannot create a plan on Rantala's study right, and a plan on the contained Harju one is invalid for Harju", async () => {
    const harjuSystem = await service.token({ sub: "harju-sis", role: "service", privileges: [{ org: OIDS.harju, rights: ["read", "write", "update"] }] });
    expect((await rest(base, "POST", "/hoks", harjuSystem, exampleDocument("valid-full.json"))).status).toBe(403);
    const contained = await rest(base, "POST", "/hoks", harjuSystem, exampleDocument("invalid-contained-study-right.json"));
    expect(contained.status).toBe(400);
    expect(await livePlans()).toBe(0);
  });

  it("a student, an instructor and a read-only official cannot write", async () => {
    const readOnly: EhoksClaims = { sub: "1.2.246.562.24.1", role: "official", privileges: [{ org: OIDS.rantala, rights: ["read"] }] };
    for (const who of ["aino", "ville", readOnly]) {
      const response = await rest(base, "POST", "/hoks", await service.token(who), exampleDocument("valid-full.json"));
      expect(response.status).toBe(403);
    }
    expect((await rest(base, "POST", "/hoks", "not-a-token", exampleDocument("valid-full.json"))).status).toBe(401);
    expect(await livePlans()).toBe(0);
  });

  it("after the study right has ended only OPH may correct the plan; delete needs the delete privilege", async () => {
    const id = await createFull();
    await service.database.db.execute(`update persons.opiskeluoikeus set paattymispaiva = '2026-01-31' where oid = '${OIDS.opiskeluoikeusRantala}'` as never);
    const patch = exampleDocument("patch-top-level.json");
    expect((await rest(base, "PATCH", `/hoks/${id}`, await system(), patch)).status).toBe(403);
    expect((await rest(base, "PATCH", `/hoks/${id}`, await service.token("oph"), patch)).status).toBe(204);
    await service.database.db.execute(`update persons.opiskeluoikeus set paattymispaiva = null where oid = '${OIDS.opiskeluoikeusRantala}'` as never);
    const updateOnly = await service.token({ sub: "1.2.246.562.24.2", role: "service", privileges: [{ org: OIDS.rantala, rights: ["read", "update"] }] });
    const DELETE = `mutation ($id: ID!) { deleteHoks(id: $id) { id revision hoks { id } } }`;
    expect(codes((await postGraphQL(service.gatewayUrl, DELETE, { token: updateOnly, variables: { id } })).body)).toEqual(["FORBIDDEN"]);
    const deleted = await postGraphQL(service.gatewayUrl, DELETE, { token: await system(), variables: { id } });
    expect(deleted.body.data.deleteHoks).toEqual({ id: String(id), revision: 3, hoks: null });
    expect((await rest(base, "GET", `/hoks/${id}`, await system())).status).toBe(404);
    const [row] = await service.database.db.select({ deletedAt: hoks.deletedAt }).from(hoks).where(eq(hoks.id, id));
    expect(row!.deletedAt).toBeInstanceOf(Date);
  });
});
