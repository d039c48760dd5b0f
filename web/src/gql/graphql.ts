/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A consent the student gives on one of their plans. */
export type CreateConsentInput = {
  /** The plan. */
  hoksId: string | number;
  /** The parts of the plan to disclose. */
  osiot: Array<SuostumuksenOsio>;
  /** The purpose of the disclosure. */
  tarkoitus: string;
  /** The units to disclose, with TUTKINNON_OSAT. */
  tutkinnonOsaModuleIds?: Array<string | number> | null | undefined;
  /** The recipient. */
  vastaanottaja: SuostumuksenVastaanottajaInput;
  /** First day the consent is valid. */
  voimassaAlku: string;
  /** Last day the consent is valid. */
  voimassaLoppu: string;
};

/** A share link the student makes to one unit's period or demonstration. */
export type CreateShareLinkInput = {
  /** The plan. */
  hoksId: string | number;
  /** The period or demonstration. */
  kohdeModuleId: string | number;
  /** Whether a period or a demonstration is shared. */
  kohdeTyyppi: JakolinkinKohde;
  /** The unit (or area of a common unit) holding the period or demonstration. */
  tutkinnonOsaModuleId: string | number;
  /** First day the link works. */
  voimassaAlku: string;
  /** Last day the link works. */
  voimassaLoppu: string;
};

/** What a share link shows of its unit. */
export type JakolinkinKohde =
  /** One acquisition period. */
  | 'OSAAMISEN_HANKKIMISTAPA'
  /** One demonstration. */
  | 'OSAAMISEN_OSOITTAMINEN';

/** A part of a plan a consent can cover. */
export type SuostumuksenOsio =
  /** Competence recognised from prior learning. */
  | 'AIEMMIN_HANKITTU_OSAAMINEN'
  /** The whole plan. */
  | 'KOKO_HOKS'
  /** The units chosen in `tutkinnonOsaModuleIds`. */
  | 'TUTKINNON_OSAT'
  /** The career plan goal. */
  | 'URASUUNNITELMA';

/** Whom a consent discloses to: exactly one of a person, an organisation or a business. */
export type SuostumuksenVastaanottajaInput = {
  /** Person OID of the recipient. */
  henkiloOid?: string | null | undefined;
  /** Organisation OID of the recipient. */
  organisaatioOid?: string | null | undefined;
  /** Business ID (Y-tunnus) of the recipient. */
  yTunnus?: string | null | undefined;
};

