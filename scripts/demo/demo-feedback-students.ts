/**
 * The feedback showcase's students: each with a study right and a plan at the showcase's own
 * provider (Kuusiston koulutuskuntayhtymä), chosen so that on the demo date (2026-02-01) the rules
 * make every kind of trigger, waiting, and every reason a trigger is not sent. `shows` says which;
 * test/demo-feedback.test.ts checks the trigger table has them all.
 *
 * Dates that matter, on 2026-02-01: the funding period began 2025-07-01; a student trigger decided
 * today opens its answer window today and closes it 30 days later or 60 days after its date,
 * whichever is first; a working-life trigger opens on the first day of the month after its period.
 */
import type { WorldHenkilo, WorldOpiskeluoikeus } from "../../subgraphs/persons/import/world-document.js";
import { showcasePlan, showcaseStudyRight, workplacePeriod } from "./demo-feedback-builders.js";
import { OIDS } from "./demo-roles.js";

export interface ShowcaseStudent {
  henkilo: WorldHenkilo;
  /** Their study rights in the store; none when the plan's study right is missing from it. */
  studyRights: WorldOpiskeluoikeus[];
  /** The plan, as an eHOKS v1 document. */
  plan: Record<string, unknown>;
  shows: string;
}

const person = (oid: string, etunimet: string, sukunimi: string): WorldHenkilo => ({ oid, etunimet, kutsumanimi: etunimet, sukunimi });
const STUDY_RIGHT = (digits: string) => `1.2.246.562.15.${digits}`;

/** The student with a demo role (`sanni`), whose start survey is handed over with its link. */
export const SANNI = person(OIDS.sanni, "Sanni", "Salo");
/** Her start survey's link, attached by the feedback service in the seed. */
export const SANNI_SURVEY_LINK = "https://palaute.example/vastaa/demo-sanni-aloitus";
/** The student whose working-life trigger has been handed over and handled. */
export const VEETI = person("1.2.246.562.24.55500019012", "Veeti", "Vainio");

const OONA = person("1.2.246.562.24.55500019025", "Oona", "Ojanen");
const MIKKO = person("1.2.246.562.24.55500019038", "Mikko", "Mäki");
const TIINA = person("1.2.246.562.24.55500019041", "Tiina", "Toivonen");
const ELIAS = person("1.2.246.562.24.55500019054", "Elias", "Eskola");
const FANNI = person("1.2.246.562.24.55500019067", "Fanni", "Forsman");
const IIDA = person("1.2.246.562.24.55500019070", "Iida", "Ilola");
const KALLE = person("1.2.246.562.24.55500019083", "Kalle", "Kivi");
const LAURI = person("1.2.246.562.24.55500019096", "Lauri", "Laine");
const NEA = person("1.2.246.562.24.55500019106", "Nea", "Niemi");
const PEKKA = person("1.2.246.562.24.55500019119", "Pekka", "Peltonen");

/** A whole degree, present since `alkamispaiva`: the study right every rule lets through. */
function degree(oid: string, student: WorldHenkilo, alkamispaiva: string) {
  return showcaseStudyRight({ oid: STUDY_RIGHT(oid), oppijaOid: student.oid, alkamispaiva, completions: ["ammatillinentutkinto"] });
}

