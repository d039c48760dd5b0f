/**
 * Every field of a plan as a GraphQL selection, and the way back from a GraphQL plan to the eHOKS
 * v1 document: what the REST door answers with, and what tests compare with the JSON sent.
 */
import { kebabizeKeys } from "../../subgraphs/hoks/write/json-keys.js";
import { PLAN_LISTS } from "../../subgraphs/hoks/write/plan-document.js";

const PERIOD = /* GraphQL */ `
  id moduleId osaamisenHankkimistapaKoodiUri osaamisenHankkimistapaKoodiVersio alku loppu yksiloivaTunniste ajanjaksonTarkenne
  jarjestajanEdustaja { nimi rooli oppilaitosOid } hankkijanEdustaja { nimi rooli oppilaitosOid }
  tyopaikallaJarjestettavaKoulutus { vastuullinenTyopaikkaOhjaaja { nimi sahkoposti puhelinnumero oid } tyopaikanNimi tyopaikanYTunnus keskeisetTyotehtavat }
  muutOppimisymparistot { oppimisymparistoKoodiUri oppimisymparistoKoodiVersio alku loppu }
  osaAikaisuustieto oppisopimuksenPerustaKoodiUri oppisopimuksenPerustaKoodiVersio keskeytymisajanjaksot { alku loppu }`;

const DEMONSTRATION = /* GraphQL */ `
  id moduleId alku loppu jarjestaja { oppilaitosOid } nayttoymparisto { nimi yTunnus kuvaus } sisallonKuvaus
  osaAlueet { koodiUri koodiVersio } koulutuksenJarjestajaOsaamisenArvioijat { nimi organisaatio { oppilaitosOid } }
  tyoelamaOsaamisenArvioijat { nimi organisaatio { nimi yTunnus } oid } vaatimuksistaTaiTavoitteistaPoikkeaminen yksilollisetKriteerit`;

const UNIT_COMMON = `id moduleId koulutuksenJarjestajaOid vaatimuksistaTaiTavoitteistaPoikkeaminen olennainenSeikka`;
const ACQUIRED = `${UNIT_COMMON} opetusJaOhjausMaara osaamisenHankkimistavat { ${PERIOD} } osaamisenOsoittaminen { ${DEMONSTRATION} }`;
const PRIOR = `${UNIT_COMMON} valittuTodentamisenProsessiKoodiUri valittuTodentamisenProsessiKoodiVersio
  tarkentavatTiedotOsaamisenArvioija { lahetettyArvioitavaksi aiemminHankitunOsaamisenArvioijat { nimi organisaatio { oppilaitosOid } } }
  tarkentavatTiedotNaytto { ${DEMONSTRATION} }`;
const LOCAL = `amosaaTunniste nimi laajuus tavoitteetJaSisallot`;

export const FULL_HOKS_FIELDS = /* GraphQL */ `
  id eid manuaalisyotto oppijaOid opiskeluoikeusOid tuvaOpiskeluoikeusOid sahkoposti puhelinnumero urasuunnitelmaKoodiUri urasuunnitelmaKoodiVersio
  versio ensikertainenHyvaksyminen hyvaksytty paivitetty osaamisenSaavuttamisenPvm osaamisenHankkimisenTarve revision
  hankittavatAmmatTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsaKoodiVersio tutkinnonOsanPerusteenDiaarinro ${ACQUIRED} }
  hankittavatYhteisetTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsaKoodiVersio ${UNIT_COMMON} osaAlueet { osaAlueKoodiUri osaAlueKoodiVersio ${ACQUIRED} } }
  hankittavatPaikallisetTutkinnonOsat { ${LOCAL} ${ACQUIRED} }
  aiemminHankitutAmmatTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsaKoodiVersio tutkinnonOsanPerusteenDiaarinro ${PRIOR} }
  aiemminHankitutYhteisetTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsaKoodiVersio ${PRIOR} osaAlueet { osaAlueKoodiUri osaAlueKoodiVersio ${PRIOR} } }
  aiemminHankitutPaikallisetTutkinnonOsat { ${LOCAL} ${PRIOR} }
  opiskeluvalmiuksiaTukevatOpinnot { id nimi kuvaus alku loppu }
  oppimisenTuki { id oppimisenTuenTyyppiKoodiUri oppimisenTuenTyyppiKoodiVersio alku loppu tutkinnonOsanTyyppiKoodiUri tutkinnonOsanTyyppiKoodiVersio }
  hankittavatKoulutuksenOsat { id koulutuksenOsaKoodiUri koulutuksenOsaKoodiVersio alku loppu laajuus }`;

/** Fields the server makes: never sent by a system, always answered. */
export const SERVER_FIELDS: ReadonlySet<string> = new Set(["id", "eid", "manuaalisyotto", "moduleId", "revision"]);


/**
 * Drops nulls and the `dropped` keys, recursively, and empty lists unless `keepEmptyLists`:
 * eHOKS v1 leaves out a value that is not there, but answers a list as `[]` when it is empty.
 */
function compact(value: unknown, dropped: ReadonlySet<string>, keepEmptyLists = true): unknown {
  if (Array.isArray(value)) return value.map((v) => compact(v, dropped, keepEmptyLists));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([k, v]) => !dropped.has(k) && v !== null && (keepEmptyLists || !(Array.isArray(v) && v.length === 0)))
      .map(([k, v]) => [k, compact(v, dropped, keepEmptyLists)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** GraphQL's IDs are strings; v1 has the plan's and the parts' `id`s as numbers. */
function numericIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(numericIds);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "id" && typeof v === "string" ? Number(v) : numericIds(v)]));
  }
  return value;
}

/**
 * A GraphQL plan as an eHOKS v1 document, with the server's ids (`id` a number, as v1 has it,
 * `eid` and `module-id`s) and all nine lists, `[]` when empty or hidden from the caller; the
 * revision goes in `meta`. What the caller may not see is null in GraphQL and left out here.
 */
export function toEhoksDocument(plan: Record<string, unknown>): unknown {
  const document = numericIds(compact(plan, new Set(["revision"]))) as Record<string, unknown>;
  // A list hidden from the caller is null in GraphQL: to a v1 client it is an empty list.
  for (const list of PLAN_LISTS) document[list] ??= [];
  return kebabizeKeys(document);
}

/** A GraphQL plan as the document its sender sent: no server-made fields and no empty lists. */
export function asSentDocument(plan: unknown): unknown {
  return kebabizeKeys(compact(plan, SERVER_FIELDS, false));
}
