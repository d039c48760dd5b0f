/**
 * What the service logs when a request fails: through the running service (gateway and
 * subgraphs over real HTTP), with the database broken under the consents subgraph. The lines of
 * the failed request carry its id and their component, the failure is logged once, and no line
 * carries SQL, its parameters or a person's OID.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { IncomingMessage } from "node:http";
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { createGateway } from "../gateway/gateway.js";
import { apolloLogger } from "../subgraphs/shared/apollo-logger.js";
import { internalErrorLogging, maskError } from "../subgraphs/shared/errors.js";
import { graphqlRoute, listen, logScopeOf } from "../subgraphs/shared/http/http-server.js";
import { log, logTo } from "../subgraphs/shared/log.js";
import { freePort } from "./support/free-port.js";
import { startTestService, type TestService } from "./support/running-service.js";

const OID = /1\.2\.246\.562\.\d+\.\d+/;
const SQL = [/select /i, /insert into/i, /\$1/];

let service: TestService;
let lines: Record<string, unknown>[] = [];
let restoreLog: () => void;
const levelBefore = log.level;

beforeAll(async () => {
  service = await startTestService();
  log.level = "info";
  restoreLog = logTo({ write: (line: string) => lines.push(JSON.parse(line)) });
});
afterAll(async () => {
  restoreLog?.();
  log.level = levelBefore;
  await service?.close();
});

async function ask(query: string, requestId: string, gatewayUrl = service.gatewayUrl) {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await service.token("aino")}`, "x-request-id": requestId },
    body: JSON.stringify({ query }),
  });
  return { requestId: response.headers.get("x-request-id"), body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}


/** Lines are written when each server's answer finishes: wait for the gateway's access line. */
async function linesOf(requestId: string): Promise<Record<string, unknown>[]> {
  for (let i = 0; i < 50 && !lines.some((l) => l.reqId === requestId && l.component === "gateway" && l.msg === "request"); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return lines.filter((l) => l.reqId === requestId);
}

/**
 * Asks `{ ok }` of a one-field Apollo Server, masked and logging as ours do, behind our HTTP host
 * (component `probe`): the answer's text and the error lines logged while it was served.
 */
async function askProbe(options: { plugins?: ApolloServerPlugin<BaseContext>[]; context: (req: IncomingMessage) => Promise<BaseContext> }, requestId: string) {
  const server = new ApolloServer({ typeDefs: "type Query { ok: Boolean }", formatError: maskError, plugins: options.plugins, logger: apolloLogger("probe") });
  await server.start();
  const host = await listen([graphqlRoute({ server, context: options.context })], 0, "127.0.0.1", "probe");
  try {
    lines = [];
    const response = await fetch(`${host.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": requestId }, body: '{"query":"{ ok }"}' });
    const text = await response.text();
    for (let i = 0; i < 50 && !lines.some((l) => l.msg === "request"); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    return { text, errors: lines.filter((l) => l.level === 50) };
  } finally {
    await host.close();
    await server.stop();
  }
}

describe("logs of a failed request", () => {
  it("carry the request id and component on every line, the failure once, and no SQL, parameters or OIDs", async () => {
    // Break the consents subgraph's table: every read of a person's consents now fails in the database.
    await service.database.db.execute(sql`alter table consents.suostumus rename to suostumus_moved`);
    try {
      lines = [];
      // Two fields over the one broken table, for a student whose OID is the statement's parameter.
      const { requestId, body } = await ask(`{ me { oid first: suostumukset { id } second: suostumukset { tarkoitus } } }`, "logs-test-failing-1");
      expect(requestId).toBe("logs-test-failing-1");
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(body.errors!.every((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR")).toBe(true);

      const ofRequest = await linesOf(requestId!);
      if (process.env.SHOW_LINES) console.log(lines.map((l) => JSON.stringify(l)).join("\n"));
      // The gateway's and each subgraph's access line, told apart by component.
      const access = ofRequest.filter((l) => l.msg === "request");
      expect(access.map((l) => l.component).sort()).toEqual(expect.arrayContaining(["consents", "gateway", "persons"]));
      const errors = ofRequest.filter((l) => l.level === 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ component: "consents", reqId: requestId, err: { code: "42P01" } });
      expect(String((errors[0]!.err as { message: string }).message)).toContain("suostumus");

      for (const line of lines) {
        const text = JSON.stringify(line);
        expect(line.component, text).toEqual(expect.any(String));
        expect(text).not.toMatch(OID);
        for (const pattern of SQL) expect(text).not.toMatch(pattern);
        expect(text.length, text).toBeLessThan(2000);
      }
      // Every line written while the request ran belongs to it.
      expect(lines.filter((l) => l.reqId !== requestId)).toEqual([]);
    } finally {
      await service.database.db.execute(sql`alter table consents.suostumus_moved rename to suostumus`);
    }
  });

  it("from a subgraph that cannot be reached: the gateway logs it, once, with the request's id", async () => {
    const gateway = await createGateway({ keys: service.keys, subgraphUrls: { ...service.subgraphUrls, consents: `http://127.0.0.1:${await freePort()}/graphql` } });
    const server = await listen(gateway.routes, 0, "127.0.0.1", "gateway");
    try {
      lines = [];
      const { requestId, body } = await ask(`{ me { oid a: suostumukset { id } b: jakolinkit { id } } }`, "logs-test-unreachable-1", `${server.url}/graphql`);
      expect(body.errors?.length).toBeGreaterThan(0);
      const ofRequest = await linesOf(requestId!);
      if (process.env.SHOW_LINES) console.log(lines.map((l) => JSON.stringify(l)).join("\n"));
      const errors = ofRequest.filter((l) => l.level === 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ component: "gateway", reqId: requestId, err: { code: "ECONNREFUSED" } });
      for (const line of lines) expect(JSON.stringify(line)).not.toMatch(OID);
    } finally {
      await server.close();
      await gateway.stop();
    }
  });

  it("whose context could not be made (Apollo Server asks no plugin then): logged once, with the request's id, and masked", async () => {
    const { text, errors } = await askProbe({ context: async () => Promise.reject(new Error("connection to db-internal-7 refused")) }, "logs-test-context-1");
    expect(text).not.toContain("db-internal-7");
    expect(JSON.parse(text).errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ component: "probe", reqId: "logs-test-context-1", err: { message: expect.stringContaining("db-internal-7") } });
  });

  it("that broke Apollo Server's request pipeline (a plugin failing): logged once, with the request's id and the cause, and masked", async () => {
    const failingPlugin = {
      async requestDidStart(): Promise<never> {
        throw new Error("plugin lost db-internal-9");
      },
    };
    // As the subgraphs' and the gateway's contexts do, this one carries the request's log scope.
    const { text, errors } = await askProbe({ plugins: [internalErrorLogging, failingPlugin], context: async (req) => ({ logScope: logScopeOf(req) }) }, "logs-test-outside-1");
    expect(text).not.toContain("db-internal-9");
    expect(JSON.parse(text).errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ component: "probe", reqId: "logs-test-outside-1", err: { message: expect.stringContaining("db-internal-9") } });
  });

  it("Apollo's own lines: JSON under the server's component, scrubbed of SQL, parameters and OIDs", () => {
    lines = [];
    const apollo = apolloLogger("probe");
    apollo.warn("Failed query: select * from persons.henkilo where oid = $1\nparams: 1.2.246.562.24.10000000001");
    apollo.error("startupDidFail hook threw: Error: no route to 1.2.246.562.10.10000000002");
    apollo.error(new Error("Failed query: insert into audit.entry values ($1)"));
    expect(lines.map((l) => [l.level, l.component, l.source])).toEqual([
      [40, "probe", "apollo"],
      [50, "probe", "apollo"],
      [50, "probe", "apollo"],
    ]);
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(OID);
    for (const pattern of SQL) expect(text).not.toMatch(pattern);
    expect(lines[1]!.msg).toBe("startupDidFail hook threw: Error: no route to <oid>");
  });

  it("and a request that succeeds logs its access lines only", async () => {
    lines = [];
    const { requestId, body } = await ask(`{ me { oid suostumukset { id } } }`, "logs-test-fine-1");
    expect(body.errors).toBeUndefined();
    const ofRequest = await linesOf(requestId!);
    expect(ofRequest.filter((l) => l.level === 50)).toEqual([]);
    expect(ofRequest.every((l) => l.msg === "request")).toBe(true);
  });
});
