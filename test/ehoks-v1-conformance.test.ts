/**
 * The real eHOKS documents (../shared/conformance/ehoks-v1-real) through both doors: the REST
 * door and the GraphQL `document` inputs. Each create body is accepted or refused as the existing
 * service does (expected.json), refused at the same paths; every accepted one comes back from a
 * read with every value it sent. The update bodies its clients send to PUT and PATCH (with the
 * plan's top-level `id`) are accepted on a stored plan, and come back the same way.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FULL_HOKS_FIELDS, toEhoksDocument } from "../gateway/rest/full-plan.js";
import { conformanceExpectations, conformanceFiles, conformancePresent, type Json } from "./support/conformance.js";
import { startConformanceService, type ConformanceService } from "./support/conformance-service.js";
import { lostValues } from "./support/lossless.js";
import { rest } from "./support/rest.js";
import { postGraphQL } from "./support/running-service.js";

const CREATE = `mutation ($document: JSONObject!) { createHoks(document: $document) { id } }`;
const VALIDATE = `mutation ($document: JSONObject!) { validateHoks(kind: CREATE, document: $document) { valid problems { path message } } }`;
const REPLACE = `mutation ($id: ID!, $document: JSONObject!) { replaceHoks(id: $id, document: $document) { id } }`;
const PATCH = `mutation ($id: ID!, $document: JSONObject!) { patchHoks(id: $id, document: $document) { id } }`;
const DELETE = `mutation ($id: ID!) { deleteHoks(id: $id) { id } }`;
const READ = `query ($id: ID!) { hoks(id: $id) { ${FULL_HOKS_FIELDS} } }`;

const sortedPaths = (problems: { path: string }[]) => [...new Set(problems.map((p) => p.path))].sort();

describe.skipIf(!conformancePresent)("the real eHOKS documents", () => {
  let corpus: ConformanceService;
  beforeAll(async () => {
    corpus = await startConformanceService();
  });
  afterAll(() => corpus.service.close());
  beforeEach(async () => {
    corpus.service.clock.set("2026-02-01");
    await corpus.service.database.db.execute("truncate hoks.hoks restart identity cascade" as never);
  });

  const graphql = async (query: string, variables: Record<string, unknown>) =>
    (await postGraphQL(corpus.service.gatewayUrl, query, { token: await corpus.system(), variables })).body;

  /** A stored plan as the GraphQL door reads it, in eHOKS v1 keys. */
  const readThroughGraphQL = async (id: unknown) => {
    const body = await graphql(READ, { id });
    expect(body.errors).toBeUndefined();
    return toEhoksDocument(body.data.hoks);
  };

  const expectations = conformancePresent ? conformanceExpectations() : {};
  const documents = conformancePresent ? conformanceFiles("documents") : [];

  it("expected.json speaks of every document, and every document of it", () => {
    expect(documents.map((d) => d.name).sort()).toEqual(Object.keys(expectations).sort());
  });

  describe.each(documents)("$name", ({ name, document }) => {
    const expected = expectations[name]!;
    const expectedPaths = sortedPaths(expected.realProblems);

    it(`REST: ${expected.realService === "accepts" ? "stored, and every value sent comes back" : `refused at ${expectedPaths.join(", ")}`}`, async () => {
      const created = await rest(corpus.base, "POST", "/hoks", await corpus.system(), document);
      if (expected.realService === "rejects") {
        expect(created.status).toBe(400);
        expect(sortedPaths(created.body.errors)).toEqual(expectedPaths);
        return;
      }
      expect(created.body.errors).toBeUndefined();
      expect(created.status).toBe(200);
      const read = await rest(corpus.base, "GET", `/hoks/${created.body.meta.id}`, await corpus.system());
      expect(read.status).toBe(200);
      expect(lostValues(document, read.body.data)).toEqual([]);
    });

    it(`GraphQL document: the same verdict and paths${expected.realService === "accepts" ? ", and every value sent comes back" : ""}`, async () => {
      const validation = await graphql(VALIDATE, { document });
      expect(validation.errors).toBeUndefined();
      expect(validation.data.validateHoks.valid).toBe(expected.realService === "accepts");
      expect(sortedPaths(validation.data.validateHoks.problems)).toEqual(expectedPaths);
      const created = await graphql(CREATE, { document });
      if (expected.realService === "rejects") {
        expect(created.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(sortedPaths(created.errors![0]!.extensions!.problems as { path: string }[])).toEqual(expectedPaths);
        return;
      }
      expect(created.errors).toBeUndefined();
      expect(lostValues(document, await readThroughGraphQL(created.data.createHoks.id))).toEqual([]);
    });
  });

  describe("the update bodies, on a stored plan, with its id", () => {
    // A plan of the corpus to update: the first accepted document.
    const base = documents.find((d) => expectations[d.name]!.realService === "accepts")!;
    const updates = conformancePresent ? conformanceFiles("updates") : [];

    const storeBase = async (): Promise<number> => {
      const created = await rest(corpus.base, "POST", "/hoks", await corpus.system(), base.document);
      expect(created.status).toBe(200);
      return created.body.meta.id;
    };

    describe.each(updates)("$name", ({ name, document }) => {
      const method = name.startsWith("patch") ? "PATCH" : "PUT";

      it(`REST ${method}: 204, and every value sent comes back`, async () => {
        const id = await storeBase();
        const sent = { ...document, id };
        const answer = await rest(corpus.base, method, `/hoks/${id}`, await corpus.system(), sent);
        expect(answer.body).toBeUndefined();
        expect(answer.status).toBe(204);
        const read = await rest(corpus.base, "GET", `/hoks/${id}`, await corpus.system());
        expect(lostValues(sent, read.body.data)).toEqual([]);
      });

      it(`GraphQL ${method === "PUT" ? "replaceHoks" : "patchHoks"}: accepted, and every value sent comes back`, async () => {
        const id = await storeBase();
        const sent = { ...document, id };
        const body = await graphql(method === "PUT" ? REPLACE : PATCH, { id, document: sent });
        expect(body.errors).toBeUndefined();
        expect(lostValues(sent, await readThroughGraphQL(id))).toEqual([]);
        // Deleting frees the study right: a deleted plan is not found through either door.
        expect((await graphql(DELETE, { id })).errors).toBeUndefined();
        expect((await rest(corpus.base, "GET", `/hoks/${id}`, await corpus.system())).status).toBe(404);
      });
    });
  });
});
