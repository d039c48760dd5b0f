/**
 * The development explorer: the gateway's landing page offers each demo role with a working
 * token and that role's example operations, ready to run in Sandbox. Production has none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { readOperations } from "../gateway/operations.js";
import { DEMO_ROLES, DEMO_SHARE_LINK_TOKEN } from "../scripts/demo/demo-roles.js";
import type { DevRole } from "../gateway/explorer/dev-roles.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import type { ExplorerData } from "../gateway/explorer/explorer-html.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());

async function landingPage(url: string) {
  return fetch(url, { headers: { accept: "text/html" } });
}

function pageData(html: string): ExplorerData {
  const json = /const data = (.*);\n/.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!);
}

describe("the development explorer", () => {
  it("opens Sandbox with every demo role and a fresh token for each", async () => {
    const response = await landingPage(service.gatewayUrl);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("EmbeddedSandbox");
    const data = pageData(html);
    expect(data.roles.map((r) => r.name).sort()).toEqual(Object.keys(DEMO_ROLES).sort());
    for (const role of data.roles) {
      const { body } = await postGraphQL(service.gatewayUrl, `{ __typename }`, { token: role.token });
      expect(body.errors, role.name).toBeUndefined();
    }
  });

  it("offers each example operation under its role, and it runs with the page's token", async () => {
    const data = pageData(await (await landingPage(service.gatewayUrl)).text());
    expect(data.operations.map((o) => o.file).sort()).toEqual(readOperations().map((o) => o.file).sort());
    for (const operation of data.operations) {
      const token = data.roles.find((r) => r.name === operation.role)?.token;
      expect(token, operation.file).toBeTruthy();
      const { body } = await postGraphQL(service.gatewayUrl, operation.document, { token, variables: operation.variables });
      expect(body.errors, operation.file).toBeUndefined();
    }
  });

  it("keeps the page's data from breaking out of its script element", async () => {
    const html = await (await landingPage(service.gatewayUrl)).text();
    const script = html.slice(html.indexOf("const data = "));
    expect(script.slice(0, script.indexOf("\n"))).not.toMatch(/<\/script/i);
  });

  it("is not served in production, and mints no tokens there", async () => {
    const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, production: true, explorerRoles: [{ name: "aino", ...DEMO_ROLES.aino! }] });
    const server = await listen(gateway.routes, 0);
    try {
      const html = await (await landingPage(`${server.url}/graphql`)).text();
      expect(html).not.toContain("EmbeddedSandbox");
      expect(html).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    } finally {
      await server.close();
      await gateway.stop();
    }
  });
});

describe("GET /dev/roles", () => {
  const rolesUrl = () => new URL("/dev/roles", service.gatewayUrl).href;
  const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8"));

  it("lists every demo role with its description, a working fresh token and its extra headers", async () => {
    const response = await fetch(rolesUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const { roles } = (await response.json()) as { roles: DevRole[] };
    expect(roles.map((r) => r.name).sort()).toEqual(Object.keys(DEMO_ROLES).sort());
    for (const role of roles) {
      expect(Object.keys(role).sort(), role.name).toEqual(["description", "headers", "name", "token"]);
      expect(role.description).toBe(DEMO_ROLES[role.name]!.description);
      expect(claimsOf(role.token).iat).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) - 5);
      const { body } = await postGraphQL(service.gatewayUrl, `{ __typename }`, { token: role.token });
      expect(body.errors, role.name).toBeUndefined();
    }
    expect(roles.find((r) => r.name === "jaana")!.headers).toEqual({ "x-share-link": DEMO_SHARE_LINK_TOKEN });
    expect(roles.find((r) => r.name === "aino")!.headers).toEqual({});
  });

  it("mints new tokens on every call", async () => {
    const tokenOfAino = async () => ((await (await fetch(rolesUrl())).json()) as { roles: DevRole[] }).roles.find((r) => r.name === "aino")!.token;
    expect(await tokenOfAino()).not.toBe(await tokenOfAino());
  });

  it("is not there in production, nor without a signing key", async () => {
    const { signingKey: _none, ...verifyOnly } = service.keys;
    for (const options of [{ production: true, keys: service.keys }, { production: false, keys: verifyOnly }]) {
      const gateway = await createGateway({ ...options, subgraphUrls: service.subgraphUrls, explorerRoles: [{ name: "aino", ...DEMO_ROLES.aino! }] });
      const server = await listen(gateway.routes, 0);
      try {
        const response = await fetch(`${server.url}/dev/roles`);
        expect(response.status).toBe(404);
        expect(await response.text()).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
      } finally {
        await server.close();
        await gateway.stop();
      }
    }
  });
});
