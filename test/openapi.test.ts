/**
 * The REST door's OpenAPI 3.1 contract (gateway/rest/openapi-*.ts) against the running door:
 * the document is valid OpenAPI 3.1 and every schema in it compiles; every example and real
 * document the door accepts validates against the request schema, and every refusal is either a
 * schema failure at the same place or a rule the schema gives in words there; the door's real
 * answers validate against the response schemas of their path; and the served document is the
 * generated one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REST_PREFIX } from "../gateway/rest/ehoks-v1-routes.js";
import { documentProblems } from "../subgraphs/hoks/validation/validate-plan.js";
import { isStudyRightOid } from "../subgraphs/shared/validation/identifiers.js";
import { openApiDocument } from "../gateway/rest/openapi-document.js";
import { conformanceExpectations, conformanceFiles, conformancePresent } from "./support/conformance.js";
import { startConformanceService, type ConformanceService } from "./support/conformance-service.js";
import { exampleDocument, exampleNames, invalidExamples } from "./support/examples.js";
import { Contract, errorPaths, errorsText, expectDeclaredAnswer, openApi31Validator } from "./support/openapi-contract.js";
import { rest, type RestResponse } from "./support/rest.js";

/** A well-formed study right OID that names no study right (its check digit is right). */
const UNPLANNED_STUDY_RIGHT = Array.from({ length: 10 }, (_, d) => `1.2.246.562.15.9999999999${d}`).find(isStudyRightOid)!;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
type Json = Record<string, any>;
type Problem = { path: string; message: string };

let corpus: ConformanceService;
let contract: Contract;
beforeAll(async () => {
  corpus = await startConformanceService();
  contract = new Contract(openApiDocument(REST_PREFIX));
});
afterAll(() => corpus.service.close());

const oph = () => corpus.service.token("oph");

/** The door's answer validates against the response the contract declares (openapi-contract.ts). */
function expectDeclared(path: string, method: string, answer: RestResponse & { headers?: Headers }): void {
  expectDeclaredAnswer(contract, path, method, answer);
}

/**
 * The problems the request schema does not account for: for a document without problems, the
 * schema's own errors (it must accept what the door accepts); otherwise each problem that neither
 * fails the schema there (or at its object, where a missing or unknown key is reported) nor stands
 * under a rule the schema gives in words.
 */
function unexplained(path: string, method: string, document: unknown, problems: readonly Problem[]): string[] {
  const validate = contract.requestValidator(path, method);
  const valid = validate(document);
  if (problems.length === 0) return valid ? [] : errorsText(validate.errors).map((error) => `accepted, but the schema says ${error}`);
  const failedAt = errorPaths(validate.errors);
  const root = `/paths/${encodeURIComponent(path.replaceAll("/", "~1"))}/${method}/requestBody/content/application~1json/schema`;
  return problems
    .filter((problem) => {
      const parent = problem.path.split(".").slice(0, -1).join(".");
      return !(failedAt.has(problem.path) || failedAt.has(parent) || contract.explainsBeyondSchema(root, problem.path));
    })
    .map((problem) => `${problem.path}: ${problem.message} — neither the schema nor a rule in words says so`);
}

/** The request against the request schema, held against the door's verdict on it. */
function expectVerdictExplained(path: string, method: string, document: unknown, answer: RestResponse): void {
  const accepted = answer.status === 200 || answer.status === 204;
  if (!accepted) expect(answer.status).toBe(400);
  expect(unexplained(path, method, document, accepted ? [] : answer.body.errors)).toEqual([]);
}

