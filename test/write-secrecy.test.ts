/**
 * Writes tell a caller nothing it may not read, over real HTTP through both doors:
 *
 * - A replace, patch or delete of a plan the caller cannot read answers exactly as for a plan that
 *   does not exist (NOT_FOUND, REST 404), byte for byte, whatever its privileges elsewhere and
 *   whatever revision it expects; FORBIDDEN is for a caller who reads the plan but may not change it.
 * - A create or a dry run names a fact of its study right (its student, its end, procured
 *   training, an existing plan, that there is none) only to a caller who may write at the study
 *   right's institution; anyone else gets one 403 for all of them, and the attempt is audited.
 */
import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTarget, hoks } from "../drizzle/schema/index.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import type { EhoksClaims } from "../subgraphs/shared/auth/principal.js";
import { isStudyRightOid } from "../subgraphs/shared/validation/identifiers.js";
import { exampleDocument } from "./support/examples.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";
import { rest } from "./support/rest.js";

let service: TestService;
let base: string;
beforeAll(async () => {
  service = await startTestService();
  base = service.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(() => service.close());

const KOIVU = "1.2.246.562.10.55500012392";
const ALL_RIGHTS = ["read", "write", "update", "delete"] as const;
/** An official and a system with every right at Koivu: Bertta has never studied there. */
const koivuOfficial: EhoksClaims = { sub: "1.2.246.562.24.55500012446", role: "official", privileges: [{ org: KOIVU, rights: [...ALL_RIGHTS] }] };
const koivuSystem: EhoksClaims = { sub: "koivu-sis", role: "service", privileges: [{ org: KOIVU, rights: [...ALL_RIGHTS] }] };
const ABSENT_PLAN = 999_999;

const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);
const revisionOf = async (id: number) => (await service.database.db.select({ revision: hoks.revision }).from(hoks).where(eq(hoks.id, id)))[0]?.revision;
const planCount = async () => (await service.database.db.select({ n: count() }).from(hoks))[0]!.n;

const PATCH = `mutation ($id: ID!, $document: JSONObject!, $revision: Int) { result: patchHoks(id: $id, document: $document, expectedRevision: $revision) { id revision } }`;
const REPLACE = `mutation ($id: ID!, $document: JSONObject!, $revision: Int) { result: replaceHoks(id: $id, document: $document, expectedRevision: $revision) { id revision } }`;
const DELETE = `mutation ($id: ID!, $revision: Int) { result: deleteHoks(id: $id, expectedRevision: $revision) { id revision } }`;
const DRY_PATCH = `mutation ($id: ID!, $document: JSONObject!) { result: validateHoks(kind: PATCH, id: $id, document: $document) { valid } }`;
const CREATE = `mutation ($document: JSONObject!) { result: createHoks(document: $document) { id } }`;
const DRY_CREATE = `mutation ($document: JSONObject!) { result: validateHoks(document: $document) { valid problems { path message } } }`;

describe("a plan the caller cannot read is a missing plan, for writes too", () => {
  const hidden = () => service.database.planIds.minimal; // Bertta's, at Rantala
  const operations = () =>
    [
      [PATCH, { document: exampleDocument("patch-top-level.json") }],
      [REPLACE, { document: { ...exampleDocument("valid-minimal.json") } }],
      [DELETE, {}],
      [DRY_PATCH, { document: exampleDocument("patch-top-level.json") }],
    ] as const;

  it("through GraphQL: the answer for a hidden plan is byte-identical to that for an absent one, a stale revision included", async () => {
    const token = await service.token(koivuOfficial);
    for (const [query, variables] of operations()) {
      for (const revision of [undefined, 999]) {
        const withRevision = query.includes("$revision") ? { revision } : {};
        const absent = await postGraphQL(service.gatewayUrl, query, { token, variables: { ...variables, ...withRevision, id: ABSENT_PLAN } });
        const hiddenAnswer = await postGraphQL(service.gatewayUrl, query, { token, variables: { ...variables, ...withRevision, id: hidden() } });
        expect(codes(absent.body)).toEqual(["NOT_FOUND"]);
        expect(hiddenAnswer.text).toBe(absent.text);
      }
    }
    expect(await revisionOf(hidden())).toBe(1);
  });

  it("through REST: 404 with the same body, whatever If-Match says", async () => {
    const token = await service.token(koivuSystem);
    for (const method of ["PUT", "PATCH"] as const) {
      const document = method === "PUT" ? exampleDocument("valid-minimal.json") : exampleDocument("patch-top-level.json");
      for (const headers of [{}, { "if-match": "999" }] as Record<string, string>[]) {
        const absent = await rest(base, method, `/hoks/${ABSENT_PLAN}`, token, document, headers);
        const hiddenAnswer = await rest(base, method, `/hoks/${hidden()}`, token, document, headers);
        expect(absent.status).toBe(404);
        expect(hiddenAnswer).toEqual(absent);
      }
    }
    expect(await revisionOf(hidden())).toBe(1);
  });

  it("`update` and `delete` without `read` find no plan at their own institution either", async () => {
    const blind = await service.token({ sub: "rantala-blind", role: "service", privileges: [{ org: OIDS.rantala, rights: ["update", "delete"] }] });
    const { body } = await postGraphQL(service.gatewayUrl, PATCH, { token: blind, variables: { id: hidden(), document: exampleDocument("patch-top-level.json") } });
    expect(codes(body)).toEqual(["NOT_FOUND"]);
    expect(await revisionOf(hidden())).toBe(1);
  });

  it("a caller who reads the plan but may not change it gets FORBIDDEN, before its stale revision is judged", async () => {
    const harju = await service.token("harju");
    const full = service.database.planIds.full;
    for (const [query, variables] of operations()) {
      if (query === DELETE) continue; // Harju holds no delete privilege at all: refused before any plan is sought
      const withRevision = query.includes("$revision") ? { revision: 999 } : {};
      const { body } = await postGraphQL(service.gatewayUrl, query, { token: harju, variables: { ...variables, ...withRevision, id: full } });
      expect(codes(body)).toEqual(["FORBIDDEN"]);
    }
    const viaRest = await rest(base, "PATCH", `/hoks/${full}`, harju, exampleDocument("patch-top-level.json"), { "if-match": "999" });
    expect(viaRest.status).toBe(403);
    expect(await revisionOf(full)).toBe(1);
  });
});

describe("a create tells only a writer at the study right's institution about the study right", () => {
  /** A well-formed study right OID that names no study right. */
  const absentStudyRight = (() => {
    for (let n = 55500099990; ; n++) if (isStudyRightOid(`1.2.246.562.15.${n}`)) return `1.2.246.562.15.${n}`;
  })();

  /** Documents valid on their own, each wrong only in a fact of its study right. */
  const documents = (): [string, Record<string, unknown>][] => {
    const full = exampleDocument<any>("valid-full.json");
    const pastExpectedEnd = exampleDocument<any>("valid-full.json");
    pastExpectedEnd["hankittavat-ammat-tutkinnon-osat"][0]["osaamisen-hankkimistavat"][0].loppu = "2027-08-31";
    return [
      ["a study right that already has a plan", full],
      ["a study right that does not exist", { ...full, "opiskeluoikeus-oid": absentStudyRight }],
      ["another student's study right", exampleDocument("invalid-study-right-of-another-student.json")],
      ["procured training (contained in another study right)", exampleDocument("invalid-contained-study-right.json")],
      ["a period past the study right's expected end", pastExpectedEnd],
    ];
  };

  it("a writer elsewhere gets one and the same 403 for all of them, through every door, and nothing is stored", async () => {
    const token = await service.token(koivuSystem);
    const before = await planCount();
    const answers = { create: new Set<string>(), dryRun: new Set<string>(), restCreate: new Set<string>(), restDryRun: new Set<string>() };
    for (const [, document] of documents()) {
      const create = await postGraphQL(service.gatewayUrl, CREATE, { token, variables: { document } });
      expect(codes(create.body)).toEqual(["FORBIDDEN"]);
      answers.create.add(create.text);
      answers.dryRun.add((await postGraphQL(service.gatewayUrl, DRY_CREATE, { token, variables: { document } })).text);
      answers.restCreate.add(JSON.stringify(await rest(base, "POST", "/hoks", token, document)));
      answers.restDryRun.add(JSON.stringify(await rest(base, "POST", "/validointi", token, document)));
    }
    for (const seen of Object.values(answers)) expect(seen.size).toBe(1);
    const [restAnswer] = [...answers.restCreate];
    expect(JSON.parse(restAnswer!)).toEqual({ status: 403, body: { meta: {}, error: expect.any(String), errors: [{ message: expect.any(String) }], code: "FORBIDDEN" } });
    expect([...answers.restDryRun]).toEqual([restAnswer]);
    expect(restAnswer).not.toMatch(/1\.2\.246\.562\.15|2027|procured|already|belong/);
    expect(await planCount()).toBe(before);
  });

  it("what is wrong with the document on its own is still told to anyone who may write somewhere", async () => {
    const response = await rest(base, "POST", "/validointi", await service.token(koivuSystem), exampleDocument("invalid-oppija-oid-checksum.json"));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: "oppija-oid", message: expect.any(String) }]);
  });

  it("Rantala's own system is told every fact of Rantala's study rights, and nothing of Harju's or of one that does not exist", async () => {
    const rantala = await service.token("rantalasystem");
    const refusal = await rest(base, "POST", "/validointi", await service.token(koivuSystem), exampleDocument("valid-full.json"));
    const told = new Map<string, unknown>();
    for (const [name, document] of documents()) told.set(name, await rest(base, "POST", "/validointi", rantala, document));
    for (const name of ["a study right that already has a plan", "another student's study right", "a period past the study right's expected end"]) {
      expect(told.get(name)).toMatchObject({ status: 400, body: { code: "BAD_USER_INPUT" } });
    }
    expect(told.get("a study right that does not exist")).toEqual(refusal);
    expect(told.get("procured training (contained in another study right)")).toEqual(refusal);
  });

  it("OPH, who may write everywhere, is told that a study right does not exist", async () => {
    const [, absent] = documents()[1]!;
    const { body } = await postGraphQL(service.gatewayUrl, DRY_CREATE, { token: await service.token("oph"), variables: { document: absent } });
    expect(body.data.result.problems).toEqual([{ path: "opiskeluoikeus-oid", message: expect.stringContaining("does not exist") }]);
  });

  it("the refused attempt is in the audit trail, for a create and for a dry run", async () => {
    const token = await service.token(koivuSystem);
    const document = exampleDocument("invalid-study-right-of-another-student.json");
    for (const path of ["/hoks", "/validointi"]) {
      const requestId = randomUUID();
      expect((await rest(base, "POST", path, token, document, { "x-request-id": requestId })).status).toBe(403);
      await service.audit.flush();
      const rows = await service.database.db.select().from(auditTarget).where(and(eq(auditTarget.requestId, requestId), eq(auditTarget.operation, "create")));
      expect(rows).toEqual([
        expect.objectContaining({
          outcome: "refused",
          dataKind: "hoks",
          rule: "R3",
          actorOid: "koivu-sis",
          oppijaOid: document["oppija-oid"],
          opiskeluoikeusOid: document["opiskeluoikeus-oid"],
          hoksId: null,
        }),
      ]);
    }
  });
});
