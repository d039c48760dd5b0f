/**
 * What the feedback rules read: the facts of a plan, its workplace periods and its study right, as
 * plain values. The rules are pure functions of these facts and the evaluation date, so a trigger
 * computed inside a write's transaction and one computed later from the stored data alone are
 * the same trigger (the property the feedback tests check).
 */
import type { Keskeytymisajanjakso } from "../../../drizzle/schema/hoks-values.js";

export type IsoDate = string;

export interface FeedbackPeriod {
  /** The period's stable identity across writes (`yksiloiva-tunniste`); without one no trigger can be kept. */
  yksiloivaTunniste: string | null;
  osaamisenHankkimistapaKoodiUri: string;
  alku: IsoDate;
  loppu: IsoDate;
  osaAikaisuustieto: number | null;
  keskeytymisajanjaksot: readonly Keskeytymisajanjakso[];
  workplace: {
    tyopaikanNimi: string | null;
    tyopaikanYTunnus: string | null;
    ohjaaja: { nimi: string | null; sahkoposti: string | null; puhelinnumero: string | null } | null;
  } | null;
}

export interface FeedbackPlan {
  id: number;
  oppijaOid: string;
  opiskeluoikeusOid: string;
  /** Set, or TUVA parts present: a TUVA plan, outside both surveys. */
  tuva: boolean;
  ensikertainenHyvaksyminen: IsoDate;
  osaamisenSaavuttamisenPvm: IsoDate | null;
  osaamisenHankkimisenTarve: boolean;
  periods: readonly FeedbackPeriod[];
}

export interface StudyRightPeriod {
  alku: IsoDate;
  tila: string;
  /** `opintojenRahoitus` code value of the period, when the study right tells it. */
  opintojenRahoitus?: string | null;
}

export interface FeedbackStudyRight {
  oid: string;
  tyyppi: string;
  koulutustoimijaOid: string;
  sisaltyyOpiskeluoikeuteenOid: string | null;
  opiskeluoikeusjaksot: readonly StudyRightPeriod[];
  /** `suoritukset[].tyyppi`. */
  suoritusTyypit: readonly string[];
}
