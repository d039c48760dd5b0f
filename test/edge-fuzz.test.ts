/**
 * Random requests against the public edge, over real HTTP (security-and-performance.md: what
 * attackers try on a GraphQL edge). Whatever arrives, the gateway answers with a clean 4xx or a
 * 200 GraphQL response, never a 5xx; it keeps serving; and no answer carries a stack trace, a
 * path into node_modules, SQL, or an internal address.
 *
 * EDGE_FUZZ_RUNS sets the number of runs (default 800, about 10 s on two cores), EDGE_FUZZ_SEED
 * replays a seed (printed at the start), EDGE_FUZZ_TIME_LIMIT_MS bounds the whole property with its
 * shrinking, EDGE_FUZZ_NO_SHRINK=1 reports the first failure as found, EDGE_FUZZ_DEBUG=1 also
 * prints a tally of the answers, and EDGE_FUZZ_LOG=<file> appends each request (as JSON) to a file
 * before it is sent (to find the request that crashed the process).
 */
import { appendFileSync } from "node:fs";
import fc from "fast-check";
import { Kind, parse, type SelectionSetNode } from "graphql";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ROLES, OIDS } from "../scripts/demo/demo-roles.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { internalDetails } from "./support/failure-leaks.js";
import { requestArbitrary, schemaPool, type Auth, type FuzzRequest } from "./support/failure-fuzz-requests.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

const RUNS = Number(process.env.EDGE_FUZZ_RUNS ?? 800);
const SEED = process.env.EDGE_FUZZ_SEED ? Number(process.env.EDGE_FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;
const ROLES = Object.keys(DEMO_ROLES);
const pool = schemaPool();
/** The whole property, shrinking included, stops after this (the runs done so far still count). */
const TIME_LIMIT_MS = Number(process.env.EDGE_FUZZ_TIME_LIMIT_MS ?? 60_000 + RUNS * 40);

let service: TestService;
const roleTokens = new Map<string, string>();
beforeAll(async () => {
  service = await startTestService();
  for (const role of ROLES) roleTokens.set(role, await mintToken(service.keys, DEMO_ROLES[role]!.claims, "2h"));
});
afterAll(() => service?.close());

async function authorization(auth: Auth): Promise<string | undefined> {
  switch (auth.kind) {
    case "none":
      return undefined;
    case "role":
      return `Bearer ${roleTokens.get(auth.role)}`;
    case "header":
      return auth.value;
    case "claims": {
      let jwt = new SignJWT(auth.claims)
        .setProtectedHeader({ alg: "ES256" })
        .setIssuer(auth.issuer === "right" ? service.keys.issuer : "someone-else")
        .setAudience(auth.audience === "right" ? service.keys.audience : "elsewhere")
        .setIssuedAt();
      if (auth.expiresIn !== undefined) {
        jwt = jwt.setExpirationTime(typeof auth.expiresIn === "number" ? Math.floor(Date.now() / 1000) + auth.expiresIn : auth.expiresIn);
      }
      return `Bearer ${await jwt.sign(service.keys.signingKey!)}`;
    }
  }
}

interface Sent {
  status: number;
  contentType: string;
  text: string;
  /** Everything the request carried, to tell an echo of the caller's own input from a leak. */
  sentText: string;
}

/** `decode(text)`, or the text itself when it is not decodable (a malformed percent escape). */
function leniently(decode: (text: string) => string, text: string): string {
  try {
    return decode(text);
  } catch {
    return text;
  }
}

async function send(request: FuzzRequest): Promise<Sent> {
  const headers: Record<string, string> = { ...request.headers };
  const auth = await authorization(request.auth);
  if (auth !== undefined) headers.authorization = auth;
  if (request.contentType !== undefined) headers["content-type"] = request.contentType;
  const url = service.gatewayUrl + (request.search ?? "");
  const response = await fetch(url, { method: request.method, headers, body: request.method === "POST" ? request.body : undefined });
  const text = await response.text();
  const sentText = [request.body ?? "", request.search ?? "", request.search ? leniently(decodeURIComponent, request.search.replace(/\+/g, " ")) : "", JSON.stringify(request.headers), auth ?? ""].join("\n");
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, sentText };
}

