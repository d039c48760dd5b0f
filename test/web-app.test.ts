/** The gateway's web-app route over real HTTP: types, caching, the SPA fallback, no traversal, security headers. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, webAppRoute } from "../gateway/web-app.js";
import { listen, type RunningServer } from "../subgraphs/shared/http/http-server.js";
import { movableClock } from "../subgraphs/shared/clock.js";

let dir: string;
let server: RunningServer;
let production: RunningServer;
const clock = movableClock("2026-02-01");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "web-app-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log(1)");
  writeFileSync(join(dir, "assets", "index-abc123.css"), "body{}");
  writeFileSync(join(tmpdir(), "web-app-secret.txt"), "secret");
  server = await listen([webAppRoute({ dir, production: false, oidc: null, clock })], 0);
  production = await listen([webAppRoute({ dir, production: true, clock, oidc: { issuer: "https://login.example.fi/realms/ehoks", clientId: "ehoks-web", redirectUri: "https://ehoks.example.fi/kirjautuminen", scope: "openid" } })], 0);
});

afterAll(async () => {
  await server.close();
  await production.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, base = server.url) => fetch(`${base}${path}`);

describe("web app route", () => {
  it("serves index.html at / and at the app's own paths, never cached", async () => {
    for (const path of ["/", "/oma", "/oma/suostumukset", "/opiskelijat/1.2.246.562.24.55500012349", "/jako", "/tyopaikka", "/suostumukset-minulle"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("<title>app</title>");
    }
  });

  it("serves hashed assets with their types, cached for a year", async () => {
    const js = await get("/assets/index-abc123.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const css = await get("/assets/index-abc123.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("leaves other paths to the routes after it (404 here), missing assets too", async () => {
    for (const path of ["/graphql", "/explorer", "/dev/roles", "/api/v1/hoks/1", "/healthz", "/oma/unknown", "/assets/missing.js", "/index.html.bak"]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it("reads nothing outside the build folder", async () => {
    for (const path of ["/assets/../../web-app-secret.txt", "/assets/%2e%2e/%2e%2e/web-app-secret.txt", "/assets/..%2f..%2fweb-app-secret.txt", "/assets/%00.js", "/assets/%E0%A4%A.js"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain("secret");
    }
  });

  it("sends a Content-Security-Policy without inline scripts, and the other security headers", async () => {
    const response = await get("/");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("tells the app how to sign in: demo roles in development, the OpenID provider in production", async () => {
    expect(await (await get("/app-config.json")).json()).toEqual({ devRoles: true, oidc: null, today: "2026-02-01", unitNames: false });
    const config = await (await get("/app-config.json", production.url)).json();
    expect(config).toEqual({ devRoles: false, oidc: { issuer: "https://login.example.fi/realms/ehoks", clientId: "ehoks-web", redirectUri: "https://ehoks.example.fi/kirjautuminen", scope: "openid" }, today: "2026-02-01", unitNames: false });
    // The token endpoint is fetched from the app, so the provider's origin is allowed to connect to.
    expect((await get("/", production.url)).headers.get("content-security-policy")).toContain("connect-src 'self' https://login.example.fi");
    expect(contentSecurityPolicy()).toContain("connect-src 'self';");
  });

  it("tells the app the service date from the service's clock, not the calendar, never cached", async () => {
    try {
      clock.set("2027-06-30");
      const response = await get("/app-config.json");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect((await response.json()).today).toBe("2027-06-30");
    } finally {
      clock.set("2026-02-01");
    }
    // Without a clock of its own (a bare route), the real date in Finland.
    const bare = await listen([webAppRoute({ dir, production: false, oidc: null })], 0);
    try {
      const today = ((await (await fetch(`${bare.url}/app-config.json`)).json()) as { today: string }).today;
      expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Math.abs(Date.parse(today) - Date.now())).toBeLessThan(2 * 86_400_000);
    } finally {
      await bare.close();
    }
  });

  it("answers 503 with a clear message when the app is not built", async () => {
    const empty = mkdtempSync(join(tmpdir(), "web-app-empty-"));
    const bare = await listen([webAppRoute({ dir: empty, production: false, oidc: null })], 0);
    try {
      const response = await fetch(`${bare.url}/`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: "The web app is not built: run npm run build:web" });
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
