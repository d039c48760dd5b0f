/**
 * What a caller gets when a part behind the edge fails (security-and-performance.md, "Federation
 * pitfalls"): a subgraph that is down, one that stalls, one that refuses the gateway's call, and
 * a database whose connections are cut. The answer is HTTP 200 with the data the healthy parts
 * gave, plus a masked error, within the subgraph timeout, and it never names a host, a port, a
 * socket error, a stack frame or SQL. Nothing is restarted to recover.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { type AddressInfo, type Socket } from "node:net";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { generateTokenKeys } from "../subgraphs/shared/auth/keys.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { startSubgraph } from "../subgraphs/shared/subgraph-server.js";
import { internalDetails } from "./support/failure-leaks.js";
import { freePort } from "./support/free-port.js";
import { postGraphQL, startTestService, type GraphQLResponse, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());

/** A second gateway over the running service's subgraphs, with some subgraphs pointed elsewhere. */
async function gatewayWith(urls: Partial<TestService["subgraphUrls"]>, subgraphTimeoutMs: number) {
  const gateway = await createGateway({ keys: service.keys, subgraphUrls: { ...service.subgraphUrls, ...urls }, subgraphTimeoutMs });
  const server = await listen(gateway.routes, 0);
  return {
    url: `${server.url}/graphql`,
    async close() {
      await server.close();
      await gateway.stop();
    },
  };
}


const codes = (body: GraphQLResponse["body"]) => (body.errors ?? []).map((e) => e.extensions?.code);
const MASKED_CODES = ["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE", "GATEWAY_TIMEOUT", "DOWNSTREAM_SERVICE_ERROR"];

/** Every error is masked, and the whole text names nothing internal. */
function expectMaskedFailure(response: GraphQLResponse, alsoForbidden: (string | RegExp)[] = []) {
  expect(response.status).toBe(200);
  expect(response.body.errors?.length ?? 0).toBeGreaterThan(0);
  for (const code of codes(response.body)) expect(MASKED_CODES).toContain(code);
  for (const error of response.body.errors ?? []) expect(error.message).toBe("Internal server error");
  expect(internalDetails(response.text, { alsoForbidden })).toEqual([]);
}

/**
 * Spans persons (`me`), hoks (`hoks`) and consents (`oppija.suostumukset`). `hoks` is nullable,
 * so a consents failure empties only it: `me` still comes from persons.
 */
const spanning = () => `{ me { etunimet } hoks(id: ${service.database.planIds.full}) { id oppija { suostumukset { id } } } }`;
/**
 * The brief's query. `Henkilo.suostumukset` is `[Suostumus!]!`, so when consents fails the null
 * travels up to the nullable `me` and `etunimet` goes with it (GraphQL's null propagation).
 */
const meWithConsents = `{ me { etunimet suostumukset { id } } }`;

describe("a subgraph that is down", () => {
  let port: number;
  let gateway: Awaited<ReturnType<typeof gatewayWith>>;
  beforeAll(async () => {
    port = await freePort();
    gateway = await gatewayWith({ consents: `http://127.0.0.1:${port}/graphql` }, 1000);
  });
  afterAll(() => gateway?.close());

  it("the healthy service answers the spanning query without errors (the baseline)", async () => {
    const { status, body } = await postGraphQL(service.gatewayUrl, spanning(), { token: await service.token("aino") });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ me: { etunimet: "Aino Maria" }, hoks: { id: String(service.database.planIds.full), oppija: { suostumukset: [] } } });
  });

  it("answers 200 with what persons and hoks gave and a masked error, naming neither the address nor the socket error", async () => {
    const response = await postGraphQL(gateway.url, spanning(), { token: await service.token("aino") });
    expectMaskedFailure(response, [String(port)]);
    expect(response.body.data).toEqual({ me: { etunimet: "Aino Maria" }, hoks: null });
  });

  it("answers the brief's `me { etunimet suostumukset }` with 200, a masked error and no internal detail", async () => {
    const response = await postGraphQL(gateway.url, meWithConsents, { token: await service.token("aino") });
    expectMaskedFailure(response, [String(port)]);
    // `me` is null here (see meWithConsents); if `suostumukset` ever becomes nullable, etunimet stays.
    const me = response.body.data?.me;
    expect(me === null || me?.etunimet === "Aino Maria").toBe(true);
  });

  it("keeps serving what does not touch the dead subgraph", async () => {
    const { status, body } = await postGraphQL(gateway.url, `{ me { etunimet hoksit { id } } }`, { token: await service.token("aino") });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.me).toEqual({ etunimet: "Aino Maria", hoksit: [{ id: String(service.database.planIds.full) }] });
  });

  it("masks a mutation routed to the dead subgraph the same way", async () => {
    const mutation = `mutation { revokeConsent(id: "1") { id } }`;
    const response = await postGraphQL(gateway.url, mutation, { token: await service.token("aino") });
    expectMaskedFailure(response, [String(port)]);
    expect(response.body.data ?? null).toBeNull();
  });
});

