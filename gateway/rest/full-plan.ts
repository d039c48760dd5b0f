/**
 * Every field of a plan as a GraphQL selection, and the way back from a GraphQL plan to the eHOKS
 * v1 document: what the REST door answers with, and what tests compare with the JSON sent.
 */
import { kebabizeKeys } from "../../subgraphs/hoks/write/json-keys.js";

const PERIOD = /* GraphQL */ `
  moduleId osaamisenHankkimistapaKoodiUri osaamisenHankkimistapaKoodiVersio alku loppu yksiloivaTunniste ajanjaksonTarkenne
  jarjestajanEdustaja { nimi rooli oppilaitosOid } hankkijanEdustaja { nimi rooli oppilaitosOid }
  tyopaikallaJarjestettavaKoulutus { vastuullinenTyopaikkaOhjaaja { nimi sahkoposti puhelinnumero oid } tyopaikanNimi tyopaikanYTunnus keskeisetTyotehtavat }
  muutOppimisymparistot { oppimisymparistoKoodiUri oppimisymparistoKoodiVersio alku loppu }
  osaAikaisuustieto oppisopimuksenPerustaKoodiUri oppisopimuksenPerustaKoodiVersio keskeytymisajanjaksot { alku loppu }`;

const DEMONSTRATION = /* GraphQL */ `
  moduleId alku loppu jarjestaja { oppilaitosOid } nayttoymparisto { nimi yTunnus kuvaus } sisallonKuvaus
  osaAlueet { koodiUri koodiVersio } koulutuksenJarjestajaOsaamisenArvioijat { nimi organisaatio { oppilaitosOid } }
  tyoelamaOsaamisenArvioijat { nimi organisaatio { nimi yTunnus } oid } vaatimuksistaTaiTavoitteistaPoikkeaminen yksilollisetKriteerit`;

const UNIT_COMMON = `moduleId koulutuksenJarjestajaOid vaatimuksistaTaiTavoitteistaPoikkeaminen olennainenSeikka`;
const ACQUIRED = `${UNIT_COMMON} opetusJaOhjausMaara osaamisenHankkimistavat { ${PERIOD} } osaamisenOsoittaminen { ${DEMONSTRATION} }`;
const PRIOR = `${UNIT_COMMON} valittuTodentamisenProsessiKoodiUri valittuTodentamisenProsessiKoodiVersio
  tarkentavatTiedotOsaamisenArvioija { lahetettyArvioitavaksi aiemminHankitunOsaamisenArvioijat { nimi organisaatio { oppilaitosOid } } }
  tarkentavatTiedotNaytto { ${DEMONSTRATION} }`;
const LOCAL = `amosaaTunniste nimi laajuus tavoitteetJaSisallot`;

export const FULL_HOKS_FIELDS = /* GraphQL */ `
  id oppijaOid opiskeluoikeusOid tuvaOpiskeluoikeusOid sahkoposti puhelinnumero urasuunnitelmaKoodiUri urasuunnitelmaKoodiVersio
  versio ensikertainenHyvaksyminen hyvaksytty paivitetty osaamisenSaavuttamisenPvm osaamisenHankkimisenTarve revision
  hankittavatAmmatTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsaKoodiVersio tutkinnonOsanPerusteenDiaarinro ${ACQUIRED} }
  hankittavatYhteisetTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsaKoodiVersio ${UNIT_COMMON} osaAlueet { osaAlueKoodiUri osaAlueKoodiVersio ${ACQUIRED} } }
  hankittavatPaikallisetTutkinnonOsat { ${LOCAL} ${ACQUIRED} }
  aiemminHankitutAmmatTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsaKoodiVersio tutkinnonOsanPerusteenDiaarinro ${PRIOR} }
  aiemminHankitutYhteisetTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsaKoodiVersio ${PRIOR} osaAlueet { osaAlueKoodiUri osaAlueKoodiVersio ${PRIOR} } }
  aiemminHankitutPaikallisetTutkinnonOsat { ${LOCAL} ${PRIOR} }
  opiskeluvalmiuksiaTukevatOpinnot { nimi kuvaus alku loppu }
  oppimisenTuki { oppimisenTuenTyyppiKoodiUri oppimisenTuenTyyppiKoodiVersio alku loppu tutkinnonOsanTyyppiKoodiUri tutkinnonOsanTyyppiKoodiVersio }
  hankittavatKoulutuksenOsat { koulutuksenOsaKoodiUri koulutuksenOsaKoodiVersio alku loppu laajuus }`;

/** Fields the server makes: never sent by a system, always answered. */
export const SERVER_FIELDS: ReadonlySet<string> = new Set(["id", "moduleId", "revision"]);

/** Drops nulls, empty lists and the `dropped` keys, recursively: eHOKS v1 leaves out what is not there. */
function compact(value: unknown, dropped: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => compact(v, dropped));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([k, v]) => !dropped.has(k) && v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, compact(v, dropped)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * A GraphQL plan as an eHOKS v1 document, with the server's ids (`id` a number, as v1 has it, and
 * `module-id`s); the revision goes in `meta`.
 */
export function toEhoksDocument(plan: Record<string, unknown>): unknown {
  return kebabizeKeys(compact({ ...plan, id: Number(plan.id) }, new Set(["revision"])));
}

/** A GraphQL plan as the document its sender sent: no server-made fields at all. */
export function asSentDocument(plan: unknown): unknown {
  return kebabizeKeys(compact(plan, SERVER_FIELDS));
}
