/**
 * The web app in real headless Chromium against the whole running service (real HTTP, real
 * database): each role sees exactly its data, a student gives and revokes a consent and makes and
 * revokes a share link through the UI (and the recipient's view follows), axe-core finds no WCAG
 * 2.1 AA violations on any view in fi, sv or en, a whole student flow works with the keyboard
 * alone, every view reflows at 320 CSS px, and screenshots of each view in each language go to
 * .data/screenshots/web/ for a reviewer.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { composeSupergraph } from "../schema/composition.js";
import { buildWeb } from "../scripts/build-web.js";
import { DEMO_RECIPIENT_YTUNNUS, DEMO_ROLES, OIDS } from "../scripts/demo/demo-roles.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { SAMPLE_PARTNER_SDL, startSamplePartner } from "./partner/sample-partner.js";
import { ibm137, luhn } from "../subgraphs/shared/validation/identifiers.js";
import { launchBrowser } from "./support/browser.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SCREENSHOTS = join(process.cwd(), ".data", "screenshots", "web");
const LANGUAGES = ["fi", "sv", "en"] as const;

let service: TestService;
let browser: Browser;
let origin: string;
let buildDir: string;

beforeAll(async () => {
  // The app as the gateway serves it, built from the sources under test into a folder of its own.
  buildDir = mkdtempSync(join(tmpdir(), "web-build-"));
  await buildWeb(buildDir);
  process.env.WEB_APP_DIR = buildDir;
  // With the feedback showcase, for Sanni's open survey; its students study at a provider of their own.
  service = await startTestService({ feedbackShowcase: true });
  origin = new URL(service.gatewayUrl).origin;
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
  delete process.env.WEB_APP_DIR;
  rmSync(buildDir, { recursive: true, force: true });
});

async function newPage(options: { width?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  // bypassCSP only so that the test can inject axe-core; the app itself runs under the gateway's policy.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: options.width ?? 1100, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  return { context, page };
}

/** Waits until the view has its heading and nothing is loading. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector("main h1");
  await page.waitForFunction(() => !document.querySelector(".state-loading"), undefined, { timeout: 15_000 });
  // The code names arrive beside the view's own answer.
  await page.waitForLoadState("networkidle");
}

/**
 * Runs `act` and waits for the GraphQL answer it causes (its request body includes `requestIncludes`),
 * then for the view: until the new request starts, the old answer is on screen and looks ready.
 */
async function answeredAfter(page: Page, act: () => Promise<void>, requestIncludes: string): Promise<void> {
  const answered = page.waitForResponse((response) => response.url().includes("/graphql") && (response.request().postData() ?? "").includes(requestIncludes));
  await act();
  await answered;
  await ready(page);
}

async function signIn(page: Page, role: string, path = "/"): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.click(`button[data-role="${role}"]`);
  await page.waitForSelector("nav.menu");
  await ready(page);
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  await ready(page);
}