export type AccessLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessLogQuery = { kayttoloki: { nodes: Array<{ aika: string, toiminto: string, tieto: string, peruste: string, perusteenKuvaus: string, kayttaja: { rooli: string, yTunnus: string | null, organisaatiot: Array<{ oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CodeNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type CodeNamesQuery = { koodistonNimet: Array<{ koodiUri: string, fi: string, sv: string, en: string }> };

export type ConsentedToMeQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsentedToMeQuery = { suostumuksetMinulle: { nodes: Array<{ id: string, osiot: Array<SuostumuksenOsio>, tarkoitus: string, voimassaAlku: string, voimassaLoppu: string, oppija: { oid: string, etunimet: string | null, sukunimi: string | null }, hoks: { id: string, oppijaOid: string, opiskeluoikeusOid: string | null, ensikertainenHyvaksyminen: string | null, paivitetty: string | null, urasuunnitelmaKoodiUri: string | null, oppija: { oid: string, etunimet: string | null, sukunimi: string | null }, opiskeluoikeus: { oid: string, alkamispaiva: string | null, paattymispaiva: string | null, oppilaitos: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null, koulutustoimija: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null } | null, hankittavatAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, koulutuksenJarjestajaOid: string | null, vaatimuksistaTaiTavoitteistaPoikkeaminen: string | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, laajuus: number | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, osaAlueet: Array<{ moduleId: string, osaAlueKoodiUri: string, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }> }>, aiemminHankitutAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, opiskeluvalmiuksiaTukevatOpinnot: Array<{ nimi: string, kuvaus: string, alku: string, loppu: string }>, oppimisenTuki: Array<{ oppimisenTuenTyyppiKoodiUri: string, alku: string | null, loppu: string | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CreateConsentMutationVariables = Exact<{
  input: CreateConsentInput;
}>;


export type CreateConsentMutation = { createConsent: { id: string } };

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;


export type CreateShareLinkMutation = { createShareLink: { token: string, jakolinkki: { id: string } } };

export type DeleteShareLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteShareLinkMutation = { deleteShareLink: boolean };

export type DemonstrationDetailsFragment = { moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null };

export type MyConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsentsQuery = { me: { oid: string, hoksit: Array<{ id: string, ensikertainenHyvaksyminen: string | null, hankittavatAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string }>, hankittavatPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null }>, hankittavatYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string }> }>, suostumukset: Array<{ id: string, osiot: Array<SuostumuksenOsio>, tutkinnonOsaModuleIds: Array<string>, tarkoitus: string, voimassaAlku: string, voimassaLoppu: string, peruttu: string | null, createdAt: string, hoks: { id: string }, vastaanottaja: { henkiloOid: string | null, organisaatioOid: string | null, yTunnus: string | null } }> } | null };

export type MyPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlansQuery = { me: { oid: string, etunimet: string | null, sukunimi: string | null, hoksit: Array<{ id: string, oppijaOid: string, opiskeluoikeusOid: string | null, ensikertainenHyvaksyminen: string | null, paivitetty: string | null, urasuunnitelmaKoodiUri: string | null, oppija: { oid: string, etunimet: string | null, sukunimi: string | null }, opiskeluoikeus: { oid: string, alkamispaiva: string | null, paattymispaiva: string | null, oppilaitos: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null, koulutustoimija: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null } | null, hankittavatAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, koulutuksenJarjestajaOid: string | null, vaatimuksistaTaiTavoitteistaPoikkeaminen: string | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, laajuus: number | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, osaAlueet: Array<{ moduleId: string, osaAlueKoodiUri: string, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }> }>, aiemminHankitutAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, opiskeluvalmiuksiaTukevatOpinnot: Array<{ nimi: string, kuvaus: string, alku: string, loppu: string }>, oppimisenTuki: Array<{ oppimisenTuenTyyppiKoodiUri: string, alku: string | null, loppu: string | null }> }> } | null, omatPalautekyselyt: Array<{ hoksId: string, kyselytyyppi: string, kyselylinkki: string, vastausaikaLoppu: string }> };

export type MyShareLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyShareLinksQuery = { me: { oid: string, hoksit: Array<{ id: string, hankittavatAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string } | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, nayttoymparisto: { nimi: string } }> }>, hankittavatPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string } | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, nayttoymparisto: { nimi: string } }> }> }>, jakolinkit: Array<{ id: string, tutkinnonOsaModuleId: string, kohdeTyyppi: JakolinkinKohde, kohdeModuleId: string, voimassaAlku: string, voimassaLoppu: string, createdAt: string, hoks: { id: string } }> } | null };

export type PeriodDetailsFragment = { moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null };

export type PlanDetailsFragment = { id: string, oppijaOid: string, opiskeluoikeusOid: string | null, ensikertainenHyvaksyminen: string | null, paivitetty: string | null, urasuunnitelmaKoodiUri: string | null, oppija: { oid: string, etunimet: string | null, sukunimi: string | null }, opiskeluoikeus: { oid: string, alkamispaiva: string | null, paattymispaiva: string | null, oppilaitos: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null, koulutustoimija: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null } | null, hankittavatAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, koulutuksenJarjestajaOid: string | null, vaatimuksistaTaiTavoitteistaPoikkeaminen: string | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, laajuus: number | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, osaAlueet: Array<{ moduleId: string, osaAlueKoodiUri: string, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }> }>, aiemminHankitutAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, opiskeluvalmiuksiaTukevatOpinnot: Array<{ nimi: string, kuvaus: string, alku: string, loppu: string }>, oppimisenTuki: Array<{ oppimisenTuenTyyppiKoodiUri: string, alku: string | null, loppu: string | null }> };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, peruttu: string | null } };

