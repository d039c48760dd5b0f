/** A plan as a document: the camelCased eHOKS JSON that a write carries. */
import { MODULE_SECTIONS, type ModuleSection } from "../../../drizzle/schema/index.js";

export type JsonObject = Record<string, unknown>;

/** A unit, an area of a common unit, a period, a demonstration or a list item, before storage. */
export interface PlanDocument extends JsonObject {
  oppijaOid?: string;
  opiskeluoikeusOid?: string;
  ensikertainenHyvaksyminen?: string;
  osaamisenHankkimisenTarve?: boolean;
}

/** The lists of a plan that hold units: every module section but the areas inside common units. */
export const UNIT_SECTIONS = MODULE_SECTIONS.filter((section): section is Exclude<ModuleSection, "osaAlueet"> => section !== "osaAlueet");

/** The plan's other lists, each stored in a table of its own. */
export const OTHER_LISTS = ["opiskeluvalmiuksiaTukevatOpinnot", "oppimisenTuki", "hankittavatKoulutuksenOsat"] as const;

/** Lists inside a unit: where a unit's periods, demonstrations and areas travel. */
export const UNIT_LISTS = ["osaamisenHankkimistavat", "osaamisenOsoittaminen", "tarkentavatTiedotNaytto", "osaAlueet"] as const;

export const PLAN_LISTS: readonly string[] = [...UNIT_SECTIONS, ...OTHER_LISTS];
