/** Health, readiness, request ids and draining, as an operator meets them. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, "");

describe("health and readiness", () => {
  it("every process is live and ready, and the gateway names its subgraphs without their addresses", async () => {
    for (const url of [service.gatewayUrl, ...Object.values(service.subgraphUrls)]) {
      expect((await fetch(`${base(url)}/healthz`)).status).toBe(200);
      expect((await fetch(`${base(url)}/readyz`)).status).toBe(200);
    }
    const text = await (await fetch(`${base(service.gatewayUrl)}/readyz`)).text();
    expect(JSON.parse(text)).toEqual({ status: "ready", checks: { hoks: "ok", persons: "ok", consents: "ok" } });
    expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});

describe("request ids", () => {
  it("answer with the caller's id when it is sensible, a new one otherwise", async () => {
    const kept = await fetch(`${base(service.gatewayUrl)}/healthz`, { headers: { "x-request-id": "trace-123" } });
    expect(kept.headers.get("x-request-id")).toBe("trace-123");
    const replaced = await fetch(`${base(service.gatewayUrl)}/healthz`, { headers: { "x-request-id": "bad id with spaces" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("shutdown", () => {
  it("lets a request in flight finish before the server closes", async () => {
    const server = await listen(
      [
        async (_req, res) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          res.end("done");
          return true;
        },
      ],
      0,
    );
    const inFlight = fetch(`${server.url}/slow`).then(async (r) => [r.status, await r.text()]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = server.close();
    expect(await inFlight).toEqual([200, "done"]);
    await closed;
    await expect(fetch(`${server.url}/slow`)).rejects.toThrow();
  });
});
