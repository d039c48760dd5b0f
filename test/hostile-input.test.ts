/**
 * Input built to break the walkers rather than the rules, over real HTTP: JSON nested far past
 * any document (which once overflowed the stack and answered 500), and keys named like
 * Object.prototype's members (which once found those members in the shape check). Each is a 400
 * that names the problem, nothing is stored, and no prototype changes.
 */
import { count } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hoks } from "../drizzle/schema/index.js";
import { carriesNul } from "../subgraphs/shared/http/nul-check.js";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../subgraphs/shared/http/json-depth.js";
import { exampleDocument } from "./support/examples.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";
import { rest } from "./support/rest.js";

let service: TestService;
let base: string;
beforeAll(async () => {
  service = await startTestService({ plans: false });
  base = service.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(() => service.close());

const plans = async () => (await service.database.db.select({ n: count() }).from(hoks))[0]!.n;

/** JSON text of lists nested `depth` levels deep: `[[[…]]]`. */
const nestedLists = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

const TOO_DEEP = `nested deeper than ${MAX_JSON_DEPTH} levels`;

async function postRaw(url: string, body: string, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: "POST", headers, body });
  return { status: response.status, text: await response.text() };
}

describe("JSON nested 100 000 levels deep", () => {
  const deepVariables = `{"query":"mutation ($d: JSONObject!) { validateHoks(document: $d) { valid } }","variables":{"d":{"x":${nestedLists(100_000)}}}}`;

  it("is a 400 naming the problem at the gateway and at a subgraph, with or without a token", async () => {
    for (const url of [service.gatewayUrl, service.subgraphUrls.hoks, service.subgraphUrls.persons]) {
      for (const token of [undefined, await service.token("rantalasystem")]) {
        const { status, text } = await postRaw(url, deepVariables, token);
        expect(status).toBe(400);
        expect(JSON.parse(text)).toEqual({ errors: [{ message: `The request is ${TOO_DEEP}`, extensions: { code: "BAD_REQUEST" } }] });
      }
    }
  });

  it("is a 400 at the REST door, for a create, a replace and a dry run", async () => {
    const token = await service.token("rantalasystem");
    const body = `{"oppija-oid":${nestedLists(100_000)}}`;
    for (const [method, path] of [["POST", "/hoks"], ["PUT", "/hoks/1"], ["PATCH", "/hoks/1"], ["POST", "/validointi"]] as const) {
      expect(await rest(base, method, path, token, body)).toEqual({
        status: 400,
        body: { meta: {}, error: `The request body is ${TOO_DEEP}`, errors: [{ message: `The request body is ${TOO_DEEP}` }], code: "BAD_REQUEST" },
      });
    }
    expect(await plans()).toBe(0);
  });

  it("is a 400 in a GET's query string too", async () => {
    const search = new URLSearchParams({ query: "query ($x: JSON) { __typename }", variables: JSON.stringify({ x: JSON.parse(nestedLists(MAX_JSON_DEPTH)) }) });
    const response = await fetch(`${service.gatewayUrl}?${search}`, { headers: { "apollo-require-preflight": "true" } });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(TOO_DEEP);
  });

  it("the limit leaves room: a request exactly 64 levels deep is judged on its content", async () => {
    // The request (1) → variables (2) → d (3) → x (4) → lists down to level 64.
    const atLimit = `{"query":"mutation ($d: JSONObject!) { validateHoks(document: $d) { valid problems { path } } }","variables":{"d":{"x":${nestedLists(MAX_JSON_DEPTH - 3)}}}}`;
    const { status, text } = await postRaw(service.gatewayUrl, atLimit, await service.token("rantalasystem"));
    expect(status).toBe(200);
    expect(JSON.parse(text).data.validateHoks.problems).toContainEqual({ path: "x" });
    const overLimit = atLimit.replace(nestedLists(MAX_JSON_DEPTH - 3), nestedLists(MAX_JSON_DEPTH - 2));
    expect((await postRaw(service.gatewayUrl, overLimit, await service.token("rantalasystem"))).status).toBe(400);
  });

  it("a document written inline in the operation is held to the same limit", async () => {
    let literal = "1";
    for (let i = 0; i <= MAX_JSON_DEPTH; i++) literal = `{a: ${literal}}`;
    const { body } = await postGraphQL(service.subgraphUrls.hoks, `mutation { validateHoks(document: ${literal}) { valid } }`, { token: await service.token("rantalasystem") });
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", problems: [{ path: "document", message: `is ${TOO_DEEP}` }] } })]);
  });

  it("the walkers themselves take any depth without recursion", () => {
    const deep = JSON.parse(`{"a":${nestedLists(100_000)}}`);
    expect(nestsDeeperThan(deep)).toBe(true);
    expect(carriesNul(deep)).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nestedLists(MAX_JSON_DEPTH)))).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nestedLists(MAX_JSON_DEPTH + 1)))).toBe(true);
  });
});