export type SharedModuleQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedModuleQuery = { jaettuModuuli: { tutkinnonOsaModuleId: string, kohdeTyyppi: JakolinkinKohde, kohdeModuleId: string, voimassaAlku: string, voimassaLoppu: string, hoks: { id: string, oppijaOid: string, opiskeluoikeusOid: string | null, ensikertainenHyvaksyminen: string | null, paivitetty: string | null, urasuunnitelmaKoodiUri: string | null, oppija: { oid: string, etunimet: string | null, sukunimi: string | null }, opiskeluoikeus: { oid: string, alkamispaiva: string | null, paattymispaiva: string | null, oppilaitos: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null, koulutustoimija: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null } | null, hankittavatAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, koulutuksenJarjestajaOid: string | null, vaatimuksistaTaiTavoitteistaPoikkeaminen: string | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, laajuus: number | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, osaAlueet: Array<{ moduleId: string, osaAlueKoodiUri: string, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }> }>, aiemminHankitutAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, opiskeluvalmiuksiaTukevatOpinnot: Array<{ nimi: string, kuvaus: string, alku: string, loppu: string }>, oppimisenTuki: Array<{ oppimisenTuenTyyppiKoodiUri: string, alku: string | null, loppu: string | null }> } } | null };

export type StaffStudentQueryVariables = Exact<{
  oid: string | number;
}>;


export type StaffStudentQuery = { henkilo: { oid: string, etunimet: string | null, sukunimi: string | null, hoksit: Array<{ id: string, oppijaOid: string, opiskeluoikeusOid: string | null, ensikertainenHyvaksyminen: string | null, paivitetty: string | null, urasuunnitelmaKoodiUri: string | null, oppija: { oid: string, etunimet: string | null, sukunimi: string | null }, opiskeluoikeus: { oid: string, alkamispaiva: string | null, paattymispaiva: string | null, oppilaitos: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null, koulutustoimija: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null } | null, hankittavatAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, koulutuksenJarjestajaOid: string | null, vaatimuksistaTaiTavoitteistaPoikkeaminen: string | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, laajuus: number | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, osaAlueet: Array<{ moduleId: string, osaAlueKoodiUri: string, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }> }>, aiemminHankitutAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, opiskeluvalmiuksiaTukevatOpinnot: Array<{ nimi: string, kuvaus: string, alku: string, loppu: string }>, oppimisenTuki: Array<{ oppimisenTuenTyyppiKoodiUri: string, alku: string | null, loppu: string | null }> }> } | null };

export type StaffStudentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  nimi?: string | null | undefined;
}>;


