/** A selection of every field of a plan, and a way to compare a result with the eHOKS JSON sent. */
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

const SERVER_FIELDS = new Set(["id", "moduleId", "revision"]);

/** Drops server-made fields, nulls and empty lists: what remains is what a sender could have sent. */
function withoutServerFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutServerFields);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([k, v]) => !SERVER_FIELDS.has(k) && v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, withoutServerFields(v)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** A GraphQL plan as the eHOKS JSON document it came from. */
export function asEhoksDocument(plan: unknown): unknown {
  return kebabizeKeys(withoutServerFields(plan));
}
