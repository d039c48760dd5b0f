/**
 * The shape of a world document (shared/examples/ehoks-v1/world.json): the organisations,
 * persons and Koski-like study rights that HOKS documents refer to, in the camelCase JSON that
 * Koski and the organisation service hand out. The types reuse the persons tables' JSON column
 * types, so what is read here is exactly what gets stored.
 *
 * `parseWorldDocument` checks an untrusted value (a file someone passed on the command line)
 * against this shape, so that a wrong file fails with a message that names the bad field instead
 * of a database error half-way through an import.
 */
import {
  OPISKELUOIKEUDEN_TILAT,
  OPISKELUOIKEUDEN_TYYPIT,
  type LokalisoituTeksti,
  type OpiskeluoikeudenTyyppi,
  type Opiskeluoikeusjakso,
  type Suoritus,
} from "../../../drizzle/schema/index.js";

/**
 * Every entity may say when its source last changed it. An import only overwrites a stored row
 * with data at least as new; without it the data counts as current (the time of the import).
 */
interface Versioned {
  /** ISO 8601 timestamp, e.g. "2026-01-15T10:00:00Z". */
  updatedAt?: string | null;
}

export interface WorldOrganisaatio extends Versioned {
  oid: string;
  nimi: LokalisoituTeksti;
  tyypit?: string[] | null;
  /** Null for a root (the OPH organisation). */
  parentOid?: string | null;
}

export interface WorldHenkilo extends Versioned {
  oid: string;
  etunimet: string;
  kutsumanimi?: string | null;
  sukunimi: string;
}

export interface WorldOpiskeluoikeus extends Versioned {
  oid: string;
  oppijaOid: string;
  tyyppi: OpiskeluoikeudenTyyppi;
  oppilaitos: string;
  koulutustoimija: string;
  alkamispaiva: string;
  arvioituPaattymispaiva?: string | null;
  paattymispaiva?: string | null;
  tila: { opiskeluoikeusjaksot: Opiskeluoikeusjakso[] };
  /** Set when this study right is procured training inside another (master) study right. */
  sisaltyyOpiskeluoikeuteen?: { oid: string; oppilaitos?: string | null } | null;
  suoritukset: Suoritus[];
}

export interface WorldDocument {
  organisaatiot?: WorldOrganisaatio[];
  henkilot?: WorldHenkilo[];
  opiskeluoikeudet?: WorldOpiskeluoikeus[];
}

