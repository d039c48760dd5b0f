/**
 * Production sign-in: OpenID Connect authorization code flow with PKCE, in headless Chromium under
 * the gateway's real Content-Security-Policy (no bypass). A small provider on its own origin
 * stands in for the identity service: it checks the S256 challenge against the verifier the app
 * sends to its token endpoint and answers with a token the gateway accepts. The token ends up in
 * the tab's sessionStorage, never in localStorage.
 */
import { useSettings } from "../subgraphs/shared/config/settings.js";
import { createHash, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { buildWeb } from "../scripts/build-web.js";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { listen, type RunningServer } from "../subgraphs/shared/http/http-server.js";
import { launchBrowser } from "./support/browser.js";
import { startTestService, type TestService } from "./support/running-service.js";

const CLIENT_ID = "ehoks-web";
let service: TestService;
let provider: Server;
let providerUrl: string;
let gateway: RunningServer;
let stopGateway: () => Promise<void>;
let browser: Browser;
let buildDir: string;
const seen: { challenge?: string; verifierOk?: boolean; redirectUri?: string } = {};

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The identity provider's three endpoints, just enough of them for the code flow with PKCE. */
function startProvider(appOrigin: string): Promise<void> {
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  provider = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", providerUrl);
    res.setHeader("access-control-allow-origin", appOrigin);
    if (url.pathname === "/.well-known/openid-configuration") {
      res.setHeader("content-type", "application/json");
      return res.end(JSON.stringify({ issuer: providerUrl, authorization_endpoint: `${providerUrl}/authorize`, token_endpoint: `${providerUrl}/token` }));
    }
    if (url.pathname === "/authorize") {
      const p = url.searchParams;
      if (p.get("response_type") !== "code" || p.get("client_id") !== CLIENT_ID || p.get("code_challenge_method") !== "S256") {
        res.statusCode = 400;
        return res.end("bad authorization request");
      }
      seen.challenge = p.get("code_challenge")!;
      seen.redirectUri = p.get("redirect_uri")!;
      const code = randomUUID();
      codes.set(code, { challenge: seen.challenge, redirectUri: seen.redirectUri });
      res.statusCode = 302;
      res.setHeader("location", `${seen.redirectUri}?code=${code}&state=${encodeURIComponent(p.get("state")!)}`);
      return res.end();
    }
    if (url.pathname === "/token" && req.method === "POST") {
      let body = "";
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const issued = codes.get(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const s256 = createHash("sha256").update(verifier).digest("base64url");
      seen.verifierOk = Boolean(issued) && s256 === issued!.challenge && form.get("redirect_uri") === issued!.redirectUri && form.get("client_id") === CLIENT_ID;
      res.setHeader("content-type", "application/json");
      if (!seen.verifierOk) {
        res.statusCode = 400;
        return res.end(JSON.stringify({ error: "invalid_grant" }));
      }
      codes.delete(form.get("code")!);
      return res.end(JSON.stringify({ access_token: await mintToken(service.keys, DEMO_ROLES.aino!.claims, "5m"), token_type: "Bearer" }));
    }
    res.statusCode = 404;
    res.end();
  });
  return new Promise((resolve) => provider.listen(0, "127.0.0.1", () => {
    providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    resolve();
  }));
}

beforeAll(async () => {
  buildDir = mkdtempSync(join(tmpdir(), "web-build-oidc-"));
  await buildWeb(buildDir);
  service = await startTestService();
  const port = await freePort();
  const appOrigin = `http://127.0.0.1:${port}`;
  await startProvider(appOrigin);
  // A production gateway: no demo roles, sign-in through the provider the environment names.
  // The gateway reads them through the settings, parsed once a process: parsed again here, as a new process would.
  const environment = { WEB_APP_DIR: buildDir, OIDC_ISSUER: providerUrl, OIDC_CLIENT_ID: CLIENT_ID, OIDC_REDIRECT_URI: `${appOrigin}/kirjautuminen` };
  useSettings({ ...process.env, ...environment });
  const handle = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, production: true });
  useSettings(process.env);
  gateway = await listen(handle.routes, port);
  stopGateway = () => handle.stop();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  await stopGateway?.();
  await service?.close();
  await new Promise<void>((resolve) => (provider ? provider.close(() => resolve()) : resolve()));
  rmSync(buildDir, { recursive: true, force: true });
});

describe("production sign-in with OpenID Connect", () => {
  it("signs in through the provider with PKCE, under the real CSP, and keeps the token out of localStorage", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${gateway.url}/oma`);
    await page.waitForSelector("main h1");
    // Production: no demo roles, the provider's button instead.
    expect(await page.locator("button[data-role]").count()).toBe(0);
    await page.click("text=Kirjaudu sisään");
    await page.waitForURL(`${gateway.url}/oma`);
    await page.waitForSelector("text=Esimerkki Oy");
    expect(seen.verifierOk).toBe(true);
    expect(seen.redirectUri).toBe(`${gateway.url}/kirjautuminen`);
    expect(seen.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await page.locator(".who").innerText()).toContain("Aino Aaltonen");
    const storage = await page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: sessionStorage.getItem("ehoks.session") ?? "" }));
    expect(storage.local).not.toContain("eyJ");
    expect(storage.session).toContain("eyJ");
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);

  it("a callback that is not the answer to our own request signs nobody in", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${gateway.url}/kirjautuminen?code=forged&state=forged`);
    await page.waitForSelector("text=Kirjautuminen epäonnistui. Yritä uudelleen.");
    expect(await page.locator("nav.menu").count()).toBe(0);
    await context.close();
  });
});
