/**
 * Shapes of the JSONB value objects in the hoks tables: the camelCased eHOKS JSON of each leaf
 * object, exactly as the GraphQL types expose them.
 */
export interface Edustaja {
  nimi: string;
  rooli?: string | null;
  oppilaitosOid?: string | null;
}

export interface VastuullinenTyopaikkaOhjaaja {
  nimi: string;
  sahkoposti?: string | null;
  puhelinnumero?: string | null;
  /** Person OID: what lets the instructor log in and see this period (R4). */
  oid?: string | null;
}

export interface TyopaikallaJarjestettavaKoulutus {
  vastuullinenTyopaikkaOhjaaja: VastuullinenTyopaikkaOhjaaja;
  tyopaikanNimi: string;
  tyopaikanYTunnus?: string | null;
  keskeisetTyotehtavat: string[];
}

export interface MuuOppimisymparisto {
  oppimisymparistoKoodiUri: string;
  oppimisymparistoKoodiVersio: number;
  alku: string;
  loppu: string;
}

export interface Keskeytymisajanjakso {
  alku: string;
  loppu?: string | null;
}

export interface OsaamisenOsoittamisenJarjestaja {
  oppilaitosOid?: string | null;
}

export interface Nayttoymparisto {
  nimi: string;
  yTunnus?: string | null;
  kuvaus?: string | null;
}

export interface OsaAlueKoodi {
  koodiUri: string;
  koodiVersio: number;
}

export interface ArvioijanOppilaitos {
  oppilaitosOid?: string | null;
}

export interface KoulutuksenJarjestajaArvioija {
  nimi: string;
  organisaatio?: ArvioijanOppilaitos | null;
}

export interface TyoelamaArvioijanOrganisaatio {
  nimi: string;
  yTunnus?: string | null;
}

export interface TyoelamaArvioija {
  nimi: string;
  organisaatio?: TyoelamaArvioijanOrganisaatio | null;
  /** Person OID: what lets the assessor log in and see this demonstration (R5). */
  oid?: string | null;
}

export interface TarkentavatTiedotOsaamisenArvioija {
  lahetettyArvioitavaksi?: string | null;
  aiemminHankitunOsaamisenArvioijat: KoulutuksenJarjestajaArvioija[];
}
