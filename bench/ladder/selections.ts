/**
 * The fields each read scenario asks for, written once: the GraphQL selections come from here,
 * and so do the hand-written SQL's JSON objects (L0), so both levels return the same JSON.
 * Keys are the GraphQL field names; values say how SQL makes the value from the row alias.
 */
type Column = string;
/** camelCase field name → SQL expression over the row alias `t`. */
export type Selection = Record<string, Column>;

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const columns = (...names: string[]): Selection => Object.fromEntries(names.map((n) => [n, `t.${snake(n)}`]));

/** JSONB values are selected in GraphQL with these subfields (the dataset writes exactly these keys). */
export const JSON_SUBFIELDS: Record<string, string> = {
  tyopaikallaJarjestettavaKoulutus: "{ tyopaikanNimi tyopaikanYTunnus keskeisetTyotehtavat vastuullinenTyopaikkaOhjaaja { nimi sahkoposti oid } }",
  nayttoymparisto: "{ nimi yTunnus }",
  tyoelamaOsaamisenArvioijat: "{ nimi organisaatio { nimi } oid }",
};

export const PLAN: Selection = {
  id: "t.id::text",
  ...columns("oppijaOid", "opiskeluoikeusOid", "ensikertainenHyvaksyminen", "osaamisenHankkimisenTarve", "sahkoposti", "urasuunnitelmaKoodiUri", "urasuunnitelmaKoodiVersio"),
  hyvaksytty: `to_char(t.hyvaksytty at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
};
export const UNIT: Selection = columns("moduleId", "tutkinnonOsaKoodiUri", "tutkinnonOsaKoodiVersio", "tutkinnonOsanPerusteenDiaarinro", "koulutuksenJarjestajaOid", "opetusJaOhjausMaara");
export const PERIOD: Selection = columns("moduleId", "osaamisenHankkimistapaKoodiUri", "osaamisenHankkimistapaKoodiVersio", "alku", "loppu", "yksiloivaTunniste", "osaAikaisuustieto", "tyopaikallaJarjestettavaKoulutus");
export const DEMONSTRATION: Selection = columns("moduleId", "alku", "loppu", "nayttoymparisto", "sisallonKuvaus", "tyoelamaOsaamisenArvioijat");
export const PLAN_SUMMARY: Selection = { id: "t.id::text", ...columns("opiskeluoikeusOid", "ensikertainenHyvaksyminen", "osaamisenSaavuttamisenPvm"), hyvaksytty: PLAN.hyvaksytty! };
/** What a workplace instructor sees of a plan and a unit (R4). */
export const PLAN_FOR_INSTRUCTOR: Selection = { id: "t.id::text", ...columns("oppijaOid", "opiskeluoikeusOid") };
export const UNIT_FOR_INSTRUCTOR: Selection = columns("moduleId", "tutkinnonOsaKoodiUri", "vaatimuksistaTaiTavoitteistaPoikkeaminen");

export function graphqlSelection(selection: Selection, nested: Record<string, string> = {}): string {
  const fields = Object.keys(selection).map((field) => (JSON_SUBFIELDS[field] ? `${field} ${JSON_SUBFIELDS[field]}` : field));
  const lists = Object.entries(nested).map(([field, inner]) => `${field} ${inner}`);
  return `{ ${[...fields, ...lists].join(" ")} }`;
}

/** `jsonb_build_object('field', <expr over alias>, …)` with the alias in place of `t`. */
export function sqlObject(selection: Selection, alias: string, nested: Record<string, string> = {}): string {
  const pairs = Object.entries(selection).map(([field, expr]) => `'${field}', ${expr.replace(/\bt\./g, `${alias}.`)}`);
  const lists = Object.entries(nested).map(([field, expr]) => `'${field}', ${expr}`);
  return `jsonb_build_object(${[...pairs, ...lists].join(", ")})`;
}