async function setLanguage(page: Page, language: (typeof LANGUAGES)[number]): Promise<void> {
  await page.click(`button[data-language="${language}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, language);
}

const mainText = (page: Page) => page.locator("main").innerText();

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  return violations;
}

describe("each role sees exactly its data", () => {
  it("Aino sees her plan, readable, with code names and dates in Finnish format", async () => {
    const { context, page } = await newPage();
    await signIn(page, "aino");
    expect(page.url()).toBe(`${origin}/oma`);
    const text = await mainText(page);
    expect(text).toContain("Oma eHOKS");
    expect(text).toContain("Koulutussopimus");
    expect(text).toContain("Esimerkki Oy");
    expect(text).toContain("Virta, Ville");
    expect(text).toContain("Työhyvinvointi ja ergonomia");
    expect(text).toContain("3.11.2025–27.2.2026");
    expect(text).not.toContain("osaamisenhankkimistapa_");
    await context.close();
  });

  it("Ville sees only his periods: his workplace, not Kaisa's period, no demonstration, the window until which he sees them", async () => {
    const { context, page } = await newPage();
    await signIn(page, "ville");
    expect(page.url()).toBe(`${origin}/tyopaikka`);
    const text = await mainText(page);
    expect(text).toContain("Esimerkki Oy");
    expect(text).toContain("3.11.2025–27.2.2026");
    expect(text).toContain("10.8.2026–18.12.2026");
    // The window: the last period's end + 90 days.
    expect(text).toContain("18.3.2027");
    // Ville reads someone else's plan: neutral headings, not the student's "how I study".
    expect(text).toContain("Osaamisen hankkiminen");
    expect(text).not.toContain("Miten ja missä opiskelen");
    for (const hidden of ["Toinen Oy", "Koski, Kaisa", "Ojala, Otto", "16.2.2026", "Työhyvinvointi", "Opiskelutaidot"]) expect(text).not.toContain(hidden);
    await context.close();
  });

  it("Otto (assessor) sees only the demonstration he assesses", async () => {
    const { context, page } = await newPage();
    await signIn(page, "otto");
    const text = await mainText(page);
    expect(text).toContain("Esimerkki Oy, kotihoito");
    expect(text).toContain("16.2.2026–20.2.2026");
    expect(text).toContain("Arviointi suullisesti kirjallisen sijaan");
    // The window: the demonstration's end + 90 days.
    expect(text).toContain("21.5.2026");
    for (const hidden of ["Virta, Ville", "Toinen Oy", "Koulutussopimus", "Työhyvinvointi"]) expect(text).not.toContain(hidden);
    await context.close();
  });

  it("Bertta sees nothing of Aino's", async () => {
    const { context, page } = await newPage();
    await signIn(page, "bertta");
    const texts = [await mainText(page)];
    for (const path of ["/oma/suostumukset", "/oma/jakolinkit", "/oma/kayttoloki"]) {
      await open(page, path);
      texts.push(await mainText(page));
    }
    // Aino's plan by her OID's page is not Bertta's either.
    await open(page, `/opiskelijat/${OIDS.aino}`);
    texts.push(await mainText(page));
    for (const text of texts) for (const hidden of ["Aaltonen", "Esimerkki Oy", "Virta, Ville", "Työhyvinvointi"]) expect(text).not.toContain(hidden);
    await context.close();
  });

  it("Liisa (provider staff) finds Aino by name and by OID and sees her plan labelled with its provider", async () => {
    const { context, page } = await newPage();
    await signIn(page, "liisa");
    expect(page.url()).toBe(`${origin}/opiskelijat`);
    await page.fill("#student-search", "aaltonen");
    await page.press("#student-search", "Enter");
    await page.click("text=Aino");
    await ready(page);
    expect(page.url()).toBe(`${origin}/opiskelijat/${OIDS.aino}`);
    const text = await mainText(page);
    expect(text).toContain("Suunnitelman laatija");
    expect(text).toContain("Esimerkki Oy");
    await open(page, "/opiskelijat");
    await page.fill("#student-search", OIDS.aino);
    await page.press("#student-search", "Enter");
    await ready(page);
    expect(page.url()).toBe(`${origin}/opiskelijat/${OIDS.aino}`);
    await context.close();
  });
});

describe("the student's open feedback survey", () => {
  it("Sanni sees hers above her plan, with its link and last day, in fi, sv and en; Aino, with none open, sees no such section", async () => {
    const { context, page } = await newPage();
    await signIn(page, "sanni");
    const expected = { fi: ["Palautekyselyt", "Vastaa aloituskyselyyn", "2.3.2026"], sv: ["Responsenkäter", "Svara på enkäten vid studiestarten", "2.3.2026"], en: ["Feedback surveys", "Answer the start-of-studies survey", "2.3.2026"] };
    for (const language of LANGUAGES) {
      await setLanguage(page, language);
      const section = page.locator("section.feedback-surveys");
      for (const words of expected[language]) expect(await section.innerText()).toContain(words);
      expect(await section.locator("a").getAttribute("href")).toBe("https://palaute.example/vastaa/demo-sanni-aloitus");
    }
    await context.close();

    const aino = await newPage();
    await signIn(aino.page, "aino");
    expect(await aino.page.locator("section.feedback-surveys").count()).toBe(0);
    await aino.context.close();
  });
});

describe("unit names from a curriculum partner composed in", () => {
  it("Aino's plan, and her instructor's view, name her unit by the partner's name through a gateway with the partner, and by its code without one", async () => {
    const partner = await startSamplePartner();
    const { supergraphSdl } = await composeSupergraph([{ name: "eperusteet", url: partner.url, sdl: SAMPLE_PARTNER_SDL }]);
    const explorerRoles = Object.entries(DEMO_ROLES).map(([name, role]) => ({ name, ...role }));
    const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, supergraphSdl, explorerRoles, clock: service.clock, rateLimit: { burst: 1e6, perSecond: 1e6 } });
    const server = await listen(gateway.routes, 0);
    try {
      const { context, page } = await newPage();
      await page.goto(`${server.url}/`);
      await page.click('button[data-role="aino"]');
      await page.waitForSelector("nav.menu");
      await ready(page);
      await page.waitForFunction(() => document.querySelector("main")?.textContent?.includes("Myynnin ja asiakaspalvelun perusteet"), undefined, { timeout: 15_000 });
      expect(await mainText(page)).toContain("Tutkinnon osa 106729: Myynnin ja asiakaspalvelun perusteet");
      await context.close();

      // Ville, the instructor of Aino's period in that unit, sees its name in his own view.
      const ville = await newPage();
      await ville.page.goto(`${server.url}/`);
      await ville.page.click('button[data-role="ville"]');
      await ville.page.waitForSelector("nav.menu");
      await ready(ville.page);
      await ville.page.waitForFunction(() => document.querySelector("main")?.textContent?.includes("Myynnin ja asiakaspalvelun perusteet"), undefined, { timeout: 15_000 });
      await ville.context.close();

      const plain = await newPage();
      await signIn(plain.page, "aino");
      const text = await mainText(plain.page);
      expect(text).toContain("Tutkinnon osa 106729");
      expect(text).not.toContain("Myynnin ja asiakaspalvelun perusteet");
      await plain.context.close();
    } finally {
      await server.close();
      await gateway.stop();
      await partner.stop();
    }
  });
});

describe("code values show by name, never raw", () => {
  it("the areas of common units and every other code of Aino's plan read as names in fi, sv and en", async () => {
    const { context, page } = await newPage();
    await signIn(page, "aino");
    const areaNames = { fi: "Viestintä ja vuorovaikutus äidinkielellä", sv: "Kommunikation och interaktion på modersmålet", en: "Communication and interaction in the mother tongue" };
    for (const language of LANGUAGES) {
      await setLanguage(page, language);
      const text = await mainText(page);
      expect(text).toContain(areaNames[language]);
      // No code value of the plan's code sets shows as itself.
      for (const raw of ["vvai", "koulutussopimus_", "oppisopimus_", "_0001", "_01", "ammatillisentutkinnonosanryhma"]) expect(text, `${language} ${raw}`).not.toContain(raw);
      expect(text).not.toMatch(/\b[a-z]+_[a-z0-9]+\b/);
    }
    await context.close();
  });
});

describe("plans of other providers are labelled with the provider that made them", () => {
  it("Harju, which trains Aino under procurement, sees her plan labelled as Rantala's", async () => {
    const { context, page } = await newPage();
    await signIn(page, "harju");
    await open(page, `/opiskelijat/${OIDS.aino}`);
    const text = await mainText(page);
    expect(text).toContain("Suunnitelman laatija: Rantalan koulutuskuntayhtymä");
    expect(text).toContain("Esimerkki Oy");
    await context.close();
  });
});

describe("the student manages consents and share links through the UI", () => {
  it("gives a consent and revokes it; the recipient's access follows", async () => {
    const recipientToken = await service.token({ sub: "1.2.246.562.24.55500012446", role: "workplace", ytunnus: DEMO_RECIPIENT_YTUNNUS, name: "Työnantaja Oy" });
    const recipientSees = async () => (await postGraphQL(service.gatewayUrl, `{ hoks(id: ${service.database.planIds.full}) { urasuunnitelmaKoodiUri } }`, { token: recipientToken })).body.data?.hoks?.urasuunnitelmaKoodiUri ?? null;
    expect(await recipientSees()).toBeNull();
    const { context, page } = await newPage();
    await signIn(page, "aino");
    await open(page, "/oma/suostumukset");
    await page.fill("#consent-recipient", DEMO_RECIPIENT_YTUNNUS);
    await page.check("text=Urasuunnitelma");
    await page.fill("#consent-purpose", "Työnhaku");
    // A date that does not exist is named as such, and nothing is sent.
    await page.fill("#consent-from", "31.2.2026");
    await page.waitForSelector("text=Päivämäärä ei kelpaa");
    expect(await page.isDisabled("form button[type=submit]")).toBe(true);
    await page.fill("#consent-from", "15.1.2026");
    await page.fill("#consent-until", "30.6.2026");
    await page.click("form button[type=submit]");
    await page.waitForSelector("text=Suostumus annettu.");
    await page.waitForSelector(`.card >> text=${DEMO_RECIPIENT_YTUNNUS}`);
    expect(await recipientSees()).toBe("urasuunnitelma_0001");
    // The recipient's own view in the app: Aino's career plan and nothing else of hers.
    const recipient = await newPage();
    await signIn(recipient.page, "tyonantaja");
    expect(recipient.page.url()).toBe(`${origin}/suostumukset-minulle`);
    const consented = await mainText(recipient.page);
    expect(consented).toContain("Aino");
    expect(consented).toContain("Jatko-opinnot");
    expect(consented).toContain("Työnhaku");
    for (const hidden of ["Esimerkki Oy", "Virta, Ville", "Työhyvinvointi"]) expect(consented).not.toContain(hidden);
    await recipient.page.screenshot({ path: join(SCREENSHOTS, "consent-recipient-consented-fi.png"), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, "student-consent-given-fi.png"), fullPage: true });
    await page.click(`.card button[aria-label*="${DEMO_RECIPIENT_YTUNNUS}"]`);
    await page.waitForSelector("text=Suostumus peruttu.");
    await page.waitForSelector(".card >> text=Peruttu");
    expect(await recipientSees()).toBeNull();
    await recipient.page.reload();
    await ready(recipient.page);
    expect(await mainText(recipient.page)).toContain("Sinulle ei ole nyt voimassa olevia suostumuksia.");
    await recipient.context.close();
    await context.close();
  }, 60_000);

  it("makes a share link to a demonstration; its holder sees that one demonstration; after revoking, a clear page", async () => {
    const { context, page } = await newPage();
    await signIn(page, "aino");
    await open(page, "/oma/jakolinkit");
    const option = await page.locator("#share-target option", { hasText: "kotihoito" }).getAttribute("value");
    await page.selectOption("#share-target", option!);
    await page.fill("#share-from", "1.1.2026");
    await page.fill("#share-until", "31.3.2026");
    await page.click("form button[type=submit]");
    const url = await page.inputValue("#made-link");
    await page.screenshot({ path: join(SCREENSHOTS, "student-share-link-made-fi.png"), fullPage: true });
    expect(url).toMatch(new RegExp(`^${origin}/jako#.+`));

    const holder = await newPage();
    await holder.page.goto(url);
    await holder.page.click('button[data-role="kaisa"]');
    await ready(holder.page);
    expect(holder.page.url()).toBe(`${origin}/jako`);
    const shared = await mainText(holder.page);
    expect(shared).toContain("Esimerkki Oy, kotihoito");
    expect(shared).toContain("16.2.2026–20.2.2026");
    expect(shared).toContain("Aino");
    // One demonstration of one unit: no period, no other unit.
    for (const hidden of ["Virta, Ville", "Toinen Oy", "Työhyvinvointi", "Koulutussopimus"]) expect(shared).not.toContain(hidden);
    await holder.page.screenshot({ path: join(SCREENSHOTS, "shared-fi.png"), fullPage: true });

    // The same link outside its validity: a page saying which, in each language.
    const outside = [
      { today: "2026-04-01", name: "expired", text: { fi: "Jakolinkin voimassaolo on päättynyt.", sv: "Delningslänkens giltighetstid har gått ut.", en: "The share link has expired." } },
      { today: "2025-12-01", name: "not-yet-valid", text: { fi: "Jakolinkki ei ole vielä voimassa.", sv: "Delningslänken är inte giltig ännu.", en: "The share link is not valid yet." } },
    ] as const;
    try {
      for (const { today, name, text } of outside) {
        service.clock.set(today);
        for (const language of LANGUAGES) {
          await setLanguage(holder.page, language);
          await holder.page.reload();
          await ready(holder.page);
          expect(await mainText(holder.page)).toContain(text[language]);
          expect(await axeViolations(holder.page)).toEqual([]);
          await holder.page.screenshot({ path: join(SCREENSHOTS, `shared-${name}-${language}.png`), fullPage: true });
        }
      }
    } finally {
      service.clock.set("2026-02-01");
    }
    await setLanguage(holder.page, "fi");

    await page.click('.card button[aria-label*="kotihoito"]');
    await page.waitForSelector("text=Jakolinkki poistettu.");
    await holder.page.reload();
    await ready(holder.page);
    expect(await mainText(holder.page)).toContain("Jakolinkkiä ei löydy");
    await holder.page.screenshot({ path: join(SCREENSHOTS, "shared-revoked-fi.png"), fullPage: true });
    await holder.context.close();
    await context.close();
  }, 60_000);
});