export type StaffStudentsQuery = { opiskelijalista: { nodes: Array<{ oid: string, etunimet: string | null, sukunimi: string | null, hoksit: Array<{ id: string, ensikertainenHyvaksyminen: string | null }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type WorkplaceStudentsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkplaceStudentsQuery = { workplaceAssignments: Array<{ id: string, oppijaOid: string, opiskeluoikeusOid: string | null, ensikertainenHyvaksyminen: string | null, paivitetty: string | null, urasuunnitelmaKoodiUri: string | null, oppija: { oid: string, etunimet: string | null, sukunimi: string | null }, opiskeluoikeus: { oid: string, alkamispaiva: string | null, paattymispaiva: string | null, oppilaitos: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null, koulutustoimija: { oid: string, nimi: { fi: string | null, sv: string | null, en: string | null } } | null } | null, hankittavatAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, koulutuksenJarjestajaOid: string | null, vaatimuksistaTaiTavoitteistaPoikkeaminen: string | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, laajuus: number | null, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }>, hankittavatYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, osaAlueet: Array<{ moduleId: string, osaAlueKoodiUri: string, osaamisenHankkimistavat: Array<{ moduleId: string, osaamisenHankkimistapaKoodiUri: string, alku: string, loppu: string, ajanjaksonTarkenne: string | null, tyopaikallaJarjestettavaKoulutus: { tyopaikanNimi: string, keskeisetTyotehtavat: Array<string>, vastuullinenTyopaikkaOhjaaja: { nimi: string } } | null, muutOppimisymparistot: Array<{ oppimisymparistoKoodiUri: string, alku: string, loppu: string }> | null }>, osaamisenOsoittaminen: Array<{ moduleId: string, alku: string, loppu: string, sisallonKuvaus: Array<string>, yksilollisetKriteerit: Array<string> | null, nayttoymparisto: { nimi: string, kuvaus: string | null }, tyoelamaOsaamisenArvioijat: Array<{ nimi: string }> | null, koulutuksenJarjestajaOsaamisenArvioijat: Array<{ nimi: string }> | null }> }> }>, aiemminHankitutAmmatTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutPaikallisetTutkinnonOsat: Array<{ moduleId: string, nimi: string | null, valittuTodentamisenProsessiKoodiUri: string | null }>, aiemminHankitutYhteisetTutkinnonOsat: Array<{ moduleId: string, tutkinnonOsaKoodiUri: string, valittuTodentamisenProsessiKoodiUri: string | null }>, opiskeluvalmiuksiaTukevatOpinnot: Array<{ nimi: string, kuvaus: string, alku: string, loppu: string }>, oppimisenTuki: Array<{ oppimisenTuenTyyppiKoodiUri: string, alku: string | null, loppu: string | null }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PeriodDetailsFragmentDoc = new TypedDocumentString(`
    fragment PeriodDetails on OsaamisenHankkimistapa {
  moduleId
  osaamisenHankkimistapaKoodiUri
  alku
  loppu
  ajanjaksonTarkenne
  tyopaikallaJarjestettavaKoulutus {
    tyopaikanNimi
    keskeisetTyotehtavat
    vastuullinenTyopaikkaOhjaaja {
      nimi
    }
  }
  muutOppimisymparistot {
    oppimisymparistoKoodiUri
    alku
    loppu
  }
}
    `, {"fragmentName":"PeriodDetails"}) as unknown as TypedDocumentString<PeriodDetailsFragment, unknown>;
export const DemonstrationDetailsFragmentDoc = new TypedDocumentString(`
    fragment DemonstrationDetails on OsaamisenOsoittaminen {
  moduleId
  alku
  loppu
  nayttoymparisto {
    nimi
    kuvaus
  }
  sisallonKuvaus
  yksilollisetKriteerit
  tyoelamaOsaamisenArvioijat {
    nimi
  }
  koulutuksenJarjestajaOsaamisenArvioijat {
    nimi
  }
}
    `, {"fragmentName":"DemonstrationDetails"}) as unknown as TypedDocumentString<DemonstrationDetailsFragment, unknown>;
export const PlanDetailsFragmentDoc = new TypedDocumentString(`
    fragment PlanDetails on Hoks {
  id
  oppijaOid
  opiskeluoikeusOid
  ensikertainenHyvaksyminen
  paivitetty
  urasuunnitelmaKoodiUri
  oppija {
    oid
    etunimet
    sukunimi
  }
  opiskeluoikeus {
    oid
    alkamispaiva
    paattymispaiva
    oppilaitos {
      oid
      nimi {
        fi
        sv
        en
      }
    }
    koulutustoimija {
      oid
      nimi {
        fi
        sv
        en
      }
    }
  }
  hankittavatAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    koulutuksenJarjestajaOid
    vaatimuksistaTaiTavoitteistaPoikkeaminen
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatPaikallisetTutkinnonOsat {
    moduleId
    nimi
    laajuus
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    osaAlueet {
      moduleId
      osaAlueKoodiUri
      osaamisenHankkimistavat {
        ...PeriodDetails
      }
      osaamisenOsoittaminen {
        ...DemonstrationDetails
      }
    }
  }
  aiemminHankitutAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutPaikallisetTutkinnonOsat {
    moduleId
    nimi
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  opiskeluvalmiuksiaTukevatOpinnot {
    nimi
    kuvaus
    alku
    loppu
  }
  oppimisenTuki {
    oppimisenTuenTyyppiKoodiUri
    alku
    loppu
  }
}
    fragment DemonstrationDetails on OsaamisenOsoittaminen {
  moduleId
  alku
  loppu
  nayttoymparisto {
    nimi
    kuvaus
  }
  sisallonKuvaus
  yksilollisetKriteerit
  tyoelamaOsaamisenArvioijat {
    nimi
  }
  koulutuksenJarjestajaOsaamisenArvioijat {
    nimi
  }
}
fragment PeriodDetails on OsaamisenHankkimistapa {
  moduleId
  osaamisenHankkimistapaKoodiUri
  alku
  loppu
  ajanjaksonTarkenne
  tyopaikallaJarjestettavaKoulutus {
    tyopaikanNimi
    keskeisetTyotehtavat
    vastuullinenTyopaikkaOhjaaja {
      nimi
    }
  }
  muutOppimisymparistot {
    oppimisymparistoKoodiUri
    alku
    loppu
  }
}`, {"fragmentName":"PlanDetails"}) as unknown as TypedDocumentString<PlanDetailsFragment, unknown>;
export const AccessLogDocument = new TypedDocumentString(`
    query AccessLog($first: Int, $after: String) {
  kayttoloki(first: $first, after: $after) {
    nodes {
      aika
      toiminto
      tieto
      peruste
      perusteenKuvaus
      kayttaja {
        rooli
        yTunnus
        organisaatiot {
          oid
          nimi {
            fi
            sv
            en
          }
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AccessLogQuery, AccessLogQueryVariables>;
export const CodeNamesDocument = new TypedDocumentString(`
    query CodeNames {
  koodistonNimet {
    koodiUri
    fi
    sv
    en
  }
}
    `) as unknown as TypedDocumentString<CodeNamesQuery, CodeNamesQueryVariables>;
export const ConsentedToMeDocument = new TypedDocumentString(`
    query ConsentedToMe($first: Int, $after: String) {
  suostumuksetMinulle(first: $first, after: $after) {
    nodes {
      id
      osiot
      tarkoitus
      voimassaAlku
      voimassaLoppu
      oppija {
        oid
        etunimet
        sukunimi
      }
      hoks {
        ...PlanDetails
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment DemonstrationDetails on OsaamisenOsoittaminen {
  moduleId
  alku
  loppu
  nayttoymparisto {
    nimi
    kuvaus
  }
  sisallonKuvaus
  yksilollisetKriteerit
  tyoelamaOsaamisenArvioijat {
    nimi
  }
  koulutuksenJarjestajaOsaamisenArvioijat {
    nimi
  }
}
fragment PeriodDetails on OsaamisenHankkimistapa {
  moduleId
  osaamisenHankkimistapaKoodiUri
  alku
  loppu
  ajanjaksonTarkenne
  tyopaikallaJarjestettavaKoulutus {
    tyopaikanNimi
    keskeisetTyotehtavat
    vastuullinenTyopaikkaOhjaaja {
      nimi
    }
  }
  muutOppimisymparistot {
    oppimisymparistoKoodiUri
    alku
    loppu
  }
}
fragment PlanDetails on Hoks {
  id
  oppijaOid
  opiskeluoikeusOid
  ensikertainenHyvaksyminen
  paivitetty
  urasuunnitelmaKoodiUri
  oppija {
    oid
    etunimet
    sukunimi
  }
  opiskeluoikeus {
    oid
    alkamispaiva
    paattymispaiva
    oppilaitos {
      oid
      nimi {
        fi
        sv
        en
      }
    }
    koulutustoimija {
      oid
      nimi {
        fi
        sv
        en
      }
    }
  }
  hankittavatAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    koulutuksenJarjestajaOid
    vaatimuksistaTaiTavoitteistaPoikkeaminen
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatPaikallisetTutkinnonOsat {
    moduleId
    nimi
    laajuus
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    osaAlueet {
      moduleId
      osaAlueKoodiUri
      osaamisenHankkimistavat {
        ...PeriodDetails
      }
      osaamisenOsoittaminen {
        ...DemonstrationDetails
      }
    }
  }
  aiemminHankitutAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutPaikallisetTutkinnonOsat {
    moduleId
    nimi
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  opiskeluvalmiuksiaTukevatOpinnot {
    nimi
    kuvaus
    alku
    loppu
  }
  oppimisenTuki {
    oppimisenTuenTyyppiKoodiUri
    alku
    loppu
  }
}`) as unknown as TypedDocumentString<ConsentedToMeQuery, ConsentedToMeQueryVariables>;
export const CreateConsentDocument = new TypedDocumentString(`
    mutation CreateConsent($input: CreateConsentInput!) {
  createConsent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateConsentMutation, CreateConsentMutationVariables>;
export const CreateShareLinkDocument = new TypedDocumentString(`
    mutation CreateShareLink($input: CreateShareLinkInput!) {
  createShareLink(input: $input) {
    token
    jakolinkki {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const DeleteShareLinkDocument = new TypedDocumentString(`
    mutation DeleteShareLink($id: ID!) {
  deleteShareLink(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteShareLinkMutation, DeleteShareLinkMutationVariables>;
export const MyConsentsDocument = new TypedDocumentString(`
    query MyConsents {
  me {
    oid
    hoksit {
      id
      ensikertainenHyvaksyminen
      hankittavatAmmatTutkinnonOsat {
        moduleId
        tutkinnonOsaKoodiUri
      }
      hankittavatPaikallisetTutkinnonOsat {
        moduleId
        nimi
      }
      hankittavatYhteisetTutkinnonOsat {
        moduleId
        tutkinnonOsaKoodiUri
      }
    }
    suostumukset {
      id
      hoks {
        id
      }
      vastaanottaja {
        henkiloOid
        organisaatioOid
        yTunnus
      }
      osiot
      tutkinnonOsaModuleIds
      tarkoitus
      voimassaAlku
      voimassaLoppu
      peruttu
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyConsentsQuery, MyConsentsQueryVariables>;
export const MyPlansDocument = new TypedDocumentString(`
    query MyPlans {
  me {
    oid
    etunimet
    sukunimi
    hoksit {
      ...PlanDetails
    }
  }
  omatPalautekyselyt {
    hoksId
    kyselytyyppi
    kyselylinkki
    vastausaikaLoppu
  }
}
    fragment DemonstrationDetails on OsaamisenOsoittaminen {
  moduleId
  alku
  loppu
  nayttoymparisto {
    nimi
    kuvaus
  }
  sisallonKuvaus
  yksilollisetKriteerit
  tyoelamaOsaamisenArvioijat {
    nimi
  }
  koulutuksenJarjestajaOsaamisenArvioijat {
    nimi
  }
}
fragment PeriodDetails on OsaamisenHankkimistapa {
  moduleId
  osaamisenHankkimistapaKoodiUri
  alku
  loppu
  ajanjaksonTarkenne
  tyopaikallaJarjestettavaKoulutus {
    tyopaikanNimi
    keskeisetTyotehtavat
    vastuullinenTyopaikkaOhjaaja {
      nimi
    }
  }
  muutOppimisymparistot {
    oppimisymparistoKoodiUri
    alku
    loppu
  }
}
fragment PlanDetails on Hoks {
  id
  oppijaOid
  opiskeluoikeusOid
  ensikertainenHyvaksyminen
  paivitetty
  urasuunnitelmaKoodiUri
  oppija {
    oid
    etunimet
    sukunimi
  }
  opiskeluoikeus {
    oid
    alkamispaiva
    paattymispaiva
    oppilaitos {
      oid
      nimi {
        fi
        sv
        en
      }
    }
    koulutustoimija {
      oid
      nimi {
        fi
        sv
        en
      }
    }
  }
  hankittavatAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    koulutuksenJarjestajaOid
    vaatimuksistaTaiTavoitteistaPoikkeaminen
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatPaikallisetTutkinnonOsat {
    moduleId
    nimi
    laajuus
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    osaAlueet {
      moduleId
      osaAlueKoodiUri
      osaamisenHankkimistavat {
        ...PeriodDetails
      }
      osaamisenOsoittaminen {
        ...DemonstrationDetails
      }
    }
  }
  aiemminHankitutAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutPaikallisetTutkinnonOsat {
    moduleId
    nimi
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  opiskeluvalmiuksiaTukevatOpinnot {
    nimi
    kuvaus
    alku
    loppu
  }
  oppimisenTuki {
    oppimisenTuenTyyppiKoodiUri
    alku
    loppu
  }
}`) as unknown as TypedDocumentString<MyPlansQuery, MyPlansQueryVariables>;
export const MyShareLinksDocument = new TypedDocumentString(`
    query MyShareLinks {
  me {
    oid
    hoksit {
      id
      hankittavatAmmatTutkinnonOsat {
        moduleId
        tutkinnonOsaKoodiUri
        osaamisenHankkimistavat {
          moduleId
          osaamisenHankkimistapaKoodiUri
          alku
          loppu
          tyopaikallaJarjestettavaKoulutus {
            tyopaikanNimi
          }
        }
        osaamisenOsoittaminen {
          moduleId
          alku
          loppu
          nayttoymparisto {
            nimi
          }
        }
      }
      hankittavatPaikallisetTutkinnonOsat {
        moduleId
        nimi
        osaamisenHankkimistavat {
          moduleId
          osaamisenHankkimistapaKoodiUri
          alku
          loppu
          tyopaikallaJarjestettavaKoulutus {
            tyopaikanNimi
          }
        }
        osaamisenOsoittaminen {
          moduleId
          alku
          loppu
          nayttoymparisto {
            nimi
          }
        }
      }
    }
    jakolinkit {
      id
      hoks {
        id
      }
      tutkinnonOsaModuleId
      kohdeTyyppi
      kohdeModuleId
      voimassaAlku
      voimassaLoppu
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyShareLinksQuery, MyShareLinksQueryVariables>;
export const RevokeConsentDocument = new TypedDocumentString(`
    mutation RevokeConsent($id: ID!) {
  revokeConsent(id: $id) {
    id
    peruttu
  }
}
    `) as unknown as TypedDocumentString<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const SharedModuleDocument = new TypedDocumentString(`
    query SharedModule {
  jaettuModuuli {
    tutkinnonOsaModuleId
    kohdeTyyppi
    kohdeModuleId
    voimassaAlku
    voimassaLoppu
    hoks {
      ...PlanDetails
    }
  }
}
    fragment DemonstrationDetails on OsaamisenOsoittaminen {
  moduleId
  alku
  loppu
  nayttoymparisto {
    nimi
    kuvaus
  }
  sisallonKuvaus
  yksilollisetKriteerit
  tyoelamaOsaamisenArvioijat {
    nimi
  }
  koulutuksenJarjestajaOsaamisenArvioijat {
    nimi
  }
}
fragment PeriodDetails on OsaamisenHankkimistapa {
  moduleId
  osaamisenHankkimistapaKoodiUri
  alku
  loppu
  ajanjaksonTarkenne
  tyopaikallaJarjestettavaKoulutus {
    tyopaikanNimi
    keskeisetTyotehtavat
    vastuullinenTyopaikkaOhjaaja {
      nimi
    }
  }
  muutOppimisymparistot {
    oppimisymparistoKoodiUri
    alku
    loppu
  }
}
fragment PlanDetails on Hoks {
  id
  oppijaOid
  opiskeluoikeusOid
  ensikertainenHyvaksyminen
  paivitetty
  urasuunnitelmaKoodiUri
  oppija {
    oid
    etunimet
    sukunimi
  }
  opiskeluoikeus {
    oid
    alkamispaiva
    paattymispaiva
    oppilaitos {
      oid
      nimi {
        fi
        sv
        en
      }
    }
    koulutustoimija {
      oid
      nimi {
        fi
        sv
        en
      }
    }
  }
  hankittavatAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    koulutuksenJarjestajaOid
    vaatimuksistaTaiTavoitteistaPoikkeaminen
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatPaikallisetTutkinnonOsat {
    moduleId
    nimi
    laajuus
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    osaAlueet {
      moduleId
      osaAlueKoodiUri
      osaamisenHankkimistavat {
        ...PeriodDetails
      }
      osaamisenOsoittaminen {
        ...DemonstrationDetails
      }
    }
  }
  aiemminHankitutAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutPaikallisetTutkinnonOsat {
    moduleId
    nimi
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  opiskeluvalmiuksiaTukevatOpinnot {
    nimi
    kuvaus
    alku
    loppu
  }
  oppimisenTuki {
    oppimisenTuenTyyppiKoodiUri
    alku
    loppu
  }
}`) as unknown as TypedDocumentString<SharedModuleQuery, SharedModuleQueryVariables>;
export const StaffStudentDocument = new TypedDocumentString(`
    query StaffStudent($oid: ID!) {
  henkilo(oid: $oid) {
    oid
    etunimet
    sukunimi
    hoksit {
      ...PlanDetails
    }
  }
}
    fragment DemonstrationDetails on OsaamisenOsoittaminen {
  moduleId
  alku
  loppu
  nayttoymparisto {
    nimi
    kuvaus
  }
  sisallonKuvaus
  yksilollisetKriteerit
  tyoelamaOsaamisenArvioijat {
    nimi
  }
  koulutuksenJarjestajaOsaamisenArvioijat {
    nimi
  }
}
fragment PeriodDetails on OsaamisenHankkimistapa {
  moduleId
  osaamisenHankkimistapaKoodiUri
  alku
  loppu
  ajanjaksonTarkenne
  tyopaikallaJarjestettavaKoulutus {
    tyopaikanNimi
    keskeisetTyotehtavat
    vastuullinenTyopaikkaOhjaaja {
      nimi
    }
  }
  muutOppimisymparistot {
    oppimisymparistoKoodiUri
    alku
    loppu
  }
}
fragment PlanDetails on Hoks {
  id
  oppijaOid
  opiskeluoikeusOid
  ensikertainenHyvaksyminen
  paivitetty
  urasuunnitelmaKoodiUri
  oppija {
    oid
    etunimet
    sukunimi
  }
  opiskeluoikeus {
    oid
    alkamispaiva
    paattymispaiva
    oppilaitos {
      oid
      nimi {
        fi
        sv
        en
      }
    }
    koulutustoimija {
      oid
      nimi {
        fi
        sv
        en
      }
    }
  }
  hankittavatAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    koulutuksenJarjestajaOid
    vaatimuksistaTaiTavoitteistaPoikkeaminen
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatPaikallisetTutkinnonOsat {
    moduleId
    nimi
    laajuus
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    osaAlueet {
      moduleId
      osaAlueKoodiUri
      osaamisenHankkimistavat {
        ...PeriodDetails
      }
      osaamisenOsoittaminen {
        ...DemonstrationDetails
      }
    }
  }
  aiemminHankitutAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutPaikallisetTutkinnonOsat {
    moduleId
    nimi
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  opiskeluvalmiuksiaTukevatOpinnot {
    nimi
    kuvaus
    alku
    loppu
  }
  oppimisenTuki {
    oppimisenTuenTyyppiKoodiUri
    alku
    loppu
  }
}`) as unknown as TypedDocumentString<StaffStudentQuery, StaffStudentQueryVariables>;
export const StaffStudentsDocument = new TypedDocumentString(`
    query StaffStudents($first: Int, $after: String, $nimi: String) {
  opiskelijalista(first: $first, after: $after, nimi: $nimi) {
    nodes {
      oid
      etunimet
      sukunimi
      hoksit {
        id
        ensikertainenHyvaksyminen
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<StaffStudentsQuery, StaffStudentsQueryVariables>;
export const WorkplaceStudentsDocument = new TypedDocumentString(`
    query WorkplaceStudents {
  workplaceAssignments {
    ...PlanDetails
  }
}
    fragment DemonstrationDetails on OsaamisenOsoittaminen {
  moduleId
  alku
  loppu
  nayttoymparisto {
    nimi
    kuvaus
  }
  sisallonKuvaus
  yksilollisetKriteerit
  tyoelamaOsaamisenArvioijat {
    nimi
  }
  koulutuksenJarjestajaOsaamisenArvioijat {
    nimi
  }
}
fragment PeriodDetails on OsaamisenHankkimistapa {
  moduleId
  osaamisenHankkimistapaKoodiUri
  alku
  loppu
  ajanjaksonTarkenne
  tyopaikallaJarjestettavaKoulutus {
    tyopaikanNimi
    keskeisetTyotehtavat
    vastuullinenTyopaikkaOhjaaja {
      nimi
    }
  }
  muutOppimisymparistot {
    oppimisymparistoKoodiUri
    alku
    loppu
  }
}
fragment PlanDetails on Hoks {
  id
  oppijaOid
  opiskeluoikeusOid
  ensikertainenHyvaksyminen
  paivitetty
  urasuunnitelmaKoodiUri
  oppija {
    oid
    etunimet
    sukunimi
  }
  opiskeluoikeus {
    oid
    alkamispaiva
    paattymispaiva
    oppilaitos {
      oid
      nimi {
        fi
        sv
        en
      }
    }
    koulutustoimija {
      oid
      nimi {
        fi
        sv
        en
      }
    }
  }
  hankittavatAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    koulutuksenJarjestajaOid
    vaatimuksistaTaiTavoitteistaPoikkeaminen
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatPaikallisetTutkinnonOsat {
    moduleId
    nimi
    laajuus
    osaamisenHankkimistavat {
      ...PeriodDetails
    }
    osaamisenOsoittaminen {
      ...DemonstrationDetails
    }
  }
  hankittavatYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    osaAlueet {
      moduleId
      osaAlueKoodiUri
      osaamisenHankkimistavat {
        ...PeriodDetails
      }
      osaamisenOsoittaminen {
        ...DemonstrationDetails
      }
    }
  }
  aiemminHankitutAmmatTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutPaikallisetTutkinnonOsat {
    moduleId
    nimi
    valittuTodentamisenProsessiKoodiUri
  }
  aiemminHankitutYhteisetTutkinnonOsat {
    moduleId
    tutkinnonOsaKoodiUri
    valittuTodentamisenProsessiKoodiUri
  }
  opiskeluvalmiuksiaTukevatOpinnot {
    nimi
    kuvaus
    alku
    loppu
  }
  oppimisenTuki {
    oppimisenTuenTyyppiKoodiUri
    alku
    loppu
  }
}`) as unknown as TypedDocumentString<WorkplaceStudentsQuery, WorkplaceStudentsQueryVariables>;