/**
 * What hostile queries get at the public edge (security-and-performance.md, OWASP's GraphQL
 * cheat sheet): each attack class is refused with a clear error, and nothing internal leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { listen, type RunningServer } from "../subgraphs/shared/http/http-server.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
let production: RunningServer;
let stopProduction: () => Promise<void>;
beforeAll(async () => {
  service = await startTestService();
  const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, production: true });
  production = await listen(gateway.routes, 0);
  stopProduction = async () => (await production.close(), await gateway.stop());
});
afterAll(async () => {
  await stopProduction();
  await service.close();
});

const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);
const ask = async (query: string) => postGraphQL(service.gatewayUrl, query, { token: await service.token("oph") });

describe("query limits", () => {
  it("refuse a deeply nested query", async () => {
    let selection = "oid";
    for (let i = 0; i < 7; i++) selection = `hoksit { oppija { ${selection} } }`;
    const { status, body } = await ask(`{ me { ${selection} } }`);
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/depth/i);
    expect(body.data).toBeUndefined();
  });

  it("refuse an alias flood that would enumerate plans", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `p${i}: hoks(id: ${i + 1}) { id }`).join(" ");
    const { status, body } = await ask(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/alias/i);
  });

  it("refuse a huge document", async () => {
    const { status, body } = await ask(`{ me { ${"__typename ".repeat(3000)} } }`);
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/token/i);
  });

  it("let the heaviest query we serve through: a whole plan through `me`", async () => {
    const { FULL_HOKS_FIELDS } = await import("../gateway/rest/full-plan.js");
    const { body } = await postGraphQL(service.gatewayUrl, `{ me { hoksit { ${FULL_HOKS_FIELDS} } } }`, { token: await service.token("aino") });
    expect(body.errors).toBeUndefined();
    expect(body.data.me.hoksit).toHaveLength(1);
  });
});

describe("the HTTP door", () => {
  it("refuses batched requests", async () => {
    const response = await fetch(service.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await service.token("oph")}` },
      body: JSON.stringify([{ query: "{ me { oid } }" }, { query: "{ me { oid } }" }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  it("refuses a cross-site GET without a preflight header, and mutations over GET", async () => {
    const token = await service.token("oph");
    const simpleGet = await fetch(`${service.gatewayUrl}?query=${encodeURIComponent("{ me { oid } }")}`, { headers: { authorization: `Bearer ${token}` } });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/i);
    const mutation = await fetch(`${service.gatewayUrl}?query=${encodeURIComponent('mutation { deleteHoks(id: "1") { id } }')}`, {
      headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
    });
    expect(mutation.status).toBe(405);
  });

  it("refuses a body over the size limit", async () => {
    const response = await fetch(service.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ me { oid } }`, variables: { padding: "x".repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe("what the schema tells a stranger", () => {
  it("hides field suggestions", async () => {
    const { body } = await ask(`{ hoksi(id: 1) { id } }`);
    expect(codes(body)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(JSON.stringify(body)).not.toMatch(/did you mean/i);
  });

  it("turns introspection and Sandbox off in production", async () => {
    const url = `${production.url}/graphql`;
    const introspection = await postGraphQL(url, `{ __schema { types { name } } }`, { token: await service.token("oph") });
    expect(introspection.body.data).toBeUndefined();
    expect(JSON.stringify(introspection.body)).toMatch(/introspection/i);
    const anonymous = await postGraphQL(url, `{ __schema { queryType { name } } }`);
    expect(anonymous.body.data).toBeUndefined();
    const landing = await fetch(url, { headers: { accept: "text/html" } });
    expect(await landing.text()).not.toMatch(/sandbox/i);
  });
});

describe("rate limiting per caller", () => {
  it("answers 429 with Retry-After once a caller's burst is spent, and leaves other callers alone", async () => {
    const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, rateLimit: { burst: 3, perSecond: 0.5 } });
    const server = await listen(gateway.routes, 0);
    try {
      const url = `${server.url}/graphql`;
      const greedy = await service.token({ sub: "1.2.246.562.24.10000000099", role: "student" });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await postGraphQL(url, `{ me { oid } }`, { token: greedy })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${greedy}` }, body: JSON.stringify({ query: "{ me { oid } }" }) });
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(codes((await refused.json()) as Parameters<typeof codes>[0])).toEqual(["TOO_MANY_REQUESTS"]);
      const rest = await fetch(`${server.url}/api/v1/hoks/1`, { headers: { authorization: `Bearer ${greedy}` } });
      expect(rest.status).toBe(429);
      expect((await postGraphQL(url, `{ me { oid } }`, { token: await service.token("aino") })).status).toBe(200);
    } finally {
      await server.close();
      await gateway.stop();
    }
  });
});

describe("NUL characters and media types", () => {
  const send = async (body: string, contentType = "application/json") =>
    fetch(service.gatewayUrl, { method: "POST", headers: { "content-type": contentType, authorization: `Bearer ${await service.token("oph")}` }, body });

  it("refuses a real NUL in a variable or a GraphQL escape of one, but not text that merely spells \\u0000", async () => {
    const variables = (x: string) => JSON.stringify({ query: "query ($x: String!) { hoksByOpiskeluoikeus(opiskeluoikeusOid: $x) { id } }", variables: { x } });
    expect((await send(variables("a\u0000b"))).status).toBe(400);
    expect((await send(JSON.stringify({ query: '{ hoksByOpiskeluoikeus(opiskeluoikeusOid: "a\\u0000b") { id } }' }))).status).toBe(400);
    expect((await send(variables("C:\\u0000dir"))).status).toBe(200);
  });

  it("reads the media type case-insensitively", async () => {
    expect((await send(JSON.stringify({ query: "{ me { oid } }" }), "APPLICATION/JSON")).status).toBe(200);
  });
});
