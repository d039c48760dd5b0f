/**
 * Flattens a plan document into the rows of the hoks tables. Ids of units, periods and
 * demonstrations are made here, so that every table is written with one multi-row insert.
 */
import { randomUUID } from "node:crypto";
import { getTableColumns, type Table } from "drizzle-orm";
import {
  hankittavaKoulutuksenOsa,
  hoks,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
  workplaceNaming,
  type ModuleSection,
} from "../../../drizzle/schema/index.js";
import { addDays } from "../../shared/clock.js";
import { WORKPLACE_METHODS } from "../validation/periods.js";
import { UNIT_SECTIONS, type JsonObject, type PlanDocument } from "./plan-document.js";

type Insert<T extends Table> = T["$inferInsert"];

export interface PlanRows {
  units: Insert<typeof tutkinnonOsa>[];
  periods: Insert<typeof osaamisenHankkimistapa>[];
  demonstrations: Insert<typeof osaamisenOsoittaminen>[];
  readinessStudies: Insert<typeof opiskeluvalmiuksiaTukevaOpinto>[];
  learningSupport: Insert<typeof oppimisenTuki>[];
  tuvaParts: Insert<typeof hankittavaKoulutuksenOsa>[];
  /** Who the periods and demonstrations name (R4, R5): derived, kept for lookups by person. */
  namings: Insert<typeof workplaceNaming>[];
}

/** Server-owned columns that a document never sets. */
export const SERVER_COLUMNS = new Set(["id", "v1Id", "eid", "manuaalisyotto", "moduleId", "hoksId", "section", "parentModuleId", "position", "tutkinnonOsaModuleId", "vastuullinenOhjaajaOid", "revision", "createdAt", "updatedAt", "deletedAt"]);

/**
 * The document's values for the table's own columns; lists and unknown keys are not columns. Only
 * the document's own keys count (never what its prototype answers to a column's name).
 */
function columnValues(table: Table, source: JsonObject): JsonObject {
  const values: JsonObject = {};
  for (const key of Object.keys(getTableColumns(table))) {
    if (!SERVER_COLUMNS.has(key) && Object.hasOwn(source, key)) values[key] = source[key] ?? null;
  }
  return values;
}

const INSTANTS = ["hyvaksytty", "paivitetty"] as const;

/** The plan's own columns the document sends; instants become Dates. */
function topLevelValues(document: PlanDocument): JsonObject {
  const values = columnValues(hoks, document);
  for (const key of INSTANTS) {
    if (typeof values[key] === "string") values[key] = new Date(values[key] as string);
  }
  return values;
}

/** The top-level row of a plan: every top-level column, those not sent set to null (replace semantics). */
export function planTopLevelRow(document: PlanDocument): Insert<typeof hoks> {
  const values = topLevelValues(document);
  for (const key of Object.keys(getTableColumns(hoks))) {
    if (!SERVER_COLUMNS.has(key) && !(key in values)) values[key] = null;
  }
  return values as Insert<typeof hoks>;
}

/**
 * Top-level values a replace keeps when it does not send them, as the existing service does: the
 * student and study right (they never change), the phone number and the TUVA study right. Every
 * other top-level value left out is cleared.
 */
export const KEPT_ON_REPLACE = ["oppijaOid", "opiskeluoikeusOid", "puhelinnumero", "tuvaOpiskeluoikeusOid"] as const;

/** The top-level row of a replace: as planTopLevelRow, without the kept values the document leaves out. */
export function planReplaceRow(document: PlanDocument): Partial<Insert<typeof hoks>> {
  const row: JsonObject = planTopLevelRow(document);
  for (const key of KEPT_ON_REPLACE) if (!Object.hasOwn(document, key) || document[key] == null) delete row[key];
  return row as Partial<Insert<typeof hoks>>;
}

/** The top-level columns a patch sends, and only those. */
export function planPatchRow(document: PlanDocument): Partial<Insert<typeof hoks>> {
  return topLevelValues(document) as Partial<Insert<typeof hoks>>;
}

function list(source: JsonObject, key: string): JsonObject[] {
  const value = source[key];
  return Array.isArray(value) ? (value as JsonObject[]) : [];
}