describe("the document", () => {
  it("is valid OpenAPI 3.1 (the official schema)", () => {
    const validate = openApi31Validator();
    expect(validate(contract.document), JSON.stringify(errorsText(validate.errors))).toBe(true);
    // The validator is not blind: a document without its version is refused.
    const broken = structuredClone(contract.document);
    delete broken.info.version;
    expect(validate(broken)).toBe(false);
  });

  it("every $ref resolves", () => {
    const refs = contract.refs();
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter(({ ref }) => !contract.refResolves(ref))).toEqual([]);
  });

  it("every schema compiles under ajv's strict JSON Schema 2020-12", () => {
    const { components, paths } = contract.document;
    for (const name of Object.keys(components.schemas)) expect(() => contract.validatorAt(`/components/schemas/${name}`), name).not.toThrow();
    for (const [name, parameter] of Object.entries<Json>(components.parameters)) expect(() => contract.validatorAt(`/components/parameters/${name}/schema`), name).not.toThrow();
    for (const [path, item] of Object.entries<Json>(paths)) {
      for (const method of METHODS.filter((m) => item[m])) {
        if (item[method].requestBody) expect(() => contract.requestValidator(path, method), `${method} ${path}`).not.toThrow();
      }
    }
  });

  it("every operation has responses, every authenticated one a 401, every one a 429", () => {
    for (const [path, item] of Object.entries<Json>(contract.document.paths)) {
      for (const method of METHODS.filter((m) => item[m])) {
        const operation = item[method];
        expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
        expect(operation.responses["429"], `${method} ${path}`).toBeDefined();
        if (!operation.security) expect(operation.responses["401"], `${method} ${path}`).toBeDefined();
      }
    }
  });

  it("is served without a token, cacheable, and is exactly a fresh generation", async () => {
    const response = await fetch(`${corpus.base}${REST_PREFIX}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toMatch(/public/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(openApiDocument(REST_PREFIX))));
    const etag = response.headers.get("etag")!;
    const again = await fetch(`${corpus.base}${REST_PREFIX}/openapi.json`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("says in words what JSON Schema cannot: the study right's facts, dates in order, check digits", () => {
    const text = JSON.stringify(contract.document.components.schemas);
    for (const phrase of ["the study right has no plan yet", "loppu is not before alku", "the check digit is valid", "interruptions do not overlap", "today + 15 days"]) {
      expect(text).toContain(phrase);
    }
    // Words explain a refusal only where they stand: a period's rules, not a plain text field of the period.
    const root = "/paths/~1hoks/post/requestBody/content/application~1json/schema";
    const period = "hankittavat-ammat-tutkinnon-osat.0.osaamisen-hankkimistavat.0";
    expect(contract.explainsBeyondSchema(root, period)).toBe(true);
    expect(contract.explainsBeyondSchema(root, `${period}.ajanjakson-tarkenne`)).toBe(false);
    expect(contract.explainsBeyondSchema(root, "hankittavat-koulutuksen-osat")).toBe(true);
    expect(contract.explainsBeyondSchema(root, "sahkoposti")).toBe(false);
  });
});

describe("the example documents against the door and the request schema", () => {
  const patchExamples = new Set(invalidExamples().filter((e) => e.asPatch).map((e) => e.name));
  const createExamples = exampleNames().filter((name) => name !== "world.json" && name !== "patch-top-level.json" && !patchExamples.has(name));

  it.each(createExamples)("%s: POST /validointi", async (name) => {
    const document = exampleDocument(name);
    const answer = await rest(corpus.base, "POST", "/validointi", await oph(), document);
    expect([200, 400]).toContain(answer.status);
    expect(answer.status === 200, `${name}: ${JSON.stringify(answer.body)}`).toBe(name.startsWith("valid-"));
    expectVerdictExplained("/validointi", "post", document, answer);
    expectDeclared("/validointi", "post", answer);
  });

  it.each(["patch-top-level.json", ...patchExamples])("%s: PATCH on the full example plan", async (name) => {
    const token = await oph();
    await corpus.service.database.db.execute("truncate hoks.hoks restart identity cascade" as never);
    const created = await rest(corpus.base, "POST", "/hoks", token, exampleDocument("valid-full.json"));
    expect(created.status).toBe(200);
    const document = exampleDocument(name);
    const answer = await rest(corpus.base, "PATCH", `/hoks/${created.body.meta.id}`, token, document);
    expect(answer.status).toBe(name.startsWith("invalid-") ? 400 : 204);
    expectVerdictExplained("/hoks/{id}", "patch", document, answer);
    expectDeclared("/hoks/{id}", "patch", answer);
  });
});

describe.skipIf(!conformancePresent)("the real eHOKS documents against the door and the contract", () => {
  const documents = conformancePresent ? conformanceFiles("documents") : [];
  const updates = conformancePresent ? conformanceFiles("updates") : [];
  // The plan the update bodies are sent to: the first document the existing service accepts.
  const expectations = conformancePresent ? conformanceExpectations() : {};
  const base = documents.find((d) => expectations[d.name]?.realService === "accepts");

  beforeAll(async () => {
    await corpus.service.database.db.execute("truncate hoks.hoks restart identity cascade" as never);
  });

  it.each(documents)("$name: POST /hoks, then GET it", async ({ document }) => {
    const token = await corpus.system();
    const created = await rest(corpus.base, "POST", "/hoks", token, document);
    expectVerdictExplained("/hoks", "post", document, created);
    expectDeclared("/hoks", "post", created);
    if (created.status !== 200) return;
    const read = await fetch(`${corpus.base}${REST_PREFIX}/hoks/${created.body.meta.id}`, { headers: { authorization: `Bearer ${token}` } });
    expectDeclared("/hoks/{id}", "get", { status: read.status, body: await read.json(), headers: read.headers });
    expect(read.status).toBe(200);
    const byStudyRight = await rest(corpus.base, "GET", `/hoks/opiskeluoikeus/${document["opiskeluoikeus-oid"]}`, token);
    expect(byStudyRight.status).toBe(200);
    expectDeclared("/hoks/opiskeluoikeus/{oid}", "get", byStudyRight);
    const procured = await rest(corpus.base, "GET", `/hoks/${created.body.meta.id}/hankintakoulutukset`, token);
    expect(procured.status).toBe(200);
    expectDeclared("/hoks/{id}/hankintakoulutukset", "get", procured);
  });

  it.each(updates)("$name: PUT or PATCH on a stored plan, with its id", async ({ name, document }) => {
    await corpus.service.database.db.execute("truncate hoks.hoks restart identity cascade" as never);
    const created = await rest(corpus.base, "POST", "/hoks", await corpus.system(), base!.document);
    expect(created.status).toBe(200);
    const id = created.body.meta.id;
    const method = name.startsWith("patch") ? "PATCH" : "PUT";
    const sent = { ...document, id };
    const answer = await rest(corpus.base, method, `/hoks/${id}`, await corpus.system(), sent);
    expect(answer.status, JSON.stringify(answer.body)).toBe(204);
    expectVerdictExplained("/hoks/{id}", method.toLowerCase(), sent, answer);
    expectDeclared("/hoks/{id}", method.toLowerCase(), answer);
  });
});

describe("the door's error answers against the contract", () => {
  const system = () => corpus.system();

  it("401 without a token", async () => {
    const response = await fetch(`${corpus.base}${REST_PREFIX}/hoks/1`);
    const answer = { status: response.status, body: await response.json() };
    expect(answer.status).toBe(401);
    expectDeclared("/hoks/{id}", "get", answer);
  });

  it("404 for a plan that is not there, and for a study right without a plan", async () => {
    const missing = await rest(corpus.base, "GET", "/hoks/2147483647", await system());
    expect(missing.status).toBe(404);
    expectDeclared("/hoks/{id}", "get", missing);
    const noPlan = await rest(corpus.base, "GET", `/hoks/opiskeluoikeus/${UNPLANNED_STUDY_RIGHT}`, await system());
    expect(noPlan.status).toBe(404);
    expectDeclared("/hoks/opiskeluoikeus/{oid}", "get", noPlan);
  });

  it("400 for a malformed id, a body that is not an object, and an If-Match that is not a revision", async () => {
    const malformed = await rest(corpus.base, "GET", "/hoks/01", await system());
    expect(malformed.status).toBe(400);
    expectDeclared("/hoks/{id}", "get", malformed);
    const notObject = await rest(corpus.base, "POST", "/hoks", await system(), "[1]");
    expect(notObject.status).toBe(400);
    expectDeclared("/hoks", "post", notObject);
    const ifMatch = await rest(corpus.base, "PUT", "/hoks/1", await system(), {}, { "if-match": "*" });
    expect(ifMatch.status).toBe(400);
    expectDeclared("/hoks/{id}", "put", ifMatch);
  });

  it("409 for a stale If-Match, 403 without the privilege, 410 on a retired route, 413 for a body too large", async () => {
    await corpus.service.database.db.execute("truncate hoks.hoks restart identity cascade" as never);
    const token = await oph();
    const created = await rest(corpus.base, "POST", "/hoks", token, exampleDocument("valid-minimal.json"));
    expect(created.status).toBe(200);
    const stale = await rest(corpus.base, "PATCH", `/hoks/${created.body.meta.id}`, token, { versio: 2 }, { "if-match": '"99"' });
    expect(stale.status).toBe(409);
    expectDeclared("/hoks/{id}", "patch", stale);
    const stranger = await corpus.service.token({ sub: "stranger-sis", role: "service", privileges: [] });
    const forbidden = await rest(corpus.base, "POST", "/hoks", stranger, exampleDocument("valid-tuva.json"));
    expect(forbidden.status).toBe(403);
    expectDeclared("/hoks", "post", forbidden);
    const gone = await rest(corpus.base, "DELETE", "/hoks/1/hankittava-ammat-tutkinnon-osa/2", token);
    expect(gone.status).toBe(410);
    expectDeclared("/hoks/{id}/{part}/{partId}", "delete", gone);
    const tooLarge = await rest(corpus.base, "POST", "/hoks", token, JSON.stringify({ sahkoposti: "x".repeat(5_000_001) }));
    expect(tooLarge.status).toBe(413);
    expectDeclared("/hoks", "post", tooLarge);
  });
});

/**
 * Every key of a document changed in the ways senders get wrong (null, left out, the wrong type,
 * empty, negative, fractional, a day that does not exist, an unknown key beside it), each judged
 * by the validation itself and by the request schema: the schema takes every document the
 * validation takes, and every problem the validation finds is a schema failure or a rule in words
 * there. Without a study right: its facts are rules in words anyway.
 */
describe("the request schemas against the validation, on documents changed key by key", () => {
  function* mutations(document: Json): Generator<{ what: string; document: Json }> {
    const places: (string | number)[][] = [];
    const walk = (value: unknown, at: (string | number)[]) => {
      if (at.length) places.push(at);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
      else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
    };
    walk(document, []);
    const changed = (at: (string | number)[], change: (parent: any, key: string | number) => void) => {
      const copy = structuredClone(document);
      const parent = at.slice(0, -1).reduce((node: any, key) => node[key], copy);
      change(parent, at[at.length - 1]!);
      return copy;
    };
    for (const at of places) {
      const value = at.reduce((node: any, key) => node[key], document);
      const name = at.join(".");
      const replacements: unknown[] = [null, typeof value === "string" ? 7 : "x", "", " ", -1, 1.5, "2025-02-30", [], [null], {}];
      for (const replacement of replacements) yield { what: `${name} = ${JSON.stringify(replacement)}`, document: changed(at, (p, k) => (p[k] = replacement)) };
      yield { what: `${name} left out`, document: changed(at, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])) };
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        yield { what: `${name} with an unknown key`, document: changed(at, (p, k) => (p[k] = { ...p[k], tuntematon: 1 })) };
      }
    }
  }

  const example = (name: string) => () => exampleDocument<Json>(name);
  // The real document with the most lists (every unit list, learning support, readiness studies).
  const realDocument = () => conformanceFiles("documents").find((d) => d.name === "test-hoks-data")!.document;
  const cases = [
    { name: "valid-full.json", kind: "create" as const, path: "/hoks", method: "post", load: example("valid-full.json") },
    { name: "valid-tuva.json", kind: "create" as const, path: "/hoks", method: "post", load: example("valid-tuva.json") },
    { name: "valid-full.json", kind: "replace" as const, path: "/hoks/{id}", method: "put", load: example("valid-full.json") },
    { name: "patch-top-level.json", kind: "patch" as const, path: "/hoks/{id}", method: "patch", load: example("patch-top-level.json") },
    ...(conformancePresent ? [{ name: "test-hoks-data (real)", kind: "create" as const, path: "/hoks", method: "post", load: realDocument }] : []),
  ];

  it.each(cases)("$name as a $kind", ({ kind, path, method, load }) => {
    const original = load();
    let judged = 0;
    const wrong: string[] = [];
    for (const { what, document } of mutations(original)) {
      const problems = documentProblems(document, { kind, today: "2026-02-01" });
      wrong.push(...unexplained(path, method, document, problems).map((text) => `${what}: ${text}`));
      judged++;
    }
    expect(judged).toBeGreaterThan(10);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
