/**
 * The development explorer: GraphiQL served whole by the gateway (no CDN: it must work with no
 * internet), under a strict Content-Security-Policy, with the demo roles' tokens from /dev/roles
 * and the example operations by role. Production serves none of it. The browser side is
 * explorer-browser.test.ts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import type { DevRole } from "../gateway/explorer/dev-roles.js";
import { readOperations } from "../gateway/operations.js";
import { DEMO_ROLES, DEMO_SHARE_LINK_TOKEN } from "../scripts/demo/demo-roles.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ sharing: true });
});
afterAll(() => service.close());

const at = (path: string) => new URL(path, service.gatewayUrl).href;
const asBrowser = (url: string) => fetch(url, { headers: { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" } });
const assetPaths = (html: string) => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
const packageFile = (name: string, ...path: string[]) => join(dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), ...path);

describe("the explorer page", () => {
  it("is served at the GraphQL path to a browser, and at /explorer, with a strict CSP", async () => {
    for (const url of [service.gatewayUrl, at("/explorer")]) {
      const response = await asBrowser(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
      const html = await response.text();
      expect(html).toContain('id="graphiql"');
      // No inline script (the CSP would block it) and nothing from another origin.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toContain("EmbeddedSandbox");
      expect(html).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    }
  });

  it("leaves GraphQL itself alone: a POST and a GET for JSON still reach the graph", async () => {
    const token = await service.token("aino");
    expect((await postGraphQL(service.gatewayUrl, "{ me { oid } }", { token })).body.data.me.oid).toBe(DEMO_ROLES.aino!.claims.sub);
    const get = await fetch(`${service.gatewayUrl}?query=${encodeURIComponent("{ __typename }")}`, { headers: { accept: "application/json", authorization: `Bearer ${token}`, "apollo-require-preflight": "1" } });
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("the explorer's files", () => {
  const expected: Record<string, { type: string; file: string }> = {
    "react.production.min.js": { type: "text/javascript; charset=utf-8", file: packageFile("react", "umd", "react.production.min.js") },
    "react-dom.production.min.js": { type: "text/javascript; charset=utf-8", file: packageFile("react-dom", "umd", "react-dom.production.min.js") },
    "graphiql.min.js": { type: "text/javascript; charset=utf-8", file: packageFile("graphiql", "graphiql.min.js") },
    "graphiql.min.css": { type: "text/css; charset=utf-8", file: packageFile("graphiql", "graphiql.min.css") },
    "explorer-client.js": { type: "text/javascript; charset=utf-8", file: "gateway/explorer/explorer-client.js" },
    "explorer.css": { type: "text/css; charset=utf-8", file: "gateway/explorer/explorer.css" },
  };

  it("are the npm packages' own builds and ours, each with its type, at a versioned path cached for a year", async () => {
    const paths = assetPaths(await (await asBrowser(at("/explorer"))).text());
    expect(paths.map((p) => p.split("/").pop()).sort()).toEqual(Object.keys(expected).sort());
    for (const path of paths) {
      expect(path).toMatch(/^\/explorer\/assets\/[0-9a-f]{16}\/[\w.-]+$/);
      const { type, file } = expected[path.split("/").pop()!]!;
      const response = await fetch(at(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(file)), path).toBe(true);
    }
  });

  it("are the only files reachable: no other file of node_modules, no path traversal, no stale version", async () => {
    const [graphiql] = assetPaths(await (await asBrowser(at("/explorer"))).text()).filter((p) => p.endsWith("/graphiql.min.js"));
    const version = graphiql!.split("/")[3]!;
    for (const path of [
      `/explorer/assets/${version}/graphiql.min.js.map`,
      `/explorer/assets/${version}/package.json`,
      `/explorer/assets/${"0".repeat(16)}/graphiql.min.js`,
      `/explorer/assets/${version}/..%2F..%2F..%2Fpackage.json`,
      `/explorer/assets/${version}/%2e%2e/%2e%2e/package.json`,
      "/explorer/assets/../../package.json",
      "/explorer/assets/",
      "/node_modules/graphiql/graphiql.min.js",
      "/explorer/assets/graphiql.min.js",
    ]) {
      const response = await fetch(at(path));
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('"name"');
    }
  });

  it("load nothing from elsewhere: our script and style name no other origin", async () => {
    for (const file of ["gateway/explorer/explorer-client.js", "gateway/explorer/explorer.css"]) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    }
  });
});

describe("GET /explorer/operations", () => {
  it("offers every example operation with its role, description, variables and headers", async () => {
    const { operations } = (await (await fetch(at("/explorer/operations"))).json()) as { operations: ReturnType<typeof readOperations> };
    const files = readOperations();
    expect(operations).toEqual(files.map(({ file, role, description, document, variables, headers }) => ({ file, role, description, document, variables, headers })));
    expect(operations.find((o) => o.role === "jaana")!.headers).toEqual({ "x-share-link": DEMO_SHARE_LINK_TOKEN });
  });
});

describe("GET /dev/roles", () => {
  const rolesUrl = () => at("/dev/roles");
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

  it("gives the share-link holder a token and header that open the shared demonstration", async () => {
    const { roles } = (await (await fetch(rolesUrl())).json()) as { roles: DevRole[] };
    const jaana = roles.find((r) => r.name === "jaana")!;
    const response = await fetch(service.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${jaana.token}`, ...jaana.headers },
      body: JSON.stringify({ query: "{ jaettuModuuli { kohdeTyyppi hoks { oppija { etunimet } } } }" }),
    });
    expect(await response.json()).toEqual({ data: { jaettuModuuli: { kohdeTyyppi: "OSAAMISEN_OSOITTAMINEN", hoks: { oppija: { etunimet: "Aino Maria" } } } } });
  });
});

describe("in production, and without a signing key", () => {
  async function gatewayWith(options: { production: boolean; keys: TestService["keys"] }, check: (url: string) => Promise<void>) {
    const gateway = await createGateway({ ...options, subgraphUrls: service.subgraphUrls, explorerRoles: [{ name: "aino", ...DEMO_ROLES.aino! }] });
    const server = await listen(gateway.routes, 0);
    try {
      await check(server.url);
    } finally {
      await server.close();
      await gateway.stop();
    }
  }

  it("serves no explorer, no files, no examples and mints no tokens in production", async () => {
    const devPage = await (await asBrowser(at("/explorer"))).text();
    const [someAsset] = assetPaths(devPage);
    await gatewayWith({ production: true, keys: service.keys }, async (url) => {
      const page = await asBrowser(`${url}/graphql`);
      const html = await page.text();
      expect(html).not.toContain("graphiql");
      expect(html).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
      for (const path of ["/explorer", someAsset!, "/explorer/operations", "/dev/roles"]) {
        const response = await fetch(`${url}${path}`);
        expect(response.status, path).toBe(404);
        expect(await response.text()).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
      }
    });
  });

  it("has no /dev/roles without a signing key, while the explorer still opens (with your own token)", async () => {
    const { signingKey: _none, ...verifyOnly } = service.keys;
    await gatewayWith({ production: false, keys: verifyOnly }, async (url) => {
      expect((await fetch(`${url}/dev/roles`)).status).toBe(404);
      expect((await asBrowser(`${url}/explorer`)).status).toBe(200);
    });
  });
});
