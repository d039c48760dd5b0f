/**
 * Trusted-documents mode over HTTP, with the manifest `npm run trust` makes from operations/: a
 * registered operation runs when named by its id or sent as its text, also as the text arrives
 * after a shell, a Windows checkout or a client has been at it (final newline gone, CRLF, the
 * comment header dropped, reprinted); a text that is a different operation does not.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { readOperations, repeatable } from "../gateway/operations.js";
import { documentHash, loadTrustedDocuments } from "../gateway/trusted-documents.js";
import { listen, type RunningServer } from "../subgraphs/shared/http/http-server.js";
import { startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
let server: RunningServer;
let stopGateway: () => Promise<void>;
let manifest: Record<string, string>;
beforeAll(async () => {
  service = await startTestService({ sharing: true });
  const file = join(mkdtempSync(join(tmpdir(), "ehoks-trust-")), "trusted.json");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/trust.ts", "operations/", "--out", file], { stdio: "pipe" });
  manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, trustedDocuments: loadTrustedDocuments(file) });
  server = await listen(gateway.routes, 0);
  stopGateway = () => gateway.stop();
});
afterAll(async () => {
  await server?.close();
  await stopGateway?.();
  await service?.close();
});

async function post(role: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await service.token(role)}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } };
}

// Each runs many times here: not those whose second run answers differently (`# runs: once`).
const operations = readOperations().filter(repeatable);

describe.each(operations)("operations/$file", ({ role, variables, headers, document }) => {
  const text = () => manifest[`sha256:${documentHash(document)}`]!;

  it("is in the manifest as written", () => expect(text()).toBe(document));

  it.each([
    ["its text, exactly as in the manifest", (t: string) => t],
    ["its text without the final newline (a shell's $(cat …), jq -r)", (t: string) => t.replace(/\n$/, "")],
    ["its text with CRLF line ends", (t: string) => t.replace(/\n/g, "\r\n")],
    ["its text without the comment header", (t: string) => t.replace(/^#.*\n/gm, "")],
    ["its text as a client prints it", (t: string) => print(parse(t))],
  ])("runs when sent as %s", async (_, variant) => {
    const { status, body } = await post(role, { query: variant(text()), variables }, headers);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeDefined();
  });

  it("runs when named by id, with or without the sha256: prefix, and as a persisted-query hash", async () => {
    const hash = documentHash(document);
    for (const body of [{ documentId: `sha256:${hash}` }, { documentId: hash }, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }]) {
      const answer = await post(role, { ...body, variables }, headers);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
  });
});

describe("anything else", () => {
  const [first] = operations;

  it("is refused: another operation, even one field more, or a text that does not match the id sent", async () => {
    const widened = first!.document.replace(/\{/, "{ __typename ");
    for (const body of [
      { query: "{ me { oid } }" },
      { query: widened },
      { query: first!.document, documentId: `sha256:${documentHash(operations[1]!.document)}` },
      { documentId: `sha256:${"0".repeat(64)}` },
      { query: "not graphql at all {" },
    ]) {
      const { status, body: answer } = await post(first!.role, { ...body, variables: first!.variables });
      expect(status, JSON.stringify(body)).toBe(400);
      expect(answer.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    }
  });
});
