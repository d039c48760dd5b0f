/**
 * The feedback trigger rules, one row per rule and reason (issue: feedback triggers), on plans and
 * study rights made for each. Pure: the same functions decide inside a write's transaction.
 */
import { describe, expect, it } from "vitest";
import type { FeedbackPeriod, FeedbackPlan, FeedbackStudyRight } from "../subgraphs/hoks/feedback/feedback-facts.js";
import { answerWindow, bundlingDateOf, fundingPeriodOf } from "../subgraphs/hoks/feedback/feedback-calendar.js";
import { planTriggers } from "../subgraphs/hoks/feedback/plan-triggers.js";
import type { TriggerDecision } from "../subgraphs/hoks/feedback/trigger-decision.js";

const TODAY = "2026-02-01";
const PROVIDER = "1.2.246.562.10.55500012392";

function period(overrides: Partial<FeedbackPeriod> = {}): FeedbackPeriod {
  return {
    yksiloivaTunniste: "jakso-1",
    osaamisenHankkimistapaKoodiUri: "osaamisenhankkimistapa_koulutussopimus",
    alku: "2025-11-01",
    loppu: "2026-01-20",
    osaAikaisuustieto: 100,
    keskeytymisajanjaksot: [],
    workplace: { tyopaikanNimi: "Autokorjaamo Oy", tyopaikanYTunnus: "1234567-1", ohjaaja: { nimi: "Ville Virta", sahkoposti: "ville@example.fi", puhelinnumero: null } },
    ...overrides,
  };
}

function plan(overrides: Partial<FeedbackPlan> = {}): FeedbackPlan {
  return {
    id: 7,
    oppijaOid: "1.2.246.562.24.55500012349",
    opiskeluoikeusOid: "1.2.246.562.15.55500012343",
    tuva: false,
    ensikertainenHyvaksyminen: "2026-01-10",
    osaamisenSaavuttamisenPvm: "2026-01-31",
    osaamisenHankkimisenTarve: true,
    periods: [period()],
    ...overrides,
  };
}

function studyRight(overrides: Partial<FeedbackStudyRight> = {}): FeedbackStudyRight {
  return {
    oid: "1.2.246.562.15.55500012343",
    tyyppi: "ammatillinenkoulutus",
    koulutustoimijaOid: PROVIDER,
    sisaltyyOpiskeluoikeuteenOid: null,
    opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna", opintojenRahoitus: "1" }],
    suoritusTyypit: ["ammatillinentutkinto"],
    ...overrides,
  };
}

const byKind = (triggers: TriggerDecision[]) => Object.fromEntries(triggers.map((t) => [t.kind, t]));
const outcome = (t: TriggerDecision | undefined) => (t ? (t.reason ?? t.state) : "none");

describe("feedback triggers: every kind when nothing stands in the way", () => {
  const triggers = byKind(planTriggers(plan(), studyRight(), TODAY));

  it("a start trigger dated the first approval, an end trigger dated the competence reached, one per workplace period", () => {
    expect(triggers["opiskelija-aloitus"]).toMatchObject({ triggerDate: "2026-01-10", surveyType: "aloittaneet", state: "odottaa", reason: null, koulutustoimijaOid: PROVIDER });
    expect(triggers["opiskelija-paatto"]).toMatchObject({ triggerDate: "2026-01-31", surveyType: "valmistuneet", state: "odottaa" });
    expect(triggers["tyoelama"]).toMatchObject({ triggerDate: "2026-01-20", bundlingDate: "2026-02-01", surveyType: "tyopaikkajakson-suorittaneet", yksiloivaTunniste: "jakso-1", state: "odottaa" });
  });

  it("keys: one student trigger of a kind per student, provider and funding period; TEP per plan and period", () => {
    expect(triggers["opiskelija-aloitus"]!.key).toBe(`opiskelija-aloitus/1.2.246.562.24.55500012349/${PROVIDER}/2025-2026`);
    expect(triggers["tyoelama"]!.key).toBe("tyoelama/7/jakso-1");
    // A second plan of the same student at the same provider in the same period makes the same key.
    const other = byKind(planTriggers(plan({ id: 8, opiskeluoikeusOid: "1.2.246.562.15.2" }), studyRight({ oid: "1.2.246.562.15.2" }), TODAY));
    expect(other["opiskelija-aloitus"]!.key).toBe(triggers["opiskelija-aloitus"]!.key);
    expect(other["tyoelama"]!.key).not.toBe(triggers["tyoelama"]!.key);
  });

  it("the end survey of a partial degree is 'parts completed'", () => {
    const partial = byKind(planTriggers(plan(), studyRight({ suoritusTyypit: ["ammatillinentutkintoosittainen"] }), TODAY));
    expect(partial["opiskelija-paatto"]!.surveyType).toBe("osia-suorittaneet");
  });
});

describe("feedback triggers: not made at all", () => {
  it("no end trigger before the competence is reached; no TEP for a period that is not at a workplace or has no identity", () => {
    const triggers = byKind(
      planTriggers(plan({ osaamisenSaavuttamisenPvm: null, periods: [period({ osaamisenHankkimistapaKoodiUri: "osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus" }), period({ yksiloivaTunniste: null })] }), studyRight(), TODAY),
    );
    expect(Object.keys(triggers)).toEqual(["opiskelija-aloitus"]);
  });

  it("an apprenticeship is a workplace period too", () => {
    expect(byKind(planTriggers(plan({ periods: [period({ osaamisenHankkimistapaKoodiUri: "osaamisenhankkimistapa_oppisopimus" })] }), studyRight(), TODAY))["tyoelama"]).toBeDefined();
  });
});

describe("feedback triggers: not sent, and why", () => {
  type Case = [name: string, plan: FeedbackPlan, studyRight: FeedbackStudyRight | null, expected: Partial<Record<TriggerDecision["kind"], string>>];
  const cases: Case[] = [
    ["no need for training: student feedback only", plan({ osaamisenHankkimisenTarve: false }), studyRight(), { "opiskelija-aloitus": "ei-osaamisen-hankkimisen-tarvetta", "opiskelija-paatto": "ei-osaamisen-hankkimisen-tarvetta", tyoelama: "odottaa" }],
    ["trigger date before the current funding period began (1.7.2025)", plan({ ensikertainenHyvaksyminen: "2025-06-30" }), studyRight(), { "opiskelija-aloitus": "edellinen-rahoituskausi", "opiskelija-paatto": "odottaa" }],
    ["the trigger date 59 days before today: its window closes today, still answerable", plan({ ensikertainenHyvaksyminen: "2025-12-04" }), studyRight(), { "opiskelija-aloitus": "odottaa" }],
    ["the answer window closed 60 days after the trigger date, before the plan came", plan({ ensikertainenHyvaksyminen: "2025-12-03" }), studyRight(), { "opiskelija-aloitus": "vastausaika-paattynyt" }],
    ["a workplace period whose bundled window has closed", plan({ periods: [period({ loppu: "2025-11-30" })] }), studyRight(), { tyoelama: "vastausaika-paattynyt" }],
    ["a workplace period whose bundled window is open", plan({ periods: [period({ loppu: "2026-01-05" })] }), studyRight(), { tyoelama: "odottaa" }],
    ["a TUVA plan", plan({ tuva: true }), studyRight(), { "opiskelija-aloitus": "tuva", "opiskelija-paatto": "tuva", tyoelama: "tuva" }],
    ["a TUVA study right", plan(), studyRight({ tyyppi: "tuva" }), { "opiskelija-aloitus": "tuva", tyoelama: "tuva" }],
    ["the study right is not in the store", plan(), null, { "opiskelija-aloitus": "opiskeluoikeus-puuttuu", tyoelama: "opiskeluoikeus-puuttuu" }],
    ["not vocational", plan(), studyRight({ suoritusTyypit: ["perusopetuksenoppimaara"] }), { "opiskelija-aloitus": "ei-ammatillinen", "opiskelija-paatto": "ei-ammatillinen", tyoelama: "ei-ammatillinen" }],
    ["TELMA", plan(), studyRight({ suoritusTyypit: ["ammatillinentutkinto", "telma"] }), { "opiskelija-aloitus": "ei-kohderyhmaa", tyoelama: "ei-kohderyhmaa" }],
    [
      "ended (terminal state) before the trigger date",
      plan(),
      studyRight({ opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna" }, { alku: "2026-01-10", tila: "eronnut" }] }),
      { "opiskelija-aloitus": "odottaa", "opiskelija-paatto": "opiskelu-paattynyt", tyoelama: "opiskelu-paattynyt" },
    ],
    [
      "a terminal state beginning on the trigger date itself does not stop it",
      plan(),
      studyRight({ opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna" }, { alku: "2026-01-31", tila: "katsotaaneronneeksi" }] }),
      { "opiskelija-paatto": "odottaa" },
    ],
    [
      "graduating is not a terminal state",
      plan(),
      studyRight({ opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna" }, { alku: "2026-01-15", tila: "valmistunut" }] }),
      { "opiskelija-paatto": "odottaa", tyoelama: "odottaa" },
    ],
    [
      "funded by other sources (code 14) on the trigger date",
      plan(),
      studyRight({ opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna", opintojenRahoitus: "1" }, { alku: "2026-01-15", tila: "lasna", opintojenRahoitus: "14" }] }),
      { "opiskelija-aloitus": "odottaa", "opiskelija-paatto": "muu-rahoitus", tyoelama: "muu-rahoitus" },
    ],
    ["funding code 6", plan(), studyRight({ opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna", opintojenRahoitus: "6" }] }), { "opiskelija-aloitus": "muu-rahoitus" }],
    ["funding code 15", plan(), studyRight({ opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna", opintojenRahoitus: "15" }] }), { "opiskelija-aloitus": "muu-rahoitus" }],
    ["contained in another study right", plan(), studyRight({ sisaltyyOpiskeluoikeuteenOid: "1.2.246.562.15.1" }), { "opiskelija-aloitus": "sisaltyva-opiskeluoikeus", tyoelama: "sisaltyva-opiskeluoikeus" }],
    ["no responsible instructor", plan({ periods: [period({ workplace: { tyopaikanNimi: "Oy", tyopaikanYTunnus: "1234567-1", ohjaaja: null } })] }), studyRight(), { tyoelama: "puuttuva-tyopaikkatieto" }],
    ["no workplace name", plan({ periods: [period({ workplace: { tyopaikanNimi: null, tyopaikanYTunnus: "1234567-1", ohjaaja: { nimi: "V", sahkoposti: null, puhelinnumero: null } } })] }), studyRight(), { tyoelama: "puuttuva-tyopaikkatieto" }],
    ["no business ID", plan({ periods: [period({ workplace: { tyopaikanNimi: "Oy", tyopaikanYTunnus: null, ohjaaja: { nimi: "V", sahkoposti: null, puhelinnumero: null } } })] }), studyRight(), { tyoelama: "puuttuva-tyopaikkatieto" }],
    ["no workplace block at all", plan({ periods: [period({ workplace: null })] }), studyRight(), { tyoelama: "puuttuva-tyopaikkatieto" }],
    ["no part-time percentage on a period ending after 30.6.2023", plan({ periods: [period({ osaAikaisuustieto: null })] }), studyRight(), { tyoelama: "puuttuva-osa-aikaisuustieto" }],
    ["a part-time percentage out of 1–100", plan({ periods: [period({ osaAikaisuustieto: 0 })] }), studyRight(), { tyoelama: "puuttuva-osa-aikaisuustieto" }],
    ["interrupted on its end date (open interruption)", plan({ periods: [period({ keskeytymisajanjaksot: [{ alku: "2026-01-10" }] })] }), studyRight(), { tyoelama: "jakso-keskeytynyt" }],
    ["interrupted through its end date", plan({ periods: [period({ keskeytymisajanjaksot: [{ alku: "2026-01-10", loppu: "2026-01-20" }] })] }), studyRight(), { tyoelama: "jakso-keskeytynyt" }],
    ["an interruption that ended before the end date does not stop it", plan({ periods: [period({ keskeytymisajanjaksot: [{ alku: "2025-12-01", loppu: "2026-01-19" }] })] }), studyRight(), { tyoelama: "odottaa" }],
    ["the period's own reasons come before the study right's", plan({ periods: [period({ osaAikaisuustieto: null })] }), studyRight({ tyyppi: "tuva" }), { tyoelama: "puuttuva-osa-aikaisuustieto" }],
  ];

  it.each(cases)("%s", (_name, p, sr, expected) => {
    const triggers = byKind(planTriggers(p, sr, TODAY));
    for (const [kind, want] of Object.entries(expected)) expect(outcome(triggers[kind]), kind).toBe(want);
  });
});

describe("feedback triggers: the funding period's first day", () => {
  it("a trigger dated 1 July is in the period that began that day; 30 June is before it", () => {
    const on = (date: string) => byKind(planTriggers(plan({ ensikertainenHyvaksyminen: date }), studyRight(), "2025-07-15"))["opiskelija-aloitus"];
    expect(outcome(on("2025-07-01"))).toBe("odottaa");
    expect(outcome(on("2025-06-30"))).toBe("edellinen-rahoituskausi");
  });
});

describe("feedback calendar", () => {
  it("funding periods run 1 July – 30 June", () => {
    expect(fundingPeriodOf("2025-06-30")).toBe("2024-2025");
    expect(fundingPeriodOf("2025-07-01")).toBe("2025-2026");
  });

  it("periods are bundled on the first day of the next month", () => {
    expect(bundlingDateOf("2026-01-20")).toBe("2026-02-01");
    expect(bundlingDateOf("2025-12-31")).toBe("2026-01-01");
    expect(bundlingDateOf("2026-02-01")).toBe("2026-03-01");
  });

  it("the answer window: 30 days inclusive from its opening, never past 60 days after the trigger date", () => {
    expect(answerWindow("2026-01-31", "2026-02-01")).toEqual({ alku: "2026-02-01", loppu: "2026-03-02" });
    expect(answerWindow("2025-12-10", "2026-02-01")).toEqual({ alku: "2026-02-01", loppu: "2026-02-07" });
  });

  it("student feedback opens on the later of the trigger date and today; TEP on the bundling date", () => {
    const triggers = byKind(planTriggers(plan({ osaamisenSaavuttamisenPvm: "2026-03-15" }), studyRight(), TODAY));
    expect(triggers["opiskelija-paatto"]!.answerWindow).toEqual({ alku: "2026-03-15", loppu: "2026-04-13" });
    expect(triggers["tyoelama"]!.answerWindow).toEqual({ alku: "2026-02-01", loppu: "2026-03-02" });
  });
});