export const SHOWCASE_STUDENTS: ShowcaseStudent[] = [
  {
    henkilo: SANNI,
    studyRights: [degree("55500019009", SANNI, "2026-01-12")],
    plan: showcasePlan({
      oppijaOid: SANNI.oid,
      opiskeluoikeusOid: STUDY_RIGHT("55500019009"),
      ensikertainenHyvaksyminen: "2026-01-20",
      periods: [workplacePeriod({ tunniste: "kuusisto-sanni-1", alku: "2026-01-26", loppu: "2026-03-13" })],
    }),
    shows: "start survey handed over with its link, open until 2026-03-02 (omatPalautekyselyt); a working-life trigger waiting (bundled 2026-04-01)",
  },
  {
    henkilo: VEETI,
    studyRights: [degree("55500019017", VEETI, "2025-12-01")],
    plan: showcasePlan({
      oppijaOid: VEETI.oid,
      opiskeluoikeusOid: STUDY_RIGHT("55500019017"),
      ensikertainenHyvaksyminen: "2026-01-12",
      osaamisenSaavuttamisenPvm: "2026-01-29",
      periods: [workplacePeriod({ tunniste: "kuusisto-veeti-1", alku: "2025-12-08", loppu: "2026-01-16" })],
    }),
    shows: "start and end (valmistuneet) surveys waiting; a working-life trigger handed over and handled",
  },
  {
    henkilo: OONA,
    studyRights: [showcaseStudyRight({ oid: STUDY_RIGHT("55500019025"), oppijaOid: OONA.oid, alkamispaiva: "2025-08-01", completions: ["ammatillinentutkintoosittainen"] })],
    plan: showcasePlan({ oppijaOid: OONA.oid, opiskeluoikeusOid: STUDY_RIGHT("55500019025"), ensikertainenHyvaksyminen: "2026-01-08", osaamisenSaavuttamisenPvm: "2026-01-26" }),
    shows: "start and end (osia-suorittaneet, parts of a degree) surveys waiting",
  },
  {
    henkilo: MIKKO,
    studyRights: [degree("55500019033", MIKKO, "2026-01-05")],
    plan: showcasePlan({ oppijaOid: MIKKO.oid, opiskeluoikeusOid: STUDY_RIGHT("55500019033"), ensikertainenHyvaksyminen: "2026-01-14", osaamisenHankkimisenTarve: false }),
    shows: "ei-osaamisen-hankkimisen-tarvetta (all his competence was recognised)",
  },
  {
    henkilo: TIINA,
    studyRights: [degree("55500019041", TIINA, "2024-08-01")],
    plan: showcasePlan({
      oppijaOid: TIINA.oid,
      opiskeluoikeusOid: STUDY_RIGHT("55500019041"),
      ensikertainenHyvaksyminen: "2025-03-10",
      periods: [
        workplacePeriod({ tunniste: "kuusisto-tiina-1", alku: "2025-04-07", loppu: "2025-06-13" }),
        workplacePeriod({ tunniste: "kuusisto-tiina-2", alku: "2025-09-01", loppu: "2025-11-21" }),
        workplacePeriod({ tunniste: "kuusisto-tiina-3", alku: "2025-12-01", loppu: "2026-01-09", withoutInstructor: true }),
        workplacePeriod({ tunniste: "kuusisto-tiina-4", alku: "2026-01-12", loppu: "2026-01-23", osaAikaisuus: null }),
        workplacePeriod({ tunniste: "kuusisto-tiina-5", alku: "2026-01-26", loppu: "2026-02-20", keskeytymisajanjaksot: [{ alku: "2026-02-16" }] }),
      ],
    }),
    shows:
      "edellinen-rahoituskausi (start survey and a period of spring 2025), vastausaika-paattynyt (a period bundled 2025-12-01), " +
      "puuttuva-tyopaikkatieto (no instructor), puuttuva-osa-aikaisuustieto, jakso-keskeytynyt (interrupted from 2026-02-16)",
  },
  {
    henkilo: ELIAS,
    studyRights: [showcaseStudyRight({ oid: STUDY_RIGHT("55500019058"), oppijaOid: ELIAS.oid, alkamispaiva: "2025-08-15", completions: ["tuvakoulutuksensuoritus"] })],
    plan: showcasePlan({ oppijaOid: ELIAS.oid, opiskeluoikeusOid: STUDY_RIGHT("55500019058"), ensikertainenHyvaksyminen: "2025-12-15", tuvaParts: true }),
    shows: "tuva (a TUVA plan)",
  },
  {
    henkilo: FANNI,
    // Her plan names a study right Koski has not delivered to the store.
    studyRights: [],
    plan: showcasePlan({ oppijaOid: FANNI.oid, opiskeluoikeusOid: STUDY_RIGHT("55500019066"), ensikertainenHyvaksyminen: "2026-01-19" }),
    shows: "opiskeluoikeus-puuttuu (the plan's study right is not in the store)",
  },
  {
    henkilo: IIDA,
    studyRights: [showcaseStudyRight({ oid: STUDY_RIGHT("55500019074"), oppijaOid: IIDA.oid, alkamispaiva: "2025-08-01", completions: ["valma"] })],
    plan: showcasePlan({ oppijaOid: IIDA.oid, opiskeluoikeusOid: STUDY_RIGHT("55500019074"), ensikertainenHyvaksyminen: "2026-01-15" }),
    shows: "ei-ammatillinen (preparatory studies, no vocational degree)",
  },
  {
    henkilo: KALLE,
    // TELMA beside parts of a degree: without the latter, ei-ammatillinen would be found first.
    studyRights: [showcaseStudyRight({ oid: STUDY_RIGHT("55500019082"), oppijaOid: KALLE.oid, alkamispaiva: "2025-08-01", completions: ["ammatillinentutkintoosittainen", "telma"] })],
    plan: showcasePlan({ oppijaOid: KALLE.oid, opiskeluoikeusOid: STUDY_RIGHT("55500019082"), ensikertainenHyvaksyminen: "2026-01-13" }),
    shows: "ei-kohderyhmaa (TELMA)",
  },
  {
    henkilo: LAURI,
    studyRights: [
      showcaseStudyRight({
        oid: STUDY_RIGHT("55500019090"),
        oppijaOid: LAURI.oid,
        alkamispaiva: "2025-08-01",
        completions: ["ammatillinentutkinto"],
        jaksot: [{ alku: "2025-08-01", tila: "lasna" }, { alku: "2026-01-05", tila: "eronnut" }],
      }),
    ],
    plan: showcasePlan({
      oppijaOid: LAURI.oid,
      opiskeluoikeusOid: STUDY_RIGHT("55500019090"),
      ensikertainenHyvaksyminen: "2025-08-20",
      periods: [workplacePeriod({ tunniste: "kuusisto-lauri-1", alku: "2025-11-03", loppu: "2026-01-16" })],
    }),
    shows: "opiskelu-paattynyt (resigned 2026-01-05, before his period's planned end); vastausaika-paattynyt (start survey of 2025-08-20)",
  },
  {
    henkilo: NEA,
    studyRights: [
      showcaseStudyRight({
        oid: STUDY_RIGHT("55500019108"),
        oppijaOid: NEA.oid,
        alkamispaiva: "2025-08-01",
        completions: ["ammatillinentutkinto"],
        jaksot: [{ alku: "2025-08-01", tila: "lasna", opintojenRahoitus: { koodiarvo: "14" } }],
      }),
    ],
    plan: showcasePlan({ oppijaOid: NEA.oid, opiskeluoikeusOid: STUDY_RIGHT("55500019108"), ensikertainenHyvaksyminen: "2026-01-16" }),
    shows: "muu-rahoitus (funding code 14)",
  },
  {
    henkilo: PEKKA,
    studyRights: [
      degree("55500019124", PEKKA, "2025-08-01"),
      showcaseStudyRight({ oid: STUDY_RIGHT("55500019116"), oppijaOid: PEKKA.oid, alkamispaiva: "2025-08-01", completions: ["ammatillinentutkinto"], sisaltyyOpiskeluoikeuteen: STUDY_RIGHT("55500019124") }),
    ],
    // A write refuses a plan on a contained study right (invalid-contained-study-right.json); this
    // one stands for a plan whose study right Koski later reported as contained in another.
    plan: showcasePlan({ oppijaOid: PEKKA.oid, opiskeluoikeusOid: STUDY_RIGHT("55500019116"), ensikertainenHyvaksyminen: "2026-01-21" }),
    shows: "sisaltyva-opiskeluoikeus (a study right contained in another)",
  },
];