describe("keys named like Object.prototype's members", () => {
  beforeEach(() => service.database.db.execute("truncate hoks.hoks restart identity cascade" as never));
  const MEMBERS = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"] as const;
  const UNIT = "hankittavat-ammat-tutkinnon-osat.0";
  const PERIOD = `${UNIT}.osaamisen-hankkimistavat.1`;
  const INSTRUCTOR = `${PERIOD}.tyopaikalla-jarjestettava-koulutus.vastuullinen-tyopaikka-ohjaaja`;

  /**
   * valid-full.json with `key` added at the top, in a unit, in a period and in an instructor, as
   * JSON text: parsing it makes `__proto__` an own key, exactly as a sender's JSON does.
   */
  function documentWith(key: string): string {
    const document = exampleDocument<any>("valid-full.json");
    const marker = "\u0001marker\u0001";
    document[marker] = { polluted: true };
    const unit = document["hankittavat-ammat-tutkinnon-osat"][0];
    unit[marker] = 1;
    unit["osaamisen-hankkimistavat"][1][marker] = "x";
    unit["osaamisen-hankkimistavat"][1]["tyopaikalla-jarjestettava-koulutus"]["vastuullinen-tyopaikka-ohjaaja"][marker] = null;
    return JSON.stringify(document).replaceAll(JSON.stringify(marker), JSON.stringify(key));
  }

  it.each(MEMBERS)("%s is an unknown key wherever it stands, through REST and GraphQL, and nothing is stored", async (key) => {
    const token = await service.token("rantalasystem");
    // An unknown key is reported whatever its value, null (the instructor's) included.
    const expected = [key, `${UNIT}.${key}`, `${PERIOD}.${key}`, `${INSTRUCTOR}.${key}`].map((path) => ({ path, message: "is not a field of this object" }));
    const viaRest = await rest(base, "POST", "/hoks", token, documentWith(key));
    expect(viaRest.status).toBe(400);
    expect(viaRest.body.errors).toEqual(expect.arrayContaining(expected));
    expect(viaRest.body.errors).toHaveLength(expected.length);
    const viaGraphQL = await postGraphQL(service.gatewayUrl, `mutation ($d: JSONObject!) { createHoks(document: $d) { id } }`, {
      token,
      variables: { d: JSON.parse(documentWith(key)) },
    });
    expect(viaGraphQL.body.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", problems: viaRest.body.errors });
    expect(await plans()).toBe(0);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a patch with them is refused at each, and the plan keeps its revision", async () => {
    const token = await service.token("rantalasystem");
    const created = await rest(base, "POST", "/hoks", token, exampleDocument("valid-full.json"));
    const id = created.body.meta.id;
    const patch = `{"sahkoposti":"a@example.invalid",${MEMBERS.map((key) => `"${key}":1`).join(",")}}`;
    const refused = await rest(base, "PATCH", `/hoks/${id}`, token, patch);
    expect(refused.status).toBe(400);
    const byPath = (x: { path: string }, y: { path: string }) => x.path.localeCompare(y.path);
    expect([...refused.body.errors].sort(byPath)).toEqual(MEMBERS.map((path) => ({ path, message: "is not a field of this object" })).sort(byPath));
    expect((await rest(base, "GET", `/hoks/${id}`, token)).body.meta.revision).toBe(1);
  });
});
