/**
 * Names of the code values (Koodisto) that plans use, in Finnish, Swedish and English, so that
 * every frontend shows the same names without keeping a table of its own. `koodisto: true` marks a
 * name as Koodisto's own; the others are descriptive stand-ins, marked so, until the service loads
 * the code sets from Koodisto itself (the codes are real; only their wording is ours).
 */
export interface CodeName {
  koodiUri: string;
  fi: string;
  sv: string;
  en: string;
  /** True when the wording is Koodisto's own. */
  koodisto: boolean;
}

export const CODE_NAMES: readonly CodeName[] = [
  // osaamisenhankkimistapa: how competence is acquired (Koodisto's names).
  { koodiUri: "osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus", fi: "Oppilaitosmuotoinen koulutus", sv: "Läroanstaltsformad utbildning", en: "Institution-based training", koodisto: true },
  { koodiUri: "osaamisenhankkimistapa_koulutussopimus", fi: "Koulutussopimus", sv: "Utbildningsavtal", en: "Training agreement", koodisto: true },
  { koodiUri: "osaamisenhankkimistapa_oppisopimus", fi: "Oppisopimus", sv: "Läroavtal", en: "Apprenticeship", koodisto: true },
  // urasuunnitelma: the career plan goal.
  { koodiUri: "urasuunnitelma_0001", fi: "Jatko-opinnot", sv: "Fortsatta studier", en: "Further studies", koodisto: false },
  { koodiUri: "urasuunnitelma_0002", fi: "Työelämä", sv: "Arbetslivet", en: "Working life", koodisto: false },
  // osaamisentodentamisenprosessi: how prior learning is recognised.
  { koodiUri: "osaamisentodentamisenprosessi_0001", fi: "Tunnustetaan ilman lisäselvityksiä", sv: "Erkänns utan ytterligare utredning", en: "Recognised without further evidence", koodisto: false },
  { koodiUri: "osaamisentodentamisenprosessi_0002", fi: "Arvioijien kautta", sv: "Genom bedömare", en: "Through assessors", koodisto: false },
  { koodiUri: "osaamisentodentamisenprosessi_0003", fi: "Näytön kautta", sv: "Genom yrkesprov", en: "Through a demonstration", koodisto: false },
  // ammatillinenkoulutusoppimisentuentyyppi: the kind of learning support.
  { koodiUri: "ammatillinenkoulutusoppimisentuentyyppi_01", fi: "Erityinen tuki", sv: "Särskilt stöd", en: "Special support", koodisto: false },
  { koodiUri: "ammatillinenkoulutusoppimisentuentyyppi_02", fi: "Opiskelun tuki", sv: "Stöd för studierna", en: "Study support", koodisto: false },
  { koodiUri: "ammatillinenkoulutusoppimisentuentyyppi_03", fi: "Vaativa erityinen tuki", sv: "Krävande särskilt stöd", en: "Demanding special support", koodisto: false },
  // oppisopimuksenperusta: the basis of an apprenticeship.
  { koodiUri: "oppisopimuksenperusta_01", fi: "Työsuhde", sv: "Anställningsförhållande", en: "Employment", koodisto: false },
  { koodiUri: "oppisopimuksenperusta_02", fi: "Yrittäjä", sv: "Företagare", en: "Entrepreneur", koodisto: false },
  // ammatillisenoppiaineet: the areas (osa-alueet) of the common units.
  { koodiUri: "ammatillisenoppiaineet_vvai", fi: "Viestintä ja vuorovaikutus äidinkielellä", sv: "Kommunikation och interaktion på modersmålet", en: "Communication and interaction in the mother tongue", koodisto: false },
  // ammatillisentutkinnonosanryhma: the group of units a learning support concerns.
  { koodiUri: "ammatillisentutkinnonosanryhma_1", fi: "Ammatilliset tutkinnon osat", sv: "Yrkesinriktade examensdelar", en: "Vocational units", koodisto: false },
  { koodiUri: "ammatillisentutkinnonosanryhma_2", fi: "Yhteiset tutkinnon osat", sv: "Gemensamma examensdelar", en: "Common units", koodisto: false },
  // koulutuksenosattuva: the parts of preparatory education (TUVA).
  { koodiUri: "koulutuksenosattuva_101", fi: "Opiskelu- ja urasuunnittelutaidot", sv: "Studie- och karriärplaneringsfärdigheter", en: "Study and career planning skills", koodisto: false },
  { koodiUri: "koulutuksenosattuva_102", fi: "Perustaitojen vahvistaminen", sv: "Stärkande av grundläggande färdigheter", en: "Strengthening basic skills", koodisto: false },
  { koodiUri: "koulutuksenosattuva_104", fi: "Työelämätaidot ja työpaikalla tapahtuva oppiminen", sv: "Arbetslivsfärdigheter och lärande på arbetsplatsen", en: "Working-life skills and learning at the workplace", koodisto: false },
];

export const MAX_CODE_SETS = 50;

/** The table as the graph serves it, optionally only some code sets (at most MAX_CODE_SETS). */
export function codeNames(codeSets?: string[] | null) {
  const wanted = codeSets ? new Set(codeSets.slice(0, MAX_CODE_SETS)) : null;
  return CODE_NAMES.map((code) => {
    const underscore = code.koodiUri.indexOf("_");
    return { koodiUri: code.koodiUri, koodisto: code.koodiUri.slice(0, underscore), koodiarvo: code.koodiUri.slice(underscore + 1), fi: code.fi, sv: code.sv, en: code.en, koodistonNimi: code.koodisto };
  }).filter((code) => !wanted || wanted.has(code.koodisto));
}
