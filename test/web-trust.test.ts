/**
 * The web app's operations are trusted documents: `npm run trust` registers every one of them, and
 * a gateway in TRUSTED_DOCUMENTS mode with that manifest accepts each exactly as the app sends it
 * (the generated document's text) while refusing anything else.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { loadTrustedDocuments } from "../gateway/trusted-documents.js";
import { listen, type RunningServer } from "../subgraphs/shared/http/http-server.js";
import { webAppDocuments } from "../scripts/trust.js";
import { startTestService, type TestService } from "./support/running-service.js";

const WEB_OPERATIONS = new URL("../web/src/operations/", import.meta.url).pathname;

let service: TestService;
let server: RunningServer;
let stopGateway: () => Promise<void>;
let manifest: Record<string, string>;

beforeAll(async () => {
  service = await startTestService();
  const file = join(mkdtempSync(join(tmpdir(), "ehoks-web-trust-")), "trusted.json");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/trust.ts", "--out", file], { stdio: "pipe" });
  manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, trustedDocuments: loadTrustedDocuments(file), production: true });
  server = await listen(gateway.routes, 0);
  stopGateway = () => gateway.stop();
});

afterAll(async () => {
  await server?.close();
  await stopGateway?.();
  await service?.close();
});

const operationName = (text: string) => parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;

/** Every operation written under web/src/operations. */
const written = readdirSync(WEB_OPERATIONS)
  .filter((f) => f.endsWith(".graphql"))
  .map((f) => operationName(readFileSync(join(WEB_OPERATIONS, f), "utf8")))
  .filter((name): name is string => Boolean(name))
  .sort();

async function send(query: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await service.token("aino")}` },
    body: JSON.stringify({ query, variables: {} }),
  });
  return { status: response.status, body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] } };
}

describe("the web app's documents are trusted", () => {
  it("npm run trust registers every operation of web/src/operations, with its fragments", () => {
    const registered = Object.values(manifest).map(operationName).filter(Boolean);
    expect(written.length).toBeGreaterThan(10);
    for (const name of written) expect(registered, name).toContain(name);
    for (const text of webAppDocuments()) expect(Object.values(manifest)).toContain(text);
  });

  it.each(webAppDocuments().map((text) => [operationName(text)!, text]))("a trusted gateway accepts %s as the app sends it", async (_name, text) => {
    const { body } = await send(text);
    const codes = (body.errors ?? []).map((e) => e.extensions?.code);
    expect(codes).not.toContain("PERSISTED_QUERY_NOT_FOUND");
  });

  it("and refuses an operation the app does not send", async () => {
    const { status, body } = await send("query Other { me { oid sukunimi } }");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});
