/**
 * Small builders for the feedback showcase's data (demo-feedback-students.ts): a study right in
 * the world document's shape, a plan in the eHOKS v1 document's shape (kebab-case, as the example
 * files and the REST door have them) and a workplace period, each with the details the feedback
 * rules do not read filled in as a real system would, so the showcase reads like real data in the
 * explorer and the web app.
 */
import type { Opiskeluoikeusjakso } from "../../drizzle/schema/index.js";
import type { WorldOpiskeluoikeus } from "../../subgraphs/persons/import/world-document.js";

/** The showcase's own provider and its institution: nothing else in the demo world studies there. */
export const SHOWCASE_PROVIDER = "1.2.246.562.10.55500019000";
export const SHOWCASE_INSTITUTION = "1.2.246.562.10.55500019018";
/** The workplace of the showcase's working-life periods (Y-tunnus with a valid check digit). */
const WORKPLACE = { name: "Kuusiston hoivakoti Oy", ytunnus: "5550019-2" };

type Document = Record<string, unknown>;

/** Completion types of Koski (`suoritukset[].tyyppi`) the rules tell apart. */
export type CompletionType = "ammatillinentutkinto" | "ammatillinentutkintoosittainen" | "tuvakoulutuksensuoritus" | "telma" | "valma";

const COMPLETION_NAMES: Record<CompletionType, { koodiarvo: string; fi: string }> = {
  ammatillinentutkinto: { koodiarvo: "371101", fi: "Sosiaali- ja terveysalan perustutkinto" },
  ammatillinentutkintoosittainen: { koodiarvo: "371101", fi: "Sosiaali- ja terveysalan perustutkinto, osittainen" },
  tuvakoulutuksensuoritus: { koodiarvo: "999908", fi: "Tutkintokoulutukseen valmentava koulutus" },
  telma: { koodiarvo: "999903", fi: "Työhön ja itsenäiseen elämään valmentava koulutus" },
  valma: { koodiarvo: "999901", fi: "Ammatilliseen koulutukseen valmentava koulutus" },
};

export interface StudyRightFacts {
  oid: string;
  oppijaOid: string;
  alkamispaiva: string;
  completions: CompletionType[];
  /** Defaults to present (`lasna`) since the start. */
  jaksot?: Opiskeluoikeusjakso[];
  /** The master study right, for procured training inside another one. */
  sisaltyyOpiskeluoikeuteen?: string;
}

export function showcaseStudyRight(facts: StudyRightFacts): WorldOpiskeluoikeus {
  return {
    oid: facts.oid,
    oppijaOid: facts.oppijaOid,
    tyyppi: facts.completions.includes("tuvakoulutuksensuoritus") ? "tuva" : "ammatillinenkoulutus",
    oppilaitos: SHOWCASE_INSTITUTION,
    koulutustoimija: SHOWCASE_PROVIDER,
    alkamispaiva: facts.alkamispaiva,
    arvioituPaattymispaiva: "2027-06-30",
    paattymispaiva: null,
    tila: { opiskeluoikeusjaksot: facts.jaksot ?? [{ alku: facts.alkamispaiva, tila: "lasna" }] },
    sisaltyyOpiskeluoikeuteen: facts.sisaltyyOpiskeluoikeuteen ? { oid: facts.sisaltyyOpiskeluoikeuteen, oppilaitos: SHOWCASE_INSTITUTION } : null,
    suoritukset: facts.completions.map((tyyppi) => ({
      tyyppi,
      koulutusmoduuli: { tunniste: { koodiarvo: COMPLETION_NAMES[tyyppi].koodiarvo, nimi: { fi: COMPLETION_NAMES[tyyppi].fi } } },
      suorituskieli: "FI",
      toimipiste: SHOWCASE_INSTITUTION,
    })),
  };
}

export interface PeriodFacts {
  tunniste: string;
  alku: string;
  loppu: string;
  /** Left out: the period says nothing of part-time study. */
  osaAikaisuus?: number | null;
  /** Left out: the workplace names no responsible instructor. */
  withoutInstructor?: boolean;
  keskeytymisajanjaksot?: { alku: string; loppu?: string }[];
}

/** A training-agreement period at the showcase's workplace (a working-life survey's source). */
export function workplacePeriod(facts: PeriodFacts): Document {
  const ohjaaja = { nimi: "Kuusisto, Kerttu", sahkoposti: "kerttu.kuusisto@example.invalid", puhelinnumero: "+358 40 0000019" };
  return {
    "yksiloiva-tunniste": facts.tunniste,
    "osaamisen-hankkimistapa-koodi-uri": "osaamisenhankkimistapa_koulutussopimus",
    "osaamisen-hankkimistapa-koodi-versio": 1,
    alku: facts.alku,
    loppu: facts.loppu,
    ...(facts.osaAikaisuus === null ? {} : { "osa-aikaisuustieto": facts.osaAikaisuus ?? 100 }),
    "tyopaikalla-jarjestettava-koulutus": {
      "tyopaikan-nimi": WORKPLACE.name,
      "tyopaikan-y-tunnus": WORKPLACE.ytunnus,
      ...(facts.withoutInstructor ? {} : { "vastuullinen-tyopaikka-ohjaaja": ohjaaja }),
      "keskeiset-tyotehtavat": ["Asiakkaan avustaminen", "Lääkehoidon tukeminen"],
    },
    ...(facts.keskeytymisajanjaksot ? { keskeytymisajanjaksot: facts.keskeytymisajanjaksot } : {}),
  };
}

export interface PlanFacts {
  oppijaOid: string;
  opiskeluoikeusOid: string;
  ensikertainenHyvaksyminen: string;
  osaamisenSaavuttamisenPvm?: string;
  osaamisenHankkimisenTarve?: boolean;
  periods?: Document[];
  /** A TUVA plan: its parts instead of a degree's units. */
  tuvaParts?: boolean;
}

export function showcasePlan(facts: PlanFacts): Document {
  const plan: Document = {
    "oppija-oid": facts.oppijaOid,
    "opiskeluoikeus-oid": facts.opiskeluoikeusOid,
    "ensikertainen-hyvaksyminen": facts.ensikertainenHyvaksyminen,
    "osaamisen-hankkimisen-tarve": facts.osaamisenHankkimisenTarve ?? true,
    ...(facts.osaamisenSaavuttamisenPvm ? { "osaamisen-saavuttamisen-pvm": facts.osaamisenSaavuttamisenPvm } : {}),
  };
  if (facts.tuvaParts) {
    plan["hankittavat-koulutuksen-osat"] = [
      { "koulutuksen-osa-koodi-uri": "koulutuksenosattuva_102", "koulutuksen-osa-koodi-versio": 1, alku: "2025-08-25", loppu: "2025-12-19", laajuus: 10 },
      { "koulutuksen-osa-koodi-uri": "koulutuksenosattuva_104", "koulutuksen-osa-koodi-versio": 1, alku: "2026-01-07", loppu: "2026-05-29", laajuus: 15 },
    ];
  } else if (facts.periods?.length) {
    plan["hankittavat-ammat-tutkinnon-osat"] = [
      {
        "tutkinnon-osa-koodi-uri": "tutkinnonosat_106729",
        "tutkinnon-osa-koodi-versio": 1,
        "tutkinnon-osan-perusteen-diaarinro": "OPH-2629-2017",
        "koulutuksen-jarjestaja-oid": SHOWCASE_INSTITUTION,
        "osaamisen-hankkimistavat": facts.periods,
      },
    ];
  }
  return plan;
}