describe("the forms' dates follow the service date, not the browser's", () => {
  it("consent and share-link forms start from the service's today and refuse an end before it", async () => {
    const { context, page } = await newPage();
    // The browser's own calendar is elsewhere: only the service's date may show.
    const browserToday = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    const serviceToday = browserToday === "2026-03-15" ? "2026-03-16" : "2026-03-15";
    try {
      service.clock.set(serviceToday);
      const [year, month, day] = serviceToday.split("-").map(Number);
      const shown = `${day}.${month}.${year}`;
      await signIn(page, "aino");
      await open(page, "/oma/suostumukset");
      expect(await page.inputValue("#consent-from")).toBe(shown);
      // 90 days on: 2026-06-13 (or -14).
      expect(await page.inputValue("#consent-until")).toBe(serviceToday === "2026-03-15" ? "13.6.2026" : "14.6.2026");
      await page.fill("#consent-from", "1.1.2026");
      await page.fill("#consent-until", "1.3.2026");
      await page.waitForSelector(`text=Päivämäärä voi olla aikaisintaan ${shown}.`);
      await page.fill("#consent-recipient", DEMO_RECIPIENT_YTUNNUS);
      // The form's box: an earlier test's revoked consent names the same section on its card.
      await page.getByRole("checkbox", { name: "Urasuunnitelma" }).check();
      await page.fill("#consent-purpose", "Työnhaku");
      expect(await page.isDisabled("form button[type=submit]")).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, "student-consent-end-too-early-fi.png"), fullPage: true });
      // An end before the start is refused the same way, however far ahead.
      await page.fill("#consent-from", "1.9.2026");
      await page.fill("#consent-until", "31.8.2026");
      await page.waitForSelector("text=Päivämäärä voi olla aikaisintaan 1.9.2026.");
      expect(await page.isDisabled("form button[type=submit]")).toBe(true);

      await open(page, "/oma/jakolinkit");
      expect(await page.inputValue("#share-from")).toBe(shown);
      expect(await page.inputValue("#share-until")).toBe(serviceToday === "2026-03-15" ? "14.4.2026" : "15.4.2026");
      await page.fill("#share-until", "1.3.2026");
      await page.waitForSelector(`text=Päivämäärä voi olla aikaisintaan ${shown}.`);
      expect(await page.isDisabled("form button[type=submit]")).toBe(true);
    } finally {
      service.clock.set("2026-02-01");
    }
    await context.close();
  }, 60_000);
});

