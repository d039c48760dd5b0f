/**
 * Words for the access log's values (role, action, data, the rule that allowed it), so a student
 * reads their log in their own language; an unknown value is shown as the service sends it.
 */
import type { Language } from "./messages";

type Table = Record<string, Record<Language, string>>;

export const ROLES: Table = {
  student: { fi: "Opiskelija", sv: "Studerande", en: "Student" },
  official: { fi: "Oppilaitoksen virkailija", sv: "Tjänsteman vid läroanstalten", en: "Provider official" },
  service: { fi: "Oppilaitoksen järjestelmä", sv: "Läroanstaltens system", en: "Provider's system" },
  workplace: { fi: "Työelämän edustaja", sv: "Arbetslivets representant", en: "Working-life representative" },
  authority: { fi: "Viranomainen", sv: "Myndighet", en: "Authority" },
  oph: { fi: "Opetushallitus", sv: "Utbildningsstyrelsen", en: "Finnish National Agency for Education" },
  feedback: { fi: "Palautepalvelu", sv: "Responstjänsten", en: "Feedback service" },
};

export const ACTIONS: Table = {
  read: { fi: "Luki", sv: "Läste", en: "Read" },
  create: { fi: "Loi", sv: "Skapade", en: "Created" },
  update: { fi: "Muutti", sv: "Ändrade", en: "Changed" },
  overwrite: { fi: "Korvasi", sv: "Ersatte", en: "Replaced" },
  delete: { fi: "Poisti", sv: "Raderade", en: "Deleted" },
};

export const DATA: Table = {
  hoks: { fi: "suunnitelma", sv: "planen", en: "plan" },
  henkilo: { fi: "henkilötiedot", sv: "personuppgifter", en: "personal details" },
  opiskeluoikeus: { fi: "opiskeluoikeus", sv: "studierätt", en: "study right" },
  suostumus: { fi: "suostumus", sv: "samtycke", en: "consent" },
  jakolinkki: { fi: "jakolinkki", sv: "delningslänk", en: "share link" },
  kayttoloki: { fi: "käyttöloki", sv: "användningslogg", en: "access log" },
  palauteherate: { fi: "palautekyselyn tiedot", sv: "uppgifter för responsenkäten", en: "feedback survey details" },
};

export const RULES: Table = {
  R1: { fi: "Sinä itse.", sv: "Du själv.", en: "You yourself." },
  R2: {
    fi: "Opinnoistasi vastaavan koulutuksen järjestäjän virkailija (oma oppilaitoksesi, hankintakoulutuksen järjestäjä tai muu oppilaitos, jossa opiskelet nyt).",
    sv: "En tjänsteman hos en utbildningsanordnare som ansvarar för dina studier (din egen, en anordnare av upphandlad utbildning eller en annan där du studerar nu).",
    en: "An official of a provider responsible for your studies (your own provider, a provider of procured training, or another provider where you study now).",
  },
  R3: { fi: "Opinnoistasi vastaavan koulutuksen järjestäjän opintohallintojärjestelmä.", sv: "Studieadministrationssystemet hos en anordnare som ansvarar för dina studier.", en: "The study administration system of a provider responsible for your studies." },
  R4: { fi: "Työpaikkajaksosi vastuullinen työpaikkaohjaaja.", sv: "Den ansvariga arbetsplatshandledaren för din arbetsplatsperiod.", en: "A workplace instructor responsible for your workplace period." },
  R5: { fi: "Näyttösi työelämän arvioija.", sv: "En bedömare från arbetslivet för ditt yrkesprov.", en: "A working-life assessor of your demonstration." },
  R6: { fi: "Suostumuksesi vastaanottaja.", sv: "En mottagare av ditt samtycke.", en: "A recipient of your consent." },
  R7: { fi: "Tekemäsi jakolinkin haltija.", sv: "Någon som har en delningslänk du skapat.", en: "Someone holding a share link you made." },
  R8: { fi: "Viranomainen, jolla on lakiin perustuva oikeus (esimerkiksi Työllisyysrahasto).", sv: "En myndighet med rätt enligt lag (till exempel Sysselsättningsfonden).", en: "An authority with a legal basis (for example the Employment Fund)." },
  R9: { fi: "Opetushallitus valtakunnallisena rekisterinpitäjänä.", sv: "Utbildningsstyrelsen som nationell personuppgiftsansvarig.", en: "The Finnish National Agency for Education (OPH), as the national controller." },
  PALAUTE: {
    fi: "Valtakunnallinen palautepalvelu, joka lähettää sinulle opiskelijapalautekyselyn ja työpaikkaohjaajallesi työelämäkyselyn.",
    sv: "Den nationella responstjänsten, som skickar dig studerandeenkäten och din arbetsplatshandledare arbetslivsenkäten.",
    en: "The national feedback service, which sends you the student feedback survey and your workplace instructor the working-life survey.",
  },
};

export function label(table: Table, value: string, language: Language, fallback = value): string {
  return table[value]?.[language] ?? fallback;
}