/** Only workplace periods (training agreement, apprenticeship) make their instructor responsible (R4). */
function instructorNamed(period: JsonObject): string | undefined {
  if (!WORKPLACE_METHODS.has(period.osaamisenHankkimistapaKoodiUri as string)) return undefined;
  const oid = ((period.tyopaikallaJarjestettavaKoulutus as JsonObject | undefined)?.vastuullinenTyopaikkaOhjaaja as JsonObject | undefined)?.oid;
  return typeof oid === "string" ? oid : undefined;
}

function assessorsNamed(demonstration: JsonObject): string[] {
  const oids = list(demonstration, "tyoelamaOsaamisenArvioijat").map((assessor) => assessor.oid);
  return [...new Set(oids.filter((oid): oid is string => typeof oid === "string"))];
}

/** A naming opens its period or demonstration until 90 days after it ends (R4, R5). */
const accessUntil = (loppu: unknown): string => addDays(String(loppu), 90);

export function planChildRows(hoksId: number, document: PlanDocument): PlanRows {
  const rows: PlanRows = { units: [], periods: [], demonstrations: [], readinessStudies: [], learningSupport: [], tuvaParts: [], namings: [] };

  const addUnit = (unit: JsonObject, section: ModuleSection, position: number, parentModuleId: string | null): void => {
    const moduleId = randomUUID();
    const topUnitModuleId = parentModuleId ?? moduleId;
    rows.units.push({ ...columnValues(tutkinnonOsa, unit), moduleId, hoksId, section, position, parentModuleId } as Insert<typeof tutkinnonOsa>);
    list(unit, "osaamisenHankkimistavat").forEach((period, i) => {
      const row = { ...columnValues(osaamisenHankkimistapa, period), moduleId: randomUUID(), hoksId, tutkinnonOsaModuleId: moduleId, position: i } as Insert<typeof osaamisenHankkimistapa>;
      rows.periods.push(row);
      const instructor = instructorNamed(period);
      if (instructor) rows.namings.push({ personOid: instructor, rule: "R4", hoksId, moduleId: row.moduleId!, unitModuleId: moduleId, topUnitModuleId, accessUntil: accessUntil(row.loppu) });
    });
    // A unit to acquire lists its demonstrations under `osaamisen-osoittaminen`, prior learning under
    // `tarkentavat-tiedot-naytto`; a unit has only one of the two, and both are demonstrations.
    [...list(unit, "osaamisenOsoittaminen"), ...list(unit, "tarkentavatTiedotNaytto")].forEach((demonstration, i) => {
      const row = { ...columnValues(osaamisenOsoittaminen, demonstration), moduleId: randomUUID(), hoksId, tutkinnonOsaModuleId: moduleId, position: i } as Insert<typeof osaamisenOsoittaminen>;
      rows.demonstrations.push(row);
      for (const assessor of assessorsNamed(demonstration)) {
        rows.namings.push({ personOid: assessor, rule: "R5", hoksId, moduleId: row.moduleId!, unitModuleId: moduleId, topUnitModuleId, accessUntil: accessUntil(row.loppu) });
      }
    });
    list(unit, "osaAlueet").forEach((area, i) => addUnit(area, "osaAlueet", i, moduleId));
  };

  for (const section of UNIT_SECTIONS) list(document, section).forEach((unit, i) => addUnit(unit, section, i, null));
  list(document, "opiskeluvalmiuksiaTukevatOpinnot").forEach((item, i) =>
    rows.readinessStudies.push({ ...columnValues(opiskeluvalmiuksiaTukevaOpinto, item), hoksId, position: i } as Insert<typeof opiskeluvalmiuksiaTukevaOpinto>),
  );
  list(document, "oppimisenTuki").forEach((item, i) =>
    rows.learningSupport.push({ ...columnValues(oppimisenTuki, item), hoksId, position: i } as Insert<typeof oppimisenTuki>),
  );
  list(document, "hankittavatKoulutuksenOsat").forEach((item, i) =>
    rows.tuvaParts.push({ ...columnValues(hankittavaKoulutuksenOsa, item), hoksId, position: i } as Insert<typeof hankittavaKoulutuksenOsa>),
  );
  return rows;
}
