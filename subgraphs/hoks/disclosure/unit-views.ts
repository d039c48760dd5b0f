/**
 * How much of a unit a rule shows: the whole unit (R1–R3, R9; R6 for chosen units and prior
 * learning), its identifying fields and deviation (R4), its identifying fields (R5, R7), or only
 * its code (R8). The child scope picks the widest view per unit in SQL; this applies it.
 */
import type { TutkinnonOsaRow } from "../../../drizzle/schema/index.js";
import { maskFields } from "./field-mask.js";

export const UNIT_VIEWS = ["full", "instructor", "identity", "codes"] as const;
export type UnitView = (typeof UNIT_VIEWS)[number];

const CODES = ["tutkinnonOsaKoodiUri", "tutkinnonOsaKoodiVersio"];
const IDENTITY = [...CODES, "osaAlueKoodiUri", "osaAlueKoodiVersio", "amosaaTunniste", "nimi"];

const VISIBLE: Record<Exclude<UnitView, "full">, ReadonlySet<string>> = {
  instructor: new Set(["moduleId", ...IDENTITY, "vaatimuksistaTaiTavoitteistaPoikkeaminen"]),
  identity: new Set(["moduleId", ...IDENTITY]),
  codes: new Set(["moduleId", ...CODES]),
};

/** Every GraphQL field of any unit type that a view may hide. */
const UNIT_FIELDS = [
  ...IDENTITY,
  // The numeric v1 id, only in the full view: a partial view identifies the unit by its moduleId.
  "id",
  "tutkinnonOsanPerusteenDiaarinro",
  "koulutuksenJarjestajaOid",
  "vaatimuksistaTaiTavoitteistaPoikkeaminen",
  "olennainenSeikka",
  "opetusJaOhjausMaara",
  "laajuus",
  "tavoitteetJaSisallot",
  "valittuTodentamisenProsessiKoodiUri",
  "valittuTodentamisenProsessiKoodiVersio",
  "tarkentavatTiedotOsaamisenArvioija",
];

export function viewUnit(row: TutkinnonOsaRow, view: UnitView): TutkinnonOsaRow {
  return maskFields(row, view === "full" ? "all" : VISIBLE[view], UNIT_FIELDS);
}
