/**
 * Synthetic students at Rantala with valid OIDs (check digits and all), and full plans for them
 * modelled on valid-full.json, for benchmarks that go through the whole write path.
 */
import { ibm137, luhn } from "../../subgraphs/shared/validation/identifiers.js";
import type { WorldDocument } from "../../subgraphs/persons/import/world-document.js";

const RANTALA_PROVIDER = "1.2.246.562.10.55500012343";
const RANTALA_INSTITUTION = "1.2.246.562.10.55500012350";

/** Ten digits, first non-zero, unique per index (a prefix keeps them clear of the example world). */
const digits = (index: number) => `8${String(index).padStart(9, "0")}`;
const withDigit = (base: string, check: number) => `${base}${check === 0 ? "10" : check}`;

export const personOid = (index: number) => `1.2.246.562.24.${withDigit(digits(index), ibm137(digits(index)))}`;
export const studyRightOid = (index: number) => `1.2.246.562.15.${withDigit(digits(index), luhn(digits(index)))}`;

export function syntheticWorld(from: number, count: number): WorldDocument {
  const indexes = Array.from({ length: count }, (_, i) => from + i);
  return {
    henkilot: indexes.map((i) => ({ oid: personOid(i), etunimet: `Opiskelija ${i}`, sukunimi: "Testinen" })),
    opiskeluoikeudet: indexes.map((i) => ({
      oid: studyRightOid(i),
      oppijaOid: personOid(i),
      tyyppi: "ammatillinenkoulutus" as const,
      oppilaitos: RANTALA_INSTITUTION,
      koulutustoimija: RANTALA_PROVIDER,
      alkamispaiva: "2025-08-01",
      arvioituPaattymispaiva: "2027-06-30",
      tila: { opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna" as const }] },
      suoritukset: [],
    })),
  };
}

/** valid-full.json for synthetic student `index`. */
export function fullPlanFor(template: Record<string, unknown>, index: number): Record<string, unknown> {
  return { ...template, "oppija-oid": personOid(index), "opiskeluoikeus-oid": studyRightOid(index) };
}