/** A server that accepts connections and requests and never finishes an answer. */
class StallingServer {
  readonly sockets = new Set<Socket>();
  requests = 0;
  private server!: Server;
  url = "";

  /** `headersFirst`: send the status line and half a body, then stall. */
  constructor(private readonly headersFirst: boolean) {}

  async start(): Promise<this> {
    this.server = createHttpServer((req, res) => {
      this.requests += 1;
      req.resume();
      if (this.headersFirst) {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"data":{"_entities":[');
      }
    });
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
    return this;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe("a subgraph that stalls", () => {
  const silent = new StallingServer(false);
  const halfAnswer = new StallingServer(true);
  let silentGateway: Awaited<ReturnType<typeof gatewayWith>>;
  let halfAnswerGateway: Awaited<ReturnType<typeof gatewayWith>>;
  beforeAll(async () => {
    await silent.start();
    await halfAnswer.start();
    silentGateway = await gatewayWith({ consents: silent.url }, 500);
    halfAnswerGateway = await gatewayWith({ consents: halfAnswer.url }, 500);
  });
  afterAll(async () => {
    await silentGateway?.close();
    await halfAnswerGateway?.close();
    await silent.close();
    await halfAnswer.close();
  });

  const timed = async (url: string, query: string) => {
    const token = await service.token("aino");
    const started = performance.now();
    const response = await postGraphQL(url, query, { token });
    return { response, elapsed: performance.now() - started };
  };

  it("gives up after the timeout: partial data and a masked error within 3 s", async () => {
    const { response, elapsed } = await timed(silentGateway.url, spanning());
    expect(silent.requests).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(3000);
    expectMaskedFailure(response, [new URL(silent.url).port]);
    expect(response.body.data).toEqual({ me: { etunimet: "Aino Maria" }, hoks: null });
  });

  it("answers the brief's `me { etunimet suostumukset }` within 3 s, masked", async () => {
    const { response, elapsed } = await timed(silentGateway.url, meWithConsents);
    expect(elapsed).toBeLessThan(3000);
    expectMaskedFailure(response, [new URL(silent.url).port]);
  });

  it("also gives up on a subgraph that sent its headers and half a body", async () => {
    const { response, elapsed } = await timed(halfAnswerGateway.url, spanning());
    expect(halfAnswer.requests).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(3000);
    expectMaskedFailure(response, [new URL(halfAnswer.url).port]);
    expect(response.body.data).toEqual({ me: { etunimet: "Aino Maria" }, hoks: null });
  });

  it("times out each of several concurrent requests, not one after another", async () => {
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 6 }, () => timed(silentGateway.url, spanning())));
    expect(performance.now() - started).toBeLessThan(3000);
    for (const { response } of results) {
      expectMaskedFailure(response, [new URL(silent.url).port]);
      expect(response.body.data.me).toEqual({ etunimet: "Aino Maria" });
    }
  });
});

/**
 * A subgraph that answers the gateway's call with 401 or 403: its keys were rotated apart from
 * the gateway's (or the caller's token expired between the gateway's check and the subgraph's),
 * or a proxy in front of it refuses. @apollo/gateway turns such an answer into an error coded
 * UNAUTHENTICATED / FORBIDDEN whose `extensions.response` carries the subgraph's URL, status and
 * body; those codes are public, so the mask must still drop what the extensions carry.
 */
describe("a subgraph that refuses the gateway's call", () => {
  it("does not pass on the subgraph's URL or body when the subgraph's keys differ (401)", async () => {
    const rotated = await startSubgraph(
      SUBGRAPHS.consents,
      { db: service.database.db, clock: service.clock, keys: await generateTokenKeys(), audit: service.audit },
      0,
    );
    const gateway = await gatewayWith({ consents: `${rotated.url}/graphql` }, 1000);
    try {
      const response = await postGraphQL(gateway.url, spanning(), { token: await service.token("aino") });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({ me: { etunimet: "Aino Maria" }, hoks: null });
      expect(internalDetails(response.text, { alsoForbidden: [String(rotated.port)] })).toEqual([]);
    } finally {
      await gateway.close();
      await rotated.close();
    }
  });

  it("does not pass on a refusing proxy's URL or body (403)", async () => {
    const proxy = createHttpServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(403, { "content-type": "text/plain" });
        res.end("denied by ingress-7 at 10.20.30.40");
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const port = (proxy.address() as AddressInfo).port;
    const gateway = await gatewayWith({ consents: `http://127.0.0.1:${port}/graphql` }, 1000);
    try {
      const response = await postGraphQL(gateway.url, spanning(), { token: await service.token("aino") });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({ me: { etunimet: "Aino Maria" }, hoks: null });
      expect(internalDetails(response.text, { alsoForbidden: [String(port), "10.20.30.40", "ingress-7"] })).toEqual([]);
    } finally {
      await gateway.close();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});

/** What a broken subgraph (or whatever stands at its address) might answer. */
const BROKEN_ANSWERS: { what: string; status: number; contentType: string; body: string }[] = [
  { what: "a proxy's HTML error page", status: 502, contentType: "text/html", body: "<h1>502 Bad Gateway</h1><p>nginx at 10.20.30.40:8080</p>" },
  { what: "a 500 with a stack trace", status: 500, contentType: "text/plain", body: "Error: boom\n    at handler (/srv/app/node_modules/x.js:1:1)" },
  { what: "a JSON error without a code", status: 503, contentType: "application/json", body: '{"errors":[{"message":"db.internal:5432 connection refused"}]}' },
  { what: "200 with text that is not JSON", status: 200, contentType: "text/plain", body: "ECONNRESET from 10.20.30.40" },
  { what: "200 with JSON that is not an object", status: 200, contentType: "application/json", body: "[1,2,3]" },
  { what: "200 with `errors` that is not a list", status: 200, contentType: "application/json", body: '{"data":null,"errors":"select * from hoks.hoks failed"}' },
  { what: "200 with `data` of the wrong shape", status: 200, contentType: "application/json", body: '{"data":{"_entities":"nope"}}' },
  { what: "200 with truncated JSON", status: 200, contentType: "application/json", body: '{"data":{"_entities":[{"__typename":"Henk' },
];

describe("a subgraph that answers garbage", () => {
  for (const answer of BROKEN_ANSWERS) {
    it(`masks ${answer.what}, keeps the rest of the data, and leaks nothing`, async () => {
      const stub = createHttpServer((req, res) => {
        req.resume();
        req.on("end", () => {
          res.writeHead(answer.status, { "content-type": answer.contentType });
          res.end(answer.body);
        });
      });
      await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
      const port = (stub.address() as AddressInfo).port;
      const gateway = await gatewayWith({ consents: `http://127.0.0.1:${port}/graphql` }, 1000);
      try {
        const response = await postGraphQL(gateway.url, spanning(), { token: await service.token("aino") });
        expectMaskedFailure(response, [String(port), "10.20.30.40", "db.internal", "nginx", "/srv/app"]);
        expect(response.body.data).toEqual({ me: { etunimet: "Aino Maria" }, hoks: null });
      } finally {
        await gateway.close();
        await new Promise<void>((resolve) => stub.close(() => resolve()));
      }
    });
  }
});

// Only a real PostgreSQL has connections to lose: the suite exists only in the DATABASE_URL run.
if (process.env.DATABASE_URL) {
  describe("the database connection is lost", () => {
    /** A connection of our own to the test database, outside the service's pool. */
    let admin: postgres.Sql;
    beforeAll(() => {
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${service.database.name}`;
      admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
    });
    afterAll(() => admin?.end({ timeout: 5 }));

    /** Terminates every other backend of the test database; answers how many. */
    const terminateAll = async () => {
      const rows = await admin`select pg_terminate_backend(pid) as terminated from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`;
      return rows.filter((r) => r.terminated).length;
    };

    // Touches all three subgraphs' tables.
    const everything = `{ me { etunimet hoksit { id hankittavatAmmatTutkinnonOsat { tutkinnonOsaKoodiUri } } suostumukset { id } jakolinkit { id } opiskeluoikeudet { oid } } }`;
    const expectHealthy = (response: GraphQLResponse) => {
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.me.etunimet).toBe("Aino Maria");
      expect(response.body.data.me.hoksit).toHaveLength(1);
    };
    const hostOf = new URL(process.env.DATABASE_URL ?? "postgres://x").hostname;

    /** Asks until an answer is healthy; every answer on the way is checked for internal detail. */
    async function recover(token: string, attempts = 20) {
      const seen: GraphQLResponse[] = [];
      for (let i = 0; i < attempts; i++) {
        const response = await postGraphQL(service.gatewayUrl, everything, { token });
        seen.push(response);
        expect(response.status, response.text).toBeLessThan(500);
        expect(internalDetails(response.text, { alsoForbidden: [hostOf, service.database.name] })).toEqual([]);
        if (!response.body.errors) return { response, seen };
        for (const code of codes(response.body)) expect(MASKED_CODES).toContain(code);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`not recovered after ${attempts} attempts: ${seen.at(-1)?.text}`);
    }

    it("recovers on its own after every backend of the database is terminated", async () => {
      const token = await service.token("aino");
      // Warm the pool, so that there are connections to cut.
      await Promise.all(Array.from({ length: 4 }, async () => expectHealthy(await postGraphQL(service.gatewayUrl, everything, { token }))));
      expect(await terminateAll()).toBeGreaterThan(0);
      const { response, seen } = await recover(token);
      expectHealthy(response);
      expect(seen.length).toBeLessThanOrEqual(3);
    });

    it("recovers when the connections are cut while requests are in flight", async () => {
      const token = await service.token("aino");
      const inFlight = Array.from({ length: 8 }, () => postGraphQL(service.gatewayUrl, everything, { token }));
      await new Promise((resolve) => setTimeout(resolve, 5));
      await terminateAll();
      for (const response of await Promise.all(inFlight)) {
        expect(response.status, response.text).toBeLessThan(500);
        expect(internalDetails(response.text, { alsoForbidden: [hostOf, service.database.name] })).toEqual([]);
        if (response.body.errors) for (const code of codes(response.body)) expect(MASKED_CODES).toContain(code);
      }
      expectHealthy((await recover(token)).response);
    });

    it("a write after the cut either fails masked or succeeds, and the next one succeeds", async () => {
      const token = await service.token("aino");
      const create = `mutation { createConsent(input: { hoksId: "${service.database.planIds.full}", vastaanottaja: { yTunnus: "7654322-0" },
        osiot: [URASUUNNITELMA], tarkoitus: "Työnhaku", voimassaAlku: "2026-02-01", voimassaLoppu: "2026-06-30" }) { id } }`;
      await postGraphQL(service.gatewayUrl, everything, { token });
      await terminateAll();
      for (let i = 0; i < 10; i++) {
        const response = await postGraphQL(service.gatewayUrl, create, { token });
        expect(response.status, response.text).toBeLessThan(500);
        expect(internalDetails(response.text, { alsoForbidden: [hostOf, service.database.name] })).toEqual([]);
        if (!response.body.errors) {
          expect(response.body.data.createConsent.id).toBeTruthy();
          return;
        }
        for (const code of codes(response.body)) expect(MASKED_CODES).toContain(code);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error("the write never succeeded after the cut");
    });
  });
}