/** The response keys (alias or name) under which the operation asks for the root field `name`, fragments followed. */
function rootKeysOf(query: unknown, name: string): string[] {
  let document;
  try {
    document = parse(String(query));
  } catch {
    return [];
  }
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  const keys: string[] = [];
  const seen = new Set<SelectionSetNode>();
  const walk = (set: SelectionSetNode | undefined) => {
    if (!set || seen.has(set)) return;
    seen.add(set);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && selection.name.value === name) keys.push(selection.alias?.value ?? name);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) walk(fragments.get(selection.name.value));
    }
  };
  for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) walk(definition.selectionSet);
  return keys;
}

/**
 * The answer without OPH's audit log (`auditLoki`), which shows what earlier requests recorded:
 * each one's address chain, User-Agent and request id. Here those requests are this test's own,
 * sent from 127.0.0.1 with the fuzzer's headers, so that part echoes callers' input by design (an
 * OPH auditor is meant to see where a request came from). The rest of the answer, its errors
 * included, is checked as any other.
 */
function withoutRecordedRequests(text: string, query: unknown): string {
  const keys = rootKeysOf(query, "auditLoki");
  if (keys.length === 0) return text;
  const body = JSON.parse(text) as { data?: Record<string, unknown> | null };
  for (const key of keys) if (body.data) delete body.data[key];
  return JSON.stringify(body);
}

interface ResponseError {
  message?: unknown;
  path?: unknown[];
  extensions?: { code?: unknown };
}

/** Statuses node:http answers by itself, with an empty body, before any route runs. */
const NODE_PARSER_STATUSES = [400, 413, 414, 431];

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

function describeRequest(request: FuzzRequest): string {
  const auth = request.auth.kind === "role" ? `role ${request.auth.role}` : request.auth.kind === "claims" ? `claims ${JSON.stringify(request.auth.claims)}` : request.auth.kind === "header" ? `header ${JSON.stringify(request.auth.value)}` : "no token";
  return `${request.method} ${request.search ?? ""} [${auth}] content-type=${request.contentType} headers=${JSON.stringify(request.headers)} body=${request.body?.slice(0, 2000)}`;
}

async function stillServes(): Promise<void> {
  const check = await postGraphQL(service.gatewayUrl, `{ me { oid } }`, { token: roleTokens.get("aino") });
  expect(check.status, check.text).toBe(200);
  expect(check.body.data?.me?.oid, check.text).toBe(OIDS.aino);
}

/**
 * Problems the fuzzing found (and one its first fix brought), each as its smallest request. They
 * run before the fuzzing: its random writes change the data these requests meet (after seed
 * 1455401659, Aino's share link on plan 1 was FORBIDDEN before its bad module id was looked at).
 */
