/**
 * The named example operations (operations/*.graphql) run through the gateway as their demo
 * roles, with their headers (the share-link holder's x-share-link), over the demo world as
 * `npm start` has it (Aino's consent and share link and the feedback showcase included), so they
 * never go stale; every demo role has at least one; and the trusted-documents mode runs exactly
 * those and nothing else.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { parseOperation, readOperations } from "../gateway/operations.js";
import { documentHash, loadTrustedDocuments } from "../gateway/trusted-documents.js";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ sharing: true, feedbackShowcase: true });
});
afterAll(() => service.close());

async function run(role: string, document: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(service.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await service.token(role)}`, ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

describe.each(readOperations())("operations/$file", ({ role, variables, headers, document }) => {
  it(`runs as ${role} with data and no errors`, async () => {
    expect(Object.keys(DEMO_ROLES), "a demo role").toContain(role);
    const { status, body } = await run(role, document, variables, headers);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(Object.values(body.data!).every((value) => value !== null && !(Array.isArray(value) && value.length === 0))).toBe(true);
  });
});

describe("the examples as a whole", () => {
  it("give every demo role at least one operation, and say what each does", () => {
    const operations = readOperations();
    const roles = new Set(operations.map((o) => o.role));
    expect(Object.keys(DEMO_ROLES).filter((role) => !roles.has(role))).toEqual([]);
    for (const operation of operations) expect(operation.description, operation.file).not.toBe("");
  });

  it("read headers, variables and runs lines, and name the file of a bad one", () => {
    const parsed = parseOperation("x.graphql", '# role: jaana\n# runs: once\n# headers: {"x-share-link": "abc"}\n# Reads a link.\n{ jaettuModuuli { kohdeTyyppi } }\n');
    expect(parsed).toMatchObject({ role: "jaana", once: true, headers: { "x-share-link": "abc" }, variables: {}, description: "Reads a link." });
    expect(() => parseOperation("bad.graphql", "# headers: {nope\n{ me { oid } }")).toThrow(/operations\/bad\.graphql: the "# headers:" line is not JSON/);
    expect(() => parseOperation("bad.graphql", '# headers: {"x": 1}\n{ me { oid } }')).toThrow(/operations\/bad\.graphql: header x must be a string/);
    expect(() => parseOperation("bad.graphql", "# runs: twice\n{ me { oid } }")).toThrow(/operations\/bad\.graphql/);
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
