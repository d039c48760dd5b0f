/**
 * The named example operations (operations/*.graphql) run through the gateway as their demo
 * roles, so they never go stale; and the trusted-documents mode runs exactly those and nothing
 * else.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { readOperations } from "../gateway/operations.js";
import { documentHash, loadTrustedDocuments } from "../gateway/trusted-documents.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());

describe.each(readOperations())("operations/$file", ({ role, variables, document }) => {
  it(`runs as ${role} with data and no errors`, async () => {
    const { status, body } = await postGraphQL(service.gatewayUrl, document, { token: await service.token(role), variables });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data).every((value) => value !== null && !(Array.isArray(value) && value.length === 0))).toBe(true);
  });
});

describe("trusted documents", () => {
  it("`npm run trust` registers the operations, and the gateway then runs those alone", async () => {
    const manifest = join(mkdtempSync(join(tmpdir(), "ehoks-trust-")), "trusted.json");
    execFileSync("npx", ["tsx", "scripts/trust.ts", "--out", manifest], { stdio: "pipe" });
    const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, trustedDocuments: loadTrustedDocuments(manifest), rateLimit: { burst: 1000, perSecond: 1000 } });
    const server = await listen(gateway.routes, 0);
    try {
      const url = `${server.url}/graphql`;
      const operation = readOperations().find((o) => o.file === "student-my-plans.graphql");
      const token = await service.token("aino");
      const post = (body: unknown) =>
        fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
      const byId = await post({ documentId: `sha256:${documentHash(operation!.document)}` });
      expect(byId.status).toBe(200);
      expect(byId.body.data.me.oid).toBeTruthy();
      const byApqHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(operation!.document) } } });
      expect(byApqHash.body.data.me.oid).toBeTruthy();
      expect((await post({ query: operation!.document })).status).toBe(200);
      const adHoc = await post({ query: "{ me { oid } }" });
      expect(adHoc.status).toBe(400);
      expect(adHoc.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
      expect((await post({ documentId: "sha256:" + "0".repeat(64) })).status).toBe(400);
    } finally {
      await server.close();
      await gateway.stop();
    }
  });
});