describe("found by fuzzing", () => {
  const post = async (body: unknown, role = "oph") => {
    const response = await fetch(service.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${roleTokens.get(role)}` },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as { errors?: { extensions?: { code?: string } }[]; data?: unknown } };
  };
  const codes = (body: { errors?: { extensions?: { code?: string } }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

  it("an operationName that names no operation in the document is a 400, not a 500", async () => {
    const { status, body } = await post({ query: "query A { me { oid } }", operationName: "B" });
    expect(status).toBe(400);
    expect(codes(body)).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("a document of two operations without an operationName is a 400, not a 500", async () => {
    const { status, body } = await post({ query: "query A { me { oid } } query B { me { oid } }" });
    expect(status).toBe(400);
    expect(codes(body)).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("a subscription is a 400, not a 500 (the supergraph has no Subscription type)", async () => {
    const { status, body } = await post({ query: "subscription { me { oid } }" });
    expect(status).toBe(400);
    expect(codes(body)).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("a NUL character in a string argument is refused as bad input, not an internal error", async () => {
    const { status, body } = await post({ query: `{ hoksByOpiskeluoikeus(opiskeluoikeusOid: "a\\u0000b") { id } }` });
    expect(status).toBeLessThan(500);
    expect(codes(body)).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("a number literal too large for a double inside a JSONObject argument is a 400, not a 500", async () => {
    const { status, body } = await post({ query: `mutation { validateHoks(kind: CREATE, document: { a: 1e309 }) { valid } }` });
    expect(status).toBe(400);
    expect(codes(body)).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("validateHoks without `kind` validates a create, as its documented default CREATE says", async () => {
    const withDefault = await post({ query: `mutation { validateHoks(document: {}) { valid problems { path } } }` }, "rantalasystem");
    const explicit = await post({ query: `mutation { validateHoks(kind: CREATE, document: {}) { valid problems { path } } }` }, "rantalasystem");
    expect(explicit.body.data).toMatchObject({ validateHoks: { valid: false } });
    expect(withDefault.text).not.toMatch(/undefined privilege/);
    expect(withDefault.body).toEqual(explicit.body);
  });

  it("validateHoks for a replace or patch without an id is bad input, not an internal error", async () => {
    const { status, body } = await post({ query: `mutation { validateHoks(kind: PATCH, document: {}) { valid } }` });
    expect(status).toBeLessThan(500);
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
  });

  it("a module id that is not a UUID is bad input, not an internal error", async () => {
    const shareLink = await post(
      { query: `mutation { createShareLink(input: { hoksId: "1", tutkinnonOsaModuleId: "x", kohdeTyyppi: OSAAMISEN_OSOITTAMINEN, kohdeModuleId: "y", voimassaAlku: "2026-02-01", voimassaLoppu: "2026-02-28" }) { token } }` },
      "aino",
    );
    expect(codes(shareLink.body)).toEqual(["BAD_USER_INPUT"]);
    const consent = await post(
      { query: `mutation { createConsent(input: { hoksId: "1", vastaanottaja: { yTunnus: "7654322-0" }, osiot: [TUTKINNON_OSAT], tutkinnonOsaModuleIds: ["x"], tarkoitus: "a", voimassaAlku: "2026-02-01", voimassaLoppu: "2026-06-30" }) { id } }` },
      "aino",
    );
    expect(codes(consent.body)).toEqual(["BAD_USER_INPUT"]);
  });

  it("an impossible date literal is reported as the caller's mistake, not as an internal error", async () => {
    const { status, body } = await post(
      { query: `mutation { createConsent(input: { hoksId: "1", vastaanottaja: { yTunnus: "7654322-0" }, osiot: [URASUUNNITELMA], tarkoitus: "a", voimassaAlku: "2026-02-30", voimassaLoppu: "2026-06-30" }) { id } }` },
      "aino",
    );
    expect(status).toBeLessThan(500);
    expect(codes(body)).not.toContain("INTERNAL_SERVER_ERROR");
    expect(codes(body).some((code) => code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED")).toBe(true);
  });

  it("a malformed percent escape in the URL is a 400, not a 500", async () => {
    for (const search of ["?query=%FF", "?query=%C3%28", "?query=%7Bme%7Boid%7D%7D&x=%E0%A4%A"]) {
      const response = await fetch(service.gatewayUrl + search, { headers: { "apollo-require-preflight": "true", authorization: `Bearer ${roleTokens.get("aino")}` } });
      expect(response.status, search).toBe(400);
    }
    const post = await fetch(`${service.gatewayUrl}?%FF`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${roleTokens.get("aino")}` }, body: JSON.stringify({ query: "{ me { oid } }" }) });
    expect(post.status).toBeLessThan(500);
  });

  it("a persisted-query hash that does not match the query is a coded client error", async () => {
    const { status, body } = await post({ query: "{ me { oid } }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(status).toBe(400);
    expect(codes(body)).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("OPH's audit log shows the recorded address chains, under any alias, and only that part of an answer is set aside", async () => {
    // A read OPH makes is recorded, with where it came from.
    expect((await post({ query: "{ hoks(id: 1) { id } }" })).status).toBe(200);
    const query = `fragment F on Query { log: auditLoki { nodes { _: ipOsoite } } } { ...F __typename }`;
    const { status, text } = await post({ query });
    expect(status).toBe(200);
    // Every request here came from this test on 127.0.0.1, through the gateway on 127.0.0.1.
    expect(text).toContain("127.0.0.1, 127.0.0.1");
    expect(internalDetails(text)).not.toEqual([]);
    expect(internalDetails(withoutRecordedRequests(text, query))).toEqual([]);
    expect(JSON.parse(withoutRecordedRequests(text, query))).toEqual({ data: { __typename: "Query" } });
  });
});

describe("random requests at the edge", () => {
  it(`never answer 5xx, never leak internals, never stop the service (${RUNS} runs)`, { timeout: TIME_LIMIT_MS + 30_000 }, async () => {
    console.log(`edge fuzz: seed ${SEED}, ${RUNS} runs (replay with EDGE_FUZZ_SEED=${SEED} EDGE_FUZZ_RUNS=${RUNS})`);
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(requestArbitrary(pool, ROLES), async (request) => {
        if (process.env.EDGE_FUZZ_LOG) appendFileSync(process.env.EDGE_FUZZ_LOG, `${JSON.stringify(request)}\n`);
        const sent = await send(request);
        count(`status ${sent.status}`);
        if (process.env.EDGE_FUZZ_DEBUG) count(`  ${sent.text.replace(/"[^"]*"/g, (m) => (m.length > 60 ? m.slice(0, 60) : m)).slice(0, 140)}`.replace(/\d+/g, "N"));

        // 1. No 5xx.
        expect(sent.status, `${sent.status} ${sent.text}\n${describeRequest(request)}`).toBeLessThan(500);

        // 2. A JSON body in the GraphQL response shape: `data` and/or `errors`. Only Node's own HTTP
        //    parser answers without one, with a bare 4xx (431: a GET whose URL is too long).
        if (sent.text === "" && NODE_PARSER_STATUSES.includes(sent.status)) {
          count(`  empty ${sent.status} from Node's HTTP parser`);
          await stillServes();
          return;
        }
        expect(sent.contentType, `${sent.status} ${sent.text}`).toMatch(/^application\/(graphql-response\+)?json/);
        const body = JSON.parse(sent.text) as { data?: unknown; errors?: ResponseError[] };
        expect(typeof body === "object" && body !== null && ("data" in body || "errors" in body), sent.text).toBe(true);
        if (sent.status >= 400) expect(Array.isArray(body.errors) && body.errors.length > 0, sent.text).toBe(true);
        for (const error of body.errors ?? []) {
          expect(typeof error.message, sent.text).toBe("string");
          expect(error.extensions?.code, sent.text).toBeTypeOf("string");
        }

        // 3. Nothing internal, unless the caller sent it in the first place (or, in OPH's audit
        //    log, an earlier request did: withoutRecordedRequests).
        expect(internalDetails(withoutRecordedRequests(sent.text, request.graphql?.query), { sent: sent.sentText }), `${sent.text}\n${describeRequest(request)}`).toEqual([]);

        // 4. No internal error: the service is healthy, so an INTERNAL_SERVER_ERROR means some input
        //    reached a place that did not expect it (a database cast, the query planner, ...).
        const internal = (body.errors ?? []).filter((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
        expect(internal, `an internal error on a healthy service: ${sent.text}\n${describeRequest(request)}`).toEqual([]);

        // 5. The service still answers.
        await stillServes();
      }),
      {
        numRuns: RUNS,
        seed: SEED,
        verbose: 1,
        // Shrinking a failure costs two HTTP requests a step: bound it, and keep what it reached.
        interruptAfterTimeLimit: TIME_LIMIT_MS,
        endOnFailure: !!process.env.EDGE_FUZZ_NO_SHRINK,
      },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`edge fuzz: ${RUNS} runs in ${seconds} s\n${[...tally].sort().map(([k, n]) => `  ${n}\t${k}`).join("\n")}`);
  });
});
