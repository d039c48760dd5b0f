/**
 * `npm run bench:web`: the web app's budgets, measured rather than timed.
 *
 * - First load: the JavaScript index.html loads (its module script and what that preloads),
 *   gzipped, against JS_BUDGET_KB.
 * - GraphQL requests per view, in headless Chromium against the whole service (demo world on an
 *   embedded PGlite), counting POSTs to /graphql: the view as a new tab's first page (its own query
 *   and the code names, koodistonNimet), reloaded (the tab keeps the code names: its query only),
 *   and reached by the menu inside the app (its query only).
 *
 * Prints a table and exits 1 when a budget is exceeded.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildWeb } from "../scripts/build-web.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { launchBrowser } from "../test/support/browser.js";
import { startTestService } from "../test/support/running-service.js";

const JS_BUDGET_KB = 90;
const REQUESTS_FIRST = 2;
const REQUESTS_FRESH = 1;
const REQUESTS_IN_APP = 1;

const VIEWS = [
  { role: "aino", path: "/oma", menu: "Omat suunnitelmat" },
  { role: "aino", path: "/oma/suostumukset", menu: "Suostumukset" },
  { role: "aino", path: "/oma/jakolinkit", menu: "Jakolinkit" },
  { role: "aino", path: "/oma/kayttoloki", menu: "Tietojeni käyttö" },
  { role: "ville", path: "/tyopaikka", menu: null },
  { role: "liisa", path: "/opiskelijat", menu: null },
  { role: "liisa", path: `/opiskelijat/${OIDS.aino}`, menu: null },
];

const dir = mkdtempSync(join(tmpdir(), "web-budget-"));
await buildWeb(dir);
const html = readFileSync(join(dir, "index.html"), "utf8");
const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
const jsBytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dir, src))).length, 0);
const jsKb = jsBytes / 1024;

process.env.WEB_APP_DIR = dir;
const service = await startTestService();
const origin = new URL(service.gatewayUrl).origin;
const browser = await launchBrowser();
const rows: { view: string; first: number; fresh: number; inApp: number | null }[] = [];
try {
  for (const view of VIEWS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let count = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/graphql") count++;
    });
    const settled = async () => {
      await page.waitForSelector("main h1");
      await page.waitForFunction(() => !document.querySelector(".state-loading"));
      await page.waitForLoadState("networkidle");
    };
    // Signed in, the tab's storage emptied of the code names: the view as a first page.
    await page.goto(`${origin}/`);
    await page.click(`button[data-role="${view.role}"]`);
    await settled();
    await page.evaluate(() => sessionStorage.removeItem("ehoks.codeNames"));
    count = 0;
    await page.goto(`${origin}${view.path}`);
    await settled();
    const first = count;
    count = 0;
    await page.reload();
    await settled();
    const fresh = count;
    let inApp: number | null = null;
    if (view.menu) {
      await page.goto(`${origin}/oma/kayttoloki`);
      await settled();
      if (view.path === "/oma/kayttoloki") await page.goto(`${origin}/oma`), await settled();
      count = 0;
      await page.click(`nav.menu >> text=${view.menu}`);
      await settled();
      inApp = count;
    }
    rows.push({ view: `${view.role} ${view.path}`, first, fresh, inApp });
    await context.close();
  }
} finally {
  await browser.close();
  await service.close();
  rmSync(dir, { recursive: true, force: true });
}

const failures: string[] = [];
if (jsKb > JS_BUDGET_KB) failures.push(`first-load JavaScript ${jsKb.toFixed(1)} KB gzipped > ${JS_BUDGET_KB} KB`);
console.log(`First load: ${scripts.length} script(s), ${jsKb.toFixed(1)} KB gzipped (budget ${JS_BUDGET_KB} KB)\n`);
console.log(`| view | GraphQL requests, first page of a tab (budget ${REQUESTS_FIRST}) | reloaded (budget ${REQUESTS_FRESH}) | by the menu (budget ${REQUESTS_IN_APP}) |`);
console.log("|---|---|---|---|");
for (const row of rows) {
  console.log(`| ${row.view} | ${row.first} | ${row.fresh} | ${row.inApp ?? "–"} |`);
  if (row.first > REQUESTS_FIRST) failures.push(`${row.view}: ${row.first} requests as a tab's first page`);
  if (row.fresh > REQUESTS_FRESH) failures.push(`${row.view}: ${row.fresh} requests reloaded`);
  if (row.inApp !== null && row.inApp > REQUESTS_IN_APP) failures.push(`${row.view}: ${row.inApp} requests by the menu`);
}
if (failures.length) {
  console.error(`\nOver budget:\n${failures.join("\n")}`);
  process.exit(1);
}
console.log("\nWithin budget.");
process.exit(0);
