/**
 * The gateway's subgraph calls over kept-alive connections: a call that meets a connection the
 * subgraph has just closed is sent again on a fresh one, and only then; a call the subgraph
 * began to answer is never sent twice.
 */
import { createServer as createHttpServer } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { subgraphFetcher } from "../gateway/subgraph-fetcher.js";

const OK = 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\n{"ok":true}';

let server: Server | undefined;
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** A raw HTTP server: `onRequest` gets each request's socket and its ordinal on that socket. */
async function rawServer(onRequest: (socket: Socket, nthOnSocket: number, nthOverall: number) => void): Promise<{ url: string; requests: () => number }> {
  let overall = 0;
  server = createServer((socket) => {
    sockets.add(socket);
    let onThisSocket = 0;
    socket.on("data", (chunk) => {
      if (!chunk.toString("latin1").includes("\r\n\r\n")) return;
      onRequest(socket, ++onThisSocket, ++overall);
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/graphql`, requests: () => overall };
}

const call = { method: "POST", headers: { "content-type": "application/json" }, body: "{}" };

describe("the subgraph fetcher", () => {
  it("sends a call again on a fresh connection when the kept-alive one was closed under it", async () => {
    // The first request on every connection is answered; a second one finds the connection reset.
    const { url, requests } = await rawServer((socket, nth) => (nth === 1 ? socket.write(OK) : socket.resetAndDestroy()));
    const fetcher = subgraphFetcher(2000);
    expect(await (await fetcher(url, call)).json()).toEqual({ ok: true });
    expect(await (await fetcher(url, call)).json()).toEqual({ ok: true });
    expect(requests()).toBe(3);
  });

  it("sends it on a fresh connection when every pooled one was closed during a stall of the event loop", async () => {
    const subgraph = createHttpServer((req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'));
    });
    await new Promise<void>((resolve) => subgraph.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(subgraph.address() as { port: number }).port}/graphql`;
      const fetcher = subgraphFetcher(2000);
      await Promise.all([1, 2, 3].map(() => fetcher(url, call)));
      subgraph.closeIdleConnections();
      // The closes reach the kernel while the loop is busy: the pool still holds three dead connections.
      const until = Date.now() + 100;
      while (Date.now() < until);
      expect(await (await fetcher(url, call)).json()).toEqual({ ok: true });
    } finally {
      subgraph.closeAllConnections();
      subgraph.close();
    }
  });

  it("never sends twice a call whose answer had begun", async () => {
    const { url, requests } = await rawServer((socket, nth) => {
      if (nth === 1) return socket.write(OK);
      socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{");
      setTimeout(() => socket.resetAndDestroy(), 20);
    });
    const fetcher = subgraphFetcher(2000);
    await fetcher(url, call);
    await expect(fetcher(url, call)).rejects.toThrow();
    expect(requests()).toBe(2);
  });

  it("gives up on a subgraph that does not answer in time", async () => {
    const { url } = await rawServer(() => {});
    await expect(subgraphFetcher(200)(url, call)).rejects.toThrow(/200 ms/);
  });
});