/** A world document that does not have the expected shape; `path` points at the bad field. */
export class WorldDocumentError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path || "document"}: ${problem}`);
    this.name = "WorldDocumentError";
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string): Obj {
  if (!isObject(value)) throw new WorldDocumentError(path, "must be an object");
  return value;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new WorldDocumentError(path, "must be an array");
  return value;
}

function requiredString(obj: Obj, key: string, path: string): void {
  const value = obj[key];
  if (typeof value !== "string" || value.trim() === "") {
    throw new WorldDocumentError(`${path}.${key}`, "must be a non-empty string");
  }
}

function optionalString(obj: Obj, key: string, path: string): void {
  const value = obj[key];
  if (value !== undefined && value !== null && typeof value !== "string") {
    throw new WorldDocumentError(`${path}.${key}`, "must be a string or null");
  }
}

function date(obj: Obj, key: string, path: string, required: boolean): void {
  const value = obj[key];
  if (!required && (value === undefined || value === null)) return;
  if (typeof value !== "string" || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new WorldDocumentError(`${path}.${key}`, "must be a date (YYYY-MM-DD)");
  }
}

function updatedAt(obj: Obj, path: string): void {
  const value = obj.updatedAt;
  if (value === undefined || value === null) return;
  if (typeof value !== "string" || Number.isNaN(Date.parse(value))) {
    throw new WorldDocumentError(`${path}.updatedAt`, "must be an ISO 8601 timestamp");
  }
}

function oneOf(obj: Obj, key: string, allowed: readonly string[], path: string): void {
  if (!allowed.includes(obj[key] as string)) {
    throw new WorldDocumentError(`${path}.${key}`, `must be one of ${allowed.join(", ")}`);
  }
}

function checkOrganisaatio(value: unknown, path: string): void {
  const org = object(value, path);
  requiredString(org, "oid", path);
  object(org.nimi, `${path}.nimi`);
  if (org.tyypit !== undefined && org.tyypit !== null) {
    list(org.tyypit, `${path}.tyypit`).forEach((tyyppi, i) => {
      if (typeof tyyppi !== "string") throw new WorldDocumentError(`${path}.tyypit.${i}`, "must be a string");
    });
  }
  optionalString(org, "parentOid", path);
  updatedAt(org, path);
}

function checkHenkilo(value: unknown, path: string): void {
  const henkilo = object(value, path);
  requiredString(henkilo, "oid", path);
  requiredString(henkilo, "etunimet", path);
  optionalString(henkilo, "kutsumanimi", path);
  requiredString(henkilo, "sukunimi", path);
  updatedAt(henkilo, path);
}

function checkOpiskeluoikeus(value: unknown, path: string): void {
  const oo = object(value, path);
  for (const key of ["oid", "oppijaOid", "oppilaitos", "koulutustoimija"]) requiredString(oo, key, path);
  oneOf(oo, "tyyppi", OPISKELUOIKEUDEN_TYYPIT, path);
  date(oo, "alkamispaiva", path, true);
  date(oo, "arvioituPaattymispaiva", path, false);
  date(oo, "paattymispaiva", path, false);
  const tila = object(oo.tila, `${path}.tila`);
  list(tila.opiskeluoikeusjaksot, `${path}.tila.opiskeluoikeusjaksot`).forEach((jakso, i) => {
    const jaksoPath = `${path}.tila.opiskeluoikeusjaksot.${i}`;
    const j = object(jakso, jaksoPath);
    date(j, "alku", jaksoPath, true);
    oneOf(j, "tila", OPISKELUOIKEUDEN_TILAT, jaksoPath);
    if (j.opintojenRahoitus !== undefined && j.opintojenRahoitus !== null) {
      requiredString(object(j.opintojenRahoitus, `${jaksoPath}.opintojenRahoitus`), "koodiarvo", `${jaksoPath}.opintojenRahoitus`);
    }
  });
  if (oo.sisaltyyOpiskeluoikeuteen !== undefined && oo.sisaltyyOpiskeluoikeuteen !== null) {
    requiredString(object(oo.sisaltyyOpiskeluoikeuteen, `${path}.sisaltyyOpiskeluoikeuteen`), "oid", `${path}.sisaltyyOpiskeluoikeuteen`);
  }
  // Completions are stored as they come (Koski owns their detail); only the list itself and the
  // fields the HOKS rules read are checked.
  list(oo.suoritukset, `${path}.suoritukset`).forEach((suoritus, i) => {
    const suoritusPath = `${path}.suoritukset.${i}`;
    const s = object(suoritus, suoritusPath);
    requiredString(s, "tyyppi", suoritusPath);
    const moduuli = object(s.koulutusmoduuli, `${suoritusPath}.koulutusmoduuli`);
    requiredString(object(moduuli.tunniste, `${suoritusPath}.koulutusmoduuli.tunniste`), "koodiarvo", `${suoritusPath}.koulutusmoduuli.tunniste`);
  });
  updatedAt(oo, path);
}

/** Checks that `value` (parsed JSON) is a world document; throws WorldDocumentError if not. */
export function parseWorldDocument(value: unknown): WorldDocument {
  const doc = object(value, "");
  const sections = [
    ["organisaatiot", checkOrganisaatio],
    ["henkilot", checkHenkilo],
    ["opiskeluoikeudet", checkOpiskeluoikeus],
  ] as const;
  // All sections are optional, but a document with none of them is almost surely the wrong file.
  if (sections.every(([key]) => doc[key] === undefined)) {
    throw new WorldDocumentError("", `has none of ${sections.map(([key]) => key).join(", ")}`);
  }
  for (const [key, check] of sections) {
    if (doc[key] === undefined) continue;
    list(doc[key], key).forEach((item, i) => check(item, `${key}.${i}`));
  }
  return doc as WorldDocument;
}
