/**
 * Stopping the HTTP host: requests in flight finish, and their kept-alive connections end with
 * them, so a stop does not wait out the keep-alive timeout (5 s) of a client that keeps its
 * connections open, as the gateway's subgraph fetcher does.
 */
import { Agent, request } from "node:http";
import { describe, expect, it } from "vitest";
import { listen, sendJson, type Route } from "../subgraphs/shared/http/http-server.js";

const slow: Route = async (_req, res) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  sendJson(res, 200, { ok: true });
  return true;
};

function get(url: string, agent: Agent): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
    })
      .on("error", reject)
      .end();
  });
}

describe("stopping the HTTP host", () => {
  it("finishes the request in flight and closes its kept-alive connection right after", async () => {
    const server = await listen([slow], 0);
    const agent = new Agent({ keepAlive: true });
    try {
      // A first request leaves a kept-alive connection behind; the second is in flight at close.
      expect((await get(`${server.url}/`, agent)).status).toBe(200);
      const inFlight = get(`${server.url}/`, agent);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = performance.now();
      const closed = server.close();
      expect(await inFlight).toMatchObject({ status: 200, body: '{"ok":true}' });
      await closed;
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      agent.destroy();
    }
  });

});
