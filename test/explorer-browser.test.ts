/**
 * The explorer in a real headless Chromium, with every request to any origin but the gateway's
 * aborted and recorded (as on a machine with no internet): the page needs none, and for every
 * demo role and each of its example operations, picking them and pressing GraphiQL's run button
 * answers with data and no errors, under the page's strict Content-Security-Policy. A screenshot
 * per role goes to .data/screenshots/explorer/.
 */
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOperations } from "../gateway/operations.js";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import { launchBrowser } from "./support/browser.js";
import { startTestService, type TestService } from "./support/running-service.js";

const SCREENSHOTS = ".data/screenshots/explorer";

let service: TestService;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const elsewhere: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  service = await startTestService({ sharing: true, feedbackShowcase: true });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const origin = new URL(service.gatewayUrl).origin;
  // Offline: anything not from the gateway is refused, and remembered for the assertion below.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    elsewhere.push(url);
    return route.abort("internetdisconnected");
  });
  // The CSP's refusals, as page errors (Chromium also logs them to the console).
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP refused ${event.blockedURI} (${event.violatedDirective})`)),
  );
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`console: ${message.text()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** The text of one of GraphiQL's CodeMirror editors (query, variables, headers, result). */
function editorText(selector: string): Promise<string> {
  return page.evaluate((css) => {
    const element = document.querySelector(css) as (Element & { CodeMirror?: { getValue(): string } }) | null;
    return element?.CodeMirror?.getValue() ?? "";
  }, `${selector} .CodeMirror`);
}

async function pick(select: "#role" | "#operation", value: string): Promise<void> {
  await page.selectOption(select, value);
}

/** Waits until GraphiQL shows `document` in its query editor (a fresh one is mounted on each pick). */
async function waitForQuery(document: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const element = globalThis.document.querySelector(".graphiql-query-editor .CodeMirror") as (Element & { CodeMirror?: { getValue(): string } }) | null;
      return element?.CodeMirror?.getValue() === expected;
    },
    document,
    { timeout: 15_000 },
  );
}

async function runAndReadResult(): Promise<Record<string, unknown>> {
  await page.click(".graphiql-execute-button");
  await page.waitForFunction(
    () => {
      const element = document.querySelector(".result-window .CodeMirror") as (Element & { CodeMirror?: { getValue(): string } }) | null;
      return (element?.CodeMirror?.getValue() ?? "").includes('"data"') || (element?.CodeMirror?.getValue() ?? "").includes('"errors"');
    },
    undefined,
    { timeout: 20_000 },
  );
  return JSON.parse(await editorText(".result-window")) as Record<string, unknown>;
}

describe("the explorer in a browser with no internet", () => {
  it("opens at the GraphQL address with every demo role, and nothing outside the gateway is asked for", async () => {
    const response = await page.goto(service.gatewayUrl);
    expect(response?.status()).toBe(200);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    const roles = await page.$$eval("#role option", (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(roles.sort()).toEqual(Object.keys(DEMO_ROLES).sort());
    await page.waitForSelector(".graphiql-execute-button");
    expect(elsewhere).toEqual([]);
    // A reference to another origin that the CSP refused shows up here rather than as a request.
    expect(pageErrors).toEqual([]);
  });

  it.each(Object.keys(DEMO_ROLES))("runs each example of %s from the picker, with data and no errors", async (role) => {
    await pick("#role", role);
    expect(await page.textContent("#role-description")).toBe(DEMO_ROLES[role]!.description);
    const offered = (await page.$$eval("#operation option", (options) => options.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
    const examples = readOperations().filter((operation) => operation.role === role);
    expect(offered).toEqual(examples.map((operation) => operation.file));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      await pick("#operation", example.file);
      await waitForQuery(example.document);
      const result = await runAndReadResult();
      expect(result.errors, `${example.file}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      expect(Object.values(result.data as Record<string, unknown>).every((value) => value !== null), example.file).toBe(true);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/${role}.png` });
  }, 120_000);

  it("put each role's token, and the share-link holder's x-share-link, in the headers", async () => {
    for (const role of ["aino", "jaana"]) {
      await pick("#role", role);
      const example = readOperations().find((operation) => operation.role === role)!;
      await pick("#operation", example.file);
      await waitForQuery(example.document);
      const headers = await page.evaluate(() => {
        const editors = [...document.querySelectorAll(".graphiql-editor-tool .CodeMirror")] as (Element & { CodeMirror?: { getValue(): string } })[];
        return editors.map((e) => e.CodeMirror?.getValue() ?? "").find((text) => text.includes("Authorization")) ?? "";
      });
      const parsed = JSON.parse(headers) as Record<string, string>;
      expect(parsed.Authorization).toMatch(/^Bearer eyJ/);
      if (role === "jaana") expect(parsed["x-share-link"]).toBe(DEMO_ROLES.jaana!.headers!["x-share-link"]);
      else expect(parsed["x-share-link"]).toBeUndefined();
    }
  });

  it("needed nothing from elsewhere, and the page raised no error (nor a CSP violation)", () => {
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
