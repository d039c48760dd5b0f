/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AccessLog($first: Int, $after: String) {\n  kayttoloki(first: $first, after: $after) {\n    nodes {\n      aika\n      toiminto\n      tieto\n      peruste\n      perusteenKuvaus\n      kayttaja {\n        rooli\n        yTunnus\n        organisaatiot {\n          oid\n          nimi {\n            fi\n            sv\n            en\n          }\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.AccessLogDocument,
    "query CodeNames {\n  koodistonNimet {\n    koodiUri\n    fi\n    sv\n    en\n  }\n}": typeof types.CodeNamesDocument,
    "query ConsentedToMe($first: Int, $after: String) {\n  suostumuksetMinulle(first: $first, after: $after) {\n    nodes {\n      id\n      osiot\n      tarkoitus\n      voimassaAlku\n      voimassaLoppu\n      oppija {\n        oid\n        etunimet\n        sukunimi\n      }\n      hoks {\n        ...PlanDetails\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.ConsentedToMeDocument,
    "mutation CreateConsent($input: CreateConsentInput!) {\n  createConsent(input: $input) {\n    id\n  }\n}": typeof types.CreateConsentDocument,
    "mutation CreateShareLink($input: CreateShareLinkInput!) {\n  createShareLink(input: $input) {\n    token\n    jakolinkki {\n      id\n    }\n  }\n}": typeof types.CreateShareLinkDocument,
    "mutation DeleteShareLink($id: ID!) {\n  deleteShareLink(id: $id)\n}": typeof types.DeleteShareLinkDocument,
    "fragment DemonstrationDetails on OsaamisenOsoittaminen {\n  moduleId\n  alku\n  loppu\n  nayttoymparisto {\n    nimi\n    kuvaus\n  }\n  sisallonKuvaus\n  yksilollisetKriteerit\n  tyoelamaOsaamisenArvioijat {\n    nimi\n  }\n  koulutuksenJarjestajaOsaamisenArvioijat {\n    nimi\n  }\n}": typeof types.DemonstrationDetailsFragmentDoc,
    "query MyConsents {\n  me {\n    oid\n    hoksit {\n      id\n      ensikertainenHyvaksyminen\n      hankittavatAmmatTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n      }\n      hankittavatPaikallisetTutkinnonOsat {\n        moduleId\n        nimi\n      }\n      hankittavatYhteisetTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n      }\n    }\n    suostumukset {\n      id\n      hoks {\n        id\n      }\n      vastaanottaja {\n        henkiloOid\n        organisaatioOid\n        yTunnus\n      }\n      osiot\n      tutkinnonOsaModuleIds\n      tarkoitus\n      voimassaAlku\n      voimassaLoppu\n      peruttu\n      createdAt\n    }\n  }\n}": typeof types.MyConsentsDocument,
    "query MyPlans {\n  me {\n    oid\n    etunimet\n    sukunimi\n    hoksit {\n      ...PlanDetails\n    }\n  }\n  omatPalautekyselyt {\n    hoksId\n    kyselytyyppi\n    kyselylinkki\n    vastausaikaLoppu\n  }\n}": typeof types.MyPlansDocument,
    "query MyShareLinks {\n  me {\n    oid\n    hoksit {\n      id\n      hankittavatAmmatTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n        osaamisenHankkimistavat {\n          moduleId\n          osaamisenHankkimistapaKoodiUri\n          alku\n          loppu\n          tyopaikallaJarjestettavaKoulutus {\n            tyopaikanNimi\n          }\n        }\n        osaamisenOsoittaminen {\n          moduleId\n          alku\n          loppu\n          nayttoymparisto {\n            nimi\n          }\n        }\n      }\n      hankittavatPaikallisetTutkinnonOsat {\n        moduleId\n        nimi\n        osaamisenHankkimistavat {\n          moduleId\n          osaamisenHankkimistapaKoodiUri\n          alku\n          loppu\n          tyopaikallaJarjestettavaKoulutus {\n            tyopaikanNimi\n          }\n        }\n        osaamisenOsoittaminen {\n          moduleId\n          alku\n          loppu\n          nayttoymparisto {\n            nimi\n          }\n        }\n      }\n    }\n    jakolinkit {\n      id\n      hoks {\n        id\n      }\n      tutkinnonOsaModuleId\n      kohdeTyyppi\n      kohdeModuleId\n      voimassaAlku\n      voimassaLoppu\n      createdAt\n    }\n  }\n}": typeof types.MyShareLinksDocument,
    "fragment PeriodDetails on OsaamisenHankkimistapa {\n  moduleId\n  osaamisenHankkimistapaKoodiUri\n  alku\n  loppu\n  ajanjaksonTarkenne\n  tyopaikallaJarjestettavaKoulutus {\n    tyopaikanNimi\n    keskeisetTyotehtavat\n    vastuullinenTyopaikkaOhjaaja {\n      nimi\n    }\n  }\n  muutOppimisymparistot {\n    oppimisymparistoKoodiUri\n    alku\n    loppu\n  }\n}": typeof types.PeriodDetailsFragmentDoc,
    "fragment PlanDetails on Hoks {\n  id\n  oppijaOid\n  opiskeluoikeusOid\n  ensikertainenHyvaksyminen\n  paivitetty\n  urasuunnitelmaKoodiUri\n  oppija {\n    oid\n    etunimet\n    sukunimi\n  }\n  opiskeluoikeus {\n    oid\n    alkamispaiva\n    paattymispaiva\n    oppilaitos {\n      oid\n      nimi {\n        fi\n        sv\n        en\n      }\n    }\n    koulutustoimija {\n      oid\n      nimi {\n        fi\n        sv\n        en\n      }\n    }\n  }\n  hankittavatAmmatTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    koulutuksenJarjestajaOid\n    vaatimuksistaTaiTavoitteistaPoikkeaminen\n    osaamisenHankkimistavat {\n      ...PeriodDetails\n    }\n    osaamisenOsoittaminen {\n      ...DemonstrationDetails\n    }\n  }\n  hankittavatPaikallisetTutkinnonOsat {\n    moduleId\n    nimi\n    laajuus\n    osaamisenHankkimistavat {\n      ...PeriodDetails\n    }\n    osaamisenOsoittaminen {\n      ...DemonstrationDetails\n    }\n  }\n  hankittavatYhteisetTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    osaAlueet {\n      moduleId\n      osaAlueKoodiUri\n      osaamisenHankkimistavat {\n        ...PeriodDetails\n      }\n      osaamisenOsoittaminen {\n        ...DemonstrationDetails\n      }\n    }\n  }\n  aiemminHankitutAmmatTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    valittuTodentamisenProsessiKoodiUri\n  }\n  aiemminHankitutPaikallisetTutkinnonOsat {\n    moduleId\n    nimi\n    valittuTodentamisenProsessiKoodiUri\n  }\n  aiemminHankitutYhteisetTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    valittuTodentamisenProsessiKoodiUri\n  }\n  opiskeluvalmiuksiaTukevatOpinnot {\n    nimi\n    kuvaus\n    alku\n    loppu\n  }\n  oppimisenTuki {\n    oppimisenTuenTyyppiKoodiUri\n    alku\n    loppu\n  }\n}": typeof types.PlanDetailsFragmentDoc,
    "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    peruttu\n  }\n}": typeof types.RevokeConsentDocument,
    "query SharedModule {\n  jaettuModuuli {\n    tutkinnonOsaModuleId\n    kohdeTyyppi\n    kohdeModuleId\n    voimassaAlku\n    voimassaLoppu\n    hoks {\n      ...PlanDetails\n    }\n  }\n}": typeof types.SharedModuleDocument,
    "query StaffStudent($oid: ID!) {\n  henkilo(oid: $oid) {\n    oid\n    etunimet\n    sukunimi\n    hoksit {\n      ...PlanDetails\n    }\n  }\n}": typeof types.StaffStudentDocument,
    "query StaffStudents($first: Int, $after: String, $nimi: String) {\n  opiskelijalista(first: $first, after: $after, nimi: $nimi) {\n    nodes {\n      oid\n      etunimet\n      sukunimi\n      hoksit {\n        id\n        ensikertainenHyvaksyminen\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.StaffStudentsDocument,
    "query WorkplaceStudents {\n  workplaceAssignments {\n    ...PlanDetails\n  }\n}": typeof types.WorkplaceStudentsDocument,
};
const documents: Documents = {
    "query AccessLog($first: Int, $after: String) {\n  kayttoloki(first: $first, after: $after) {\n    nodes {\n      aika\n      toiminto\n      tieto\n      peruste\n      perusteenKuvaus\n      kayttaja {\n        rooli\n        yTunnus\n        organisaatiot {\n          oid\n          nimi {\n            fi\n            sv\n            en\n          }\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.AccessLogDocument,
    "query CodeNames {\n  koodistonNimet {\n    koodiUri\n    fi\n    sv\n    en\n  }\n}": types.CodeNamesDocument,
    "query ConsentedToMe($first: Int, $after: String) {\n  suostumuksetMinulle(first: $first, after: $after) {\n    nodes {\n      id\n      osiot\n      tarkoitus\n      voimassaAlku\n      voimassaLoppu\n      oppija {\n        oid\n        etunimet\n        sukunimi\n      }\n      hoks {\n        ...PlanDetails\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.ConsentedToMeDocument,
    "mutation CreateConsent($input: CreateConsentInput!) {\n  createConsent(input: $input) {\n    id\n  }\n}": types.CreateConsentDocument,
    "mutation CreateShareLink($input: CreateShareLinkInput!) {\n  createShareLink(input: $input) {\n    token\n    jakolinkki {\n      id\n    }\n  }\n}": types.CreateShareLinkDocument,
    "mutation DeleteShareLink($id: ID!) {\n  deleteShareLink(id: $id)\n}": types.DeleteShareLinkDocument,
    "fragment DemonstrationDetails on OsaamisenOsoittaminen {\n  moduleId\n  alku\n  loppu\n  nayttoymparisto {\n    nimi\n    kuvaus\n  }\n  sisallonKuvaus\n  yksilollisetKriteerit\n  tyoelamaOsaamisenArvioijat {\n    nimi\n  }\n  koulutuksenJarjestajaOsaamisenArvioijat {\n    nimi\n  }\n}": types.DemonstrationDetailsFragmentDoc,
    "query MyConsents {\n  me {\n    oid\n    hoksit {\n      id\n      ensikertainenHyvaksyminen\n      hankittavatAmmatTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n      }\n      hankittavatPaikallisetTutkinnonOsat {\n        moduleId\n        nimi\n      }\n      hankittavatYhteisetTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n      }\n    }\n    suostumukset {\n      id\n      hoks {\n        id\n      }\n      vastaanottaja {\n        henkiloOid\n        organisaatioOid\n        yTunnus\n      }\n      osiot\n      tutkinnonOsaModuleIds\n      tarkoitus\n      voimassaAlku\n      voimassaLoppu\n      peruttu\n      createdAt\n    }\n  }\n}": types.MyConsentsDocument,
    "query MyPlans {\n  me {\n    oid\n    etunimet\n    sukunimi\n    hoksit {\n      ...PlanDetails\n    }\n  }\n  omatPalautekyselyt {\n    hoksId\n    kyselytyyppi\n    kyselylinkki\n    vastausaikaLoppu\n  }\n}": types.MyPlansDocument,
    "query MyShareLinks {\n  me {\n    oid\n    hoksit {\n      id\n      hankittavatAmmatTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n        osaamisenHankkimistavat {\n          moduleId\n          osaamisenHankkimistapaKoodiUri\n          alku\n          loppu\n          tyopaikallaJarjestettavaKoulutus {\n            tyopaikanNimi\n          }\n        }\n        osaamisenOsoittaminen {\n          moduleId\n          alku\n          loppu\n          nayttoymparisto {\n            nimi\n          }\n        }\n      }\n      hankittavatPaikallisetTutkinnonOsat {\n        moduleId\n        nimi\n        osaamisenHankkimistavat {\n          moduleId\n          osaamisenHankkimistapaKoodiUri\n          alku\n          loppu\n          tyopaikallaJarjestettavaKoulutus {\n            tyopaikanNimi\n          }\n        }\n        osaamisenOsoittaminen {\n          moduleId\n          alku\n          loppu\n          nayttoymparisto {\n            nimi\n          }\n        }\n      }\n    }\n    jakolinkit {\n      id\n      hoks {\n        id\n      }\n      tutkinnonOsaModuleId\n      kohdeTyyppi\n      kohdeModuleId\n      voimassaAlku\n      voimassaLoppu\n      createdAt\n    }\n  }\n}": types.MyShareLinksDocument,
    "fragment PeriodDetails on OsaamisenHankkimistapa {\n  moduleId\n  osaamisenHankkimistapaKoodiUri\n  alku\n  loppu\n  ajanjaksonTarkenne\n  tyopaikallaJarjestettavaKoulutus {\n    tyopaikanNimi\n    keskeisetTyotehtavat\n    vastuullinenTyopaikkaOhjaaja {\n      nimi\n    }\n  }\n  muutOppimisymparistot {\n    oppimisymparistoKoodiUri\n    alku\n    loppu\n  }\n}": types.PeriodDetailsFragmentDoc,
    "fragment PlanDetails on Hoks {\n  id\n  oppijaOid\n  opiskeluoikeusOid\n  ensikertainenHyvaksyminen\n  paivitetty\n  urasuunnitelmaKoodiUri\n  oppija {\n    oid\n    etunimet\n    sukunimi\n  }\n  opiskeluoikeus {\n    oid\n    alkamispaiva\n    paattymispaiva\n    oppilaitos {\n      oid\n      nimi {\n        fi\n        sv\n        en\n      }\n    }\n    koulutustoimija {\n      oid\n      nimi {\n        fi\n        sv\n        en\n      }\n    }\n  }\n  hankittavatAmmatTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    koulutuksenJarjestajaOid\n    vaatimuksistaTaiTavoitteistaPoikkeaminen\n    osaamisenHankkimistavat {\n      ...PeriodDetails\n    }\n    osaamisenOsoittaminen {\n      ...DemonstrationDetails\n    }\n  }\n  hankittavatPaikallisetTutkinnonOsat {\n    moduleId\n    nimi\n    laajuus\n    osaamisenHankkimistavat {\n      ...PeriodDetails\n    }\n    osaamisenOsoittaminen {\n      ...DemonstrationDetails\n    }\n  }\n  hankittavatYhteisetTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    osaAlueet {\n      moduleId\n      osaAlueKoodiUri\n      osaamisenHankkimistavat {\n        ...PeriodDetails\n      }\n      osaamisenOsoittaminen {\n        ...DemonstrationDetails\n      }\n    }\n  }\n  aiemminHankitutAmmatTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    valittuTodentamisenProsessiKoodiUri\n  }\n  aiemminHankitutPaikallisetTutkinnonOsat {\n    moduleId\n    nimi\n    valittuTodentamisenProsessiKoodiUri\n  }\n  aiemminHankitutYhteisetTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    valittuTodentamisenProsessiKoodiUri\n  }\n  opiskeluvalmiuksiaTukevatOpinnot {\n    nimi\n    kuvaus\n    alku\n    loppu\n  }\n  oppimisenTuki {\n    oppimisenTuenTyyppiKoodiUri\n    alku\n    loppu\n  }\n}": types.PlanDetailsFragmentDoc,
    "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    peruttu\n  }\n}": types.RevokeConsentDocument,
    "query SharedModule {\n  jaettuModuuli {\n    tutkinnonOsaModuleId\n    kohdeTyyppi\n    kohdeModuleId\n    voimassaAlku\n    voimassaLoppu\n    hoks {\n      ...PlanDetails\n    }\n  }\n}": types.SharedModuleDocument,
    "query StaffStudent($oid: ID!) {\n  henkilo(oid: $oid) {\n    oid\n    etunimet\n    sukunimi\n    hoksit {\n      ...PlanDetails\n    }\n  }\n}": types.StaffStudentDocument,
    "query StaffStudents($first: Int, $after: String, $nimi: String) {\n  opiskelijalista(first: $first, after: $after, nimi: $nimi) {\n    nodes {\n      oid\n      etunimet\n      sukunimi\n      hoksit {\n        id\n        ensikertainenHyvaksyminen\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.StaffStudentsDocument,
    "query WorkplaceStudents {\n  workplaceAssignments {\n    ...PlanDetails\n  }\n}": types.WorkplaceStudentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessLog($first: Int, $after: String) {\n  kayttoloki(first: $first, after: $after) {\n    nodes {\n      aika\n      toiminto\n      tieto\n      peruste\n      perusteenKuvaus\n      kayttaja {\n        rooli\n        yTunnus\n        organisaatiot {\n          oid\n          nimi {\n            fi\n            sv\n            en\n          }\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): typeof import('./graphql').AccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CodeNames {\n  koodistonNimet {\n    koodiUri\n    fi\n    sv\n    en\n  }\n}"): typeof import('./graphql').CodeNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentedToMe($first: Int, $after: String) {\n  suostumuksetMinulle(first: $first, after: $after) {\n    nodes {\n      id\n      osiot\n      tarkoitus\n      voimassaAlku\n      voimassaLoppu\n      oppija {\n        oid\n        etunimet\n        sukunimi\n      }\n      hoks {\n        ...PlanDetails\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): typeof import('./graphql').ConsentedToMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateConsent($input: CreateConsentInput!) {\n  createConsent(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').CreateConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateShareLink($input: CreateShareLinkInput!) {\n  createShareLink(input: $input) {\n    token\n    jakolinkki {\n      id\n    }\n  }\n}"): typeof import('./graphql').CreateShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteShareLink($id: ID!) {\n  deleteShareLink(id: $id)\n}"): typeof import('./graphql').DeleteShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DemonstrationDetails on OsaamisenOsoittaminen {\n  moduleId\n  alku\n  loppu\n  nayttoymparisto {\n    nimi\n    kuvaus\n  }\n  sisallonKuvaus\n  yksilollisetKriteerit\n  tyoelamaOsaamisenArvioijat {\n    nimi\n  }\n  koulutuksenJarjestajaOsaamisenArvioijat {\n    nimi\n  }\n}"): typeof import('./graphql').DemonstrationDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyConsents {\n  me {\n    oid\n    hoksit {\n      id\n      ensikertainenHyvaksyminen\n      hankittavatAmmatTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n      }\n      hankittavatPaikallisetTutkinnonOsat {\n        moduleId\n        nimi\n      }\n      hankittavatYhteisetTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n      }\n    }\n    suostumukset {\n      id\n      hoks {\n        id\n      }\n      vastaanottaja {\n        henkiloOid\n        organisaatioOid\n        yTunnus\n      }\n      osiot\n      tutkinnonOsaModuleIds\n      tarkoitus\n      voimassaAlku\n      voimassaLoppu\n      peruttu\n      createdAt\n    }\n  }\n}"): typeof import('./graphql').MyConsentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPlans {\n  me {\n    oid\n    etunimet\n    sukunimi\n    hoksit {\n      ...PlanDetails\n    }\n  }\n  omatPalautekyselyt {\n    hoksId\n    kyselytyyppi\n    kyselylinkki\n    vastausaikaLoppu\n  }\n}"): typeof import('./graphql').MyPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyShareLinks {\n  me {\n    oid\n    hoksit {\n      id\n      hankittavatAmmatTutkinnonOsat {\n        moduleId\n        tutkinnonOsaKoodiUri\n        osaamisenHankkimistavat {\n          moduleId\n          osaamisenHankkimistapaKoodiUri\n          alku\n          loppu\n          tyopaikallaJarjestettavaKoulutus {\n            tyopaikanNimi\n          }\n        }\n        osaamisenOsoittaminen {\n          moduleId\n          alku\n          loppu\n          nayttoymparisto {\n            nimi\n          }\n        }\n      }\n      hankittavatPaikallisetTutkinnonOsat {\n        moduleId\n        nimi\n        osaamisenHankkimistavat {\n          moduleId\n          osaamisenHankkimistapaKoodiUri\n          alku\n          loppu\n          tyopaikallaJarjestettavaKoulutus {\n            tyopaikanNimi\n          }\n        }\n        osaamisenOsoittaminen {\n          moduleId\n          alku\n          loppu\n          nayttoymparisto {\n            nimi\n          }\n        }\n      }\n    }\n    jakolinkit {\n      id\n      hoks {\n        id\n      }\n      tutkinnonOsaModuleId\n      kohdeTyyppi\n      kohdeModuleId\n      voimassaAlku\n      voimassaLoppu\n      createdAt\n    }\n  }\n}"): typeof import('./graphql').MyShareLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PeriodDetails on OsaamisenHankkimistapa {\n  moduleId\n  osaamisenHankkimistapaKoodiUri\n  alku\n  loppu\n  ajanjaksonTarkenne\n  tyopaikallaJarjestettavaKoulutus {\n    tyopaikanNimi\n    keskeisetTyotehtavat\n    vastuullinenTyopaikkaOhjaaja {\n      nimi\n    }\n  }\n  muutOppimisymparistot {\n    oppimisymparistoKoodiUri\n    alku\n    loppu\n  }\n}"): typeof import('./graphql').PeriodDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlanDetails on Hoks {\n  id\n  oppijaOid\n  opiskeluoikeusOid\n  ensikertainenHyvaksyminen\n  paivitetty\n  urasuunnitelmaKoodiUri\n  oppija {\n    oid\n    etunimet\n    sukunimi\n  }\n  opiskeluoikeus {\n    oid\n    alkamispaiva\n    paattymispaiva\n    oppilaitos {\n      oid\n      nimi {\n        fi\n        sv\n        en\n      }\n    }\n    koulutustoimija {\n      oid\n      nimi {\n        fi\n        sv\n        en\n      }\n    }\n  }\n  hankittavatAmmatTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    koulutuksenJarjestajaOid\n    vaatimuksistaTaiTavoitteistaPoikkeaminen\n    osaamisenHankkimistavat {\n      ...PeriodDetails\n    }\n    osaamisenOsoittaminen {\n      ...DemonstrationDetails\n    }\n  }\n  hankittavatPaikallisetTutkinnonOsat {\n    moduleId\n    nimi\n    laajuus\n    osaamisenHankkimistavat {\n      ...PeriodDetails\n    }\n    osaamisenOsoittaminen {\n      ...DemonstrationDetails\n    }\n  }\n  hankittavatYhteisetTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    osaAlueet {\n      moduleId\n      osaAlueKoodiUri\n      osaamisenHankkimistavat {\n        ...PeriodDetails\n      }\n      osaamisenOsoittaminen {\n        ...DemonstrationDetails\n      }\n    }\n  }\n  aiemminHankitutAmmatTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    valittuTodentamisenProsessiKoodiUri\n  }\n  aiemminHankitutPaikallisetTutkinnonOsat {\n    moduleId\n    nimi\n    valittuTodentamisenProsessiKoodiUri\n  }\n  aiemminHankitutYhteisetTutkinnonOsat {\n    moduleId\n    tutkinnonOsaKoodiUri\n    valittuTodentamisenProsessiKoodiUri\n  }\n  opiskeluvalmiuksiaTukevatOpinnot {\n    nimi\n    kuvaus\n    alku\n    loppu\n  }\n  oppimisenTuki {\n    oppimisenTuenTyyppiKoodiUri\n    alku\n    loppu\n  }\n}"): typeof import('./graphql').PlanDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    peruttu\n  }\n}"): typeof import('./graphql').RevokeConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedModule {\n  jaettuModuuli {\n    tutkinnonOsaModuleId\n    kohdeTyyppi\n    kohdeModuleId\n    voimassaAlku\n    voimassaLoppu\n    hoks {\n      ...PlanDetails\n    }\n  }\n}"): typeof import('./graphql').SharedModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffStudent($oid: ID!) {\n  henkilo(oid: $oid) {\n    oid\n    etunimet\n    sukunimi\n    hoksit {\n      ...PlanDetails\n    }\n  }\n}"): typeof import('./graphql').StaffStudentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffStudents($first: Int, $after: String, $nimi: String) {\n  opiskelijalista(first: $first, after: $after, nimi: $nimi) {\n    nodes {\n      oid\n      etunimet\n      sukunimi\n      hoksit {\n        id\n        ensikertainenHyvaksyminen\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): typeof import('./graphql').StaffStudentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkplaceStudents {\n  workplaceAssignments {\n    ...PlanDetails\n  }\n}"): typeof import('./graphql').WorkplaceStudentsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