/** Every view of every role, for axe, reflow and screenshots. */
const VIEWS: { role: string | null; path: string; name: string }[] = [
  { role: null, path: "/", name: "sign-in" },
  { role: "aino", path: "/oma", name: "student-plans" },
  { role: "aino", path: "/oma/suostumukset", name: "student-consents" },
  { role: "aino", path: "/oma/jakolinkit", name: "student-share-links" },
  { role: "aino", path: "/oma/kayttoloki", name: "student-access-log" },
  { role: "bertta", path: "/oma", name: "student-no-plans" },
  { role: "sanni", path: "/oma", name: "student-feedback-survey" },
  { role: "ville", path: "/tyopaikka", name: "workplace" },
  { role: "tyonantaja", path: "/suostumukset-minulle", name: "consent-recipient" },
  { role: "liisa", path: "/opiskelijat", name: "staff-students" },
  { role: "liisa", path: `/opiskelijat/${OIDS.aino}`, name: "staff-student" },
  { role: "liisa", path: "/opiskelijat/1.2.246.562.24.00000000000", name: "staff-not-found" },
  { role: "jaana", path: "/jako", name: "shared-link-unknown" },
];

describe("accessibility", () => {
  it("axe-core finds no WCAG 2.1 AA violations on any view in fi, sv and en; screenshots of each", async () => {
    const problems: string[] = [];
    for (const view of VIEWS) {
      const { context, page } = await newPage();
      if (view.role) await signIn(page, view.role);
      await open(page, view.path);
      for (const language of LANGUAGES) {
        await setLanguage(page, language);
        await ready(page);
        for (const violation of await axeViolations(page)) problems.push(`${view.name} (${language}) ${violation}`);
        await page.screenshot({ path: join(SCREENSHOTS, `${view.name}-${language}.png`), fullPage: true });
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it("every view reflows at 320 CSS px: no horizontal scrolling", async () => {
    const overflowing: string[] = [];
    for (const view of VIEWS) {
      const { context, page } = await newPage({ width: 320 });
      if (view.role) await signIn(page, view.role);
      await open(page, view.path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${view.name}: ${width}px`);
      await page.screenshot({ path: join(SCREENSHOTS, `${view.name}-320px.png`), fullPage: true });
      await context.close();
    }
    expect(overflowing).toEqual([]);
  }, 240_000);

  it("a whole student flow with the keyboard alone: sign in, open share links, make one, revoke it, sign out", async () => {
    const { context, page } = await newPage();
    await page.goto(`${origin}/`);
    await page.waitForSelector('button[data-role="aino"]');
    /** Presses Tab until the focused element matches, as a keyboard user would. */
    const tabTo = async (matches: (el: { tag: string; text: string; id: string; label: string }) => boolean, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        const el = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return { tag: a?.tagName ?? "", text: a?.innerText ?? "", id: a?.id ?? "", label: a?.getAttribute("aria-label") ?? "" };
        });
        if (matches(el)) return;
      }
      throw new Error("the element was not reachable with Tab");
    };
    await tabTo((el) => el.text.includes("aino"));
    await page.keyboard.press("Enter");
    await page.waitForSelector("nav.menu");
    await ready(page);
    await tabTo((el) => el.tag === "A" && el.text === "Jakolinkit");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${origin}/oma/jakolinkit`);
    await ready(page);
    await tabTo((el) => el.id === "share-target");
    await page.keyboard.press("ArrowDown");
    await tabTo((el) => el.tag === "BUTTON" && el.text === "Tee jakolinkki");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#made-link");
    await page.waitForSelector(".card");
    await tabTo((el) => el.tag === "BUTTON" && el.label.startsWith("Poista jakolinkki"));
    await page.keyboard.press("Enter");
    await page.waitForSelector("text=Jakolinkki poistettu.");
    await page.waitForSelector("text=Sinulla ei ole jakolinkkejä.");
    // Focus lands on the page again; Shift+Tab back up to the header's sign-out.
    await tabTo((el) => el.tag === "BUTTON" && el.text === "Kirjaudu ulos", 80);
    await page.keyboard.press("Enter");
    await page.waitForSelector('button[data-role="aino"]');
    await context.close();
  }, 60_000);
});

describe("states: never a blank page or a raw error", () => {
  it("partial data, an unavailable service and a refusal each get a clear message", async () => {
    const { context, page } = await newPage();
    await signIn(page, "ville");
    // The answers below stand in for a subgraph that did not answer, a gateway that is down, and a
    // refusal; the app's own handling of them is what is under test.
    const answerWith = async (reply: { status: number; body: unknown }) => {
      await page.route("**/graphql", async (route) => {
        const body = route.request().postData() ?? "";
        if (!body.includes("WorkplaceStudents")) return route.continue();
        await route.fulfill({ status: reply.status, contentType: "application/json", body: JSON.stringify(reply.body) });
      });
      await open(page, "/tyopaikka");
      await page.unroute("**/graphql");
      return mainText(page);
    };
    const partial = await answerWith({
      status: 200,
      body: {
        data: { workplaceAssignments: [] },
        errors: [{ message: "persons subgraph unavailable", path: ["workplaceAssignments", 0, "oppija"], extensions: { code: "INTERNAL_SERVER_ERROR" } }],
      },
    });
    expect(partial).toContain("Osa tiedoista ei ole juuri nyt saatavilla.");
    expect(partial).not.toContain("persons subgraph");
    await page.screenshot({ path: join(SCREENSHOTS, "state-partial-fi.png"), fullPage: true });
    const down = await answerWith({ status: 503, body: { errors: [{ message: "Service unavailable", extensions: { code: "SERVICE_UNAVAILABLE" } }] } });
    expect(down).toContain("Palvelu ei juuri nyt vastaa.");
    expect(await page.locator("main button", { hasText: "Yritä uudelleen" }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, "state-unavailable-fi.png"), fullPage: true });
    const refused = await answerWith({ status: 200, body: { data: null, errors: [{ message: "Not allowed", extensions: { code: "FORBIDDEN" } }] } });
    expect(refused).toContain("Sinulla ei ole oikeutta näihin tietoihin.");
    // Retrying after the outage shows the real answer again.
    await open(page, "/tyopaikka");
    expect(await mainText(page)).toContain("Esimerkki Oy");
    await context.close();
  });

  it("an address that is not one of the app's is the gateway's 404, not the app", async () => {
    const { context, page } = await newPage();
    await signIn(page, "aino");
    const response = await page.goto(`${origin}/oma/olematon`);
    // Not an app path: the gateway's own 404, not the app.
    expect(response!.status()).toBe(404);
    await context.close();
  });
});

describe("session expiry", () => {
  it("a 401 takes the user back to sign-in with a message", async () => {
    const { context, page } = await newPage();
    await signIn(page, "aino");
    // A token the gateway refuses, as an expired one is.
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem("ehoks.session")!);
      sessionStorage.setItem("ehoks.session", JSON.stringify({ ...session, token: `${session.token.slice(0, -4)}AAAA` }));
    });
    await open(page, "/oma/jakolinkit");
    expect(await mainText(page)).toContain("Istuntosi on päättynyt. Kirjaudu uudelleen.");
    expect(await page.locator('button[data-role="aino"]').count()).toBe(1);
    await context.close();
  });
});

// Last in the file: it adds students to Rantala, which the views above do not expect.
describe("provider staff search all their students by name, not only the page shown", () => {
  it("finds a student beyond the first page, pages a search, and answers a search for someone outside the institution like one for no one", async () => {
    // 25 students whose OIDs sort before Aino's: the first page of 20 no longer shows her.
    const bases = Array.from({ length: 25 }, (_, i) => `10000001${String(i).padStart(2, "0")}`);
    const students = bases.map((base, i) => ({
      oid: `1.2.246.562.24.${base}${ibm137(base)}`,
      etunimet: i === 0 ? "Åsa" : "Testi",
      sukunimi: i === 0 ? "Äijälä" : `Opiskelija ${i}`,
    }));
    const studyRights = bases.map((base, i) => ({
      oid: `1.2.246.562.15.${base}${luhn(base)}`,
      oppijaOid: students[i]!.oid,
      tyyppi: "ammatillinenkoulutus",
      oppilaitos: "1.2.246.562.10.55500012350",
      koulutustoimija: OIDS.rantala,
      alkamispaiva: "2026-01-10",
      tila: { opiskeluoikeusjaksot: [{ alku: "2026-01-10", tila: "lasna" }] },
      suoritukset: [],
    }));
    const fed = await postGraphQL(service.gatewayUrl, `mutation ($document: JSONObject!) { upsertKoskiData(document: $document) { henkilot { written } } }`, {
      token: await service.token("rantalasystem"),
      variables: { document: { henkilot: students, opiskeluoikeudet: studyRights } },
    });
    expect(fed.body.errors).toBeUndefined();

    const { context, page } = await newPage();
    await signIn(page, "liisa");
    expect(await mainText(page)).not.toContain("Aaltonen");
    const search = async (text: string) => {
      await page.fill("#student-search", text);
      await answeredAfter(page, () => page.press("#student-search", "Enter"), JSON.stringify(text));
      return mainText(page);
    };
    const found = await search("AALTONEN");
    expect(found).toContain("Aino Maria Aaltonen");
    expect(found).not.toContain("Testi");
    expect(await search("äijälä")).toContain("Åsa Äijälä");
    // A search of 24 students: the first 20, then the other four with the search kept.
    const first = await search("testi");
    expect(first).toContain("Opiskelija 1\t");
    expect(first).not.toContain("Opiskelija 24");
    await answeredAfter(page, () => page.click("text=Seuraava sivu"), '"after":"');
    const second = await mainText(page);
    expect(second).toContain("Opiskelija 24");
    expect(second).not.toContain("Aaltonen");
    expect(await page.locator("tbody tr").count()).toBe(4);
    await page.screenshot({ path: join(SCREENSHOTS, "staff-search-fi.png"), fullPage: true });
    // Ville Virta is nobody's student at Rantala: his name finds what a made-up one finds.
    const outside = await search("Virta");
    expect(outside).toContain("Haulla ei löytynyt opiskelijoita.");
    expect(outside).toBe(await search("Zyzzyva"));
    for (const language of LANGUAGES) {
      await setLanguage(page, language);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `staff-search-no-match-${language}.png`), fullPage: true });
    }
    await setLanguage(page, "fi");
    await answeredAfter(page, () => page.click("text=Näytä kaikki opiskelijat"), '"nimi":null');
    expect(await page.locator("tbody tr").count()).toBe(20);
    await context.close();
  }, 60_000);
});

describe("the student's access log names a consent recipient's business", () => {
  it("by its Y-tunnus, in fi, sv and en, and never the reader's own OID", async () => {
    const business = "7654322-0";
    const reader = "1.2.246.562.24.10000000010";
    const aino = await service.token("aino");
    const given = await postGraphQL(service.gatewayUrl, `mutation ($input: CreateConsentInput!) { createConsent(input: $input) { id } }`, {
      token: aino,
      variables: { input: { hoksId: String(service.database.planIds.full), vastaanottaja: { yTunnus: business }, osiot: ["URASUUNNITELMA"], tarkoitus: "Rekrytointi", voimassaAlku: "2026-01-15", voimassaLoppu: "2026-06-30" } },
    });
    expect(given.body.errors).toBeUndefined();
    const recipient = await service.token({ sub: reader, role: "workplace", ytunnus: business });
    expect((await postGraphQL(service.gatewayUrl, `{ hoks(id: ${service.database.planIds.full}) { urasuunnitelmaKoodiUri } }`, { token: recipient })).body.data.hoks).not.toBeNull();
    await service.audit.flush();
    try {
      const { context, page } = await newPage();
      await signIn(page, "aino");
      await open(page, "/oma/kayttoloki");
      const words = { fi: `Y-tunnus ${business}`, sv: `FO-nummer ${business}`, en: `Business ID ${business}` };
      for (const language of LANGUAGES) {
        await setLanguage(page, language);
        const text = await mainText(page);
        expect(text).toContain(words[language]);
        expect(text).not.toContain(reader);
        await page.screenshot({ path: join(SCREENSHOTS, `student-access-log-business-${language}.png`), fullPage: true });
      }
      await context.close();
    } finally {
      await postGraphQL(service.gatewayUrl, `mutation ($id: ID!) { revokeConsent(id: $id) { id } }`, { token: aino, variables: { id: given.body.data.createConsent.id } });
    }
  }, 60_000);
});
