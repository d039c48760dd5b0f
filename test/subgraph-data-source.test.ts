/**
 * The gateway's subgraph calls carry the read floor (gateway/subgraph-data-source.ts with
 * written-positions.ts): a write one caller made holds the next request of anyone else; a write
 * whose answer was lost sends reads to the primary; a partner's subgraph neither gets the floor nor
 * sets it. The subgraph here is a bare HTTP server that records what it was sent: what is under
 * test is what the gateway sends.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GatewayContext } from "../gateway/authentication.js";
import { ForwardingDataSource } from "../gateway/subgraph-data-source.js";
import { NO_FLOOR, WrittenPositions } from "../gateway/written-positions.js";
import { READ_FROM_PRIMARY } from "../drizzle/read-replicas.js";

const WINDOW_MS = 1000;
const sent: { query: string; floor: string | undefined }[] = [];
let subgraph: Server;
let url: string;

/** Answers a mutation with a commit position (or, for `mutation Lost`, drops the connection unanswered). */
function answer(request: IncomingMessage, body: string, response: import("node:http").ServerResponse) {
  const { query } = JSON.parse(body) as { query: string };
  sent.push({ query, floor: request.headers["x-ehoks-min-lsn"] as string | undefined });
  if (query.startsWith("mutation Lost")) return request.socket.destroy();
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (query.startsWith("mutation")) headers["x-ehoks-commit-lsn"] = "0/ABC";
  response.writeHead(200, headers).end(JSON.stringify({ data: { ok: true } }));
}

beforeAll(async () => {
  subgraph = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => answer(request, body, response));
  });
  await new Promise<void>((resolve) => subgraph.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => subgraph.close(resolve));
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A gateway's memory, past its first window (no process before it to worry about). */
async function settledPositions(): Promise<WrittenPositions> {
  const positions = new WrittenPositions(WINDOW_MS);
  await sleep(WINDOW_MS + 50);
  return positions;
}

/** One subgraph call of a gateway request (`context`), as the query planner makes it. */
async function call(source: ForwardingDataSource, query: string, context: GatewayContext = {} as GatewayContext): Promise<string | undefined> {
  await source.process({ kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION, request: { query }, context, incomingRequestContext: {} as never });
  return sent.at(-1)!.floor;
}

describe("the read floor on the gateway's subgraph calls", () => {
  it("holds anyone's next request to a write another caller made, and a follow-up fetch of the same request too", async () => {
    const positions = await settledPositions();
    const source = new ForwardingDataSource(url, 2000, true, positions);
    expect(await call(source, "{ before }")).toBe(NO_FLOOR);
    const writer = {} as GatewayContext;
    await call(source, "mutation { revoke }", writer);
    expect(await call(source, "{ followUp }", writer)).toBe("0/ABC");
    // Another request altogether (another caller, or none): the same floor.
    expect(await call(source, "{ recipient }")).toBe("0/ABC");
    await sleep(WINDOW_MS + 50);
    expect(await call(source, "{ later }")).toBe(NO_FLOOR);
    await positions.close();
  });

  it("sends reads to the primary for a window after a write whose answer was lost", async () => {
    const positions = await settledPositions();
    const source = new ForwardingDataSource(url, 2000, true, positions);
    await expect(call(source, "mutation Lost { revoke }")).rejects.toThrow();
    expect(await call(source, "{ next }")).toBe(READ_FROM_PRIMARY);
    await sleep(WINDOW_MS + 50);
    expect(await call(source, "{ later }")).toBe(NO_FLOOR);
    await positions.close();
  });

  it("neither sends the floor to a partner's subgraph nor takes one from it", async () => {
    const positions = await settledPositions();
    const partner = new ForwardingDataSource(url, 2000, false, positions);
    const ours = new ForwardingDataSource(url, 2000, true, positions);
    expect(await call(partner, "mutation { partnerWrite }")).toBeUndefined();
    expect(await call(ours, "{ next }")).toBe(NO_FLOOR);
    await expect(call(partner, "mutation Lost { partnerWrite }")).rejects.toThrow();
    expect(await call(ours, "{ next }")).toBe(NO_FLOOR);
    await positions.close();
  });
});
