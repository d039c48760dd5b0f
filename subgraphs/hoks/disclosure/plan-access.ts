/**
 * What one caller may see of one plan, as decided in SQL by hoks.scope.ts. A plan is visible when
 * anything is granted; what is shown of it and below it follows from these grants, each rule
 * adding what it discloses (disclosure.md).
 */
import type { GrantRule } from "../../shared/grant.js";

export type ConsentSection = "koko-hoks" | "tutkinnon-osat" | "aiemmin-hankittu-osaaminen" | "urasuunnitelma";

export interface SharedTarget {
  unitModuleId: string;
  topUnitModuleId: string;
  kohdeTyyppi: "osaamisenHankkimistapa" | "osaamisenOsoittaminen";
  kohdeModuleId: string;
}

export interface PlanAccess {
  /** The rule that lets the caller see the whole plan (R1, R2x, R3x, R9, or R6 for a whole-plan consent). */
  fullRule: GrantRule | null;
  /** R4: a workplace period of this plan names the caller, and its window is open. */
  instructor: boolean;
  /** R5: a demonstration of this plan names the caller as an assessor, and its window is open. */
  assessor: boolean;
  /** R6: the sections valid consents cover, and the units chosen under `tutkinnon-osat`. */
  consentSections: ConsentSection[];
  consentUnitIds: string[];
  /** R7: what the presented share link shows. */
  sharedTarget: SharedTarget | null;
  /** R8 with the Employment Fund's basis. */
  authority: boolean;
}

/** Every rule that grants something here, the widest first: the first is the plan's grant stamp. */
export function grantingRules(access: PlanAccess): GrantRule[] {
  const rules: GrantRule[] = [];
  if (access.fullRule) rules.push(access.fullRule);
  if (access.consentSections.length && access.fullRule !== "R6") rules.push("R6");
  if (access.instructor) rules.push("R4");
  if (access.assessor) rules.push("R5");
  if (access.sharedTarget) rules.push("R7");
  if (access.authority) rules.push("R8");
  return rules;
}

const PARTIAL_FIELDS = ["id", "oppijaOid"] as const;

/**
 * The plan's own fields the caller may see; the rest are shown as null. Lists are filtered by the
 * child scope, not here.
 */
export function visiblePlanFields(access: PlanAccess): Set<string> | "all" {
  if (access.fullRule) return "all";
  const fields = new Set<string>(PARTIAL_FIELDS);
  // The study right's OID leads to the degree, which R4, R5, R7 and R8 disclose.
  if (access.instructor || access.assessor || access.sharedTarget || access.authority) fields.add("opiskeluoikeusOid");
  if (access.consentSections.includes("urasuunnitelma")) {
    fields.add("urasuunnitelmaKoodiUri").add("urasuunnitelmaKoodiVersio");
  }
  if (access.authority) fields.add("ensikertainenHyvaksyminen").add("hyvaksytty").add("osaamisenSaavuttamisenPvm");
  return fields;
}

const ACCESS = Symbol("ehoks.planAccess");

/** Attaches a plan's access to the (masked) plan object resolvers receive. */
export function withAccess<T extends object>(plan: T, access: PlanAccess): T {
  return Object.assign(plan, { [ACCESS]: access });
}

export function accessOf(plan: object): PlanAccess | undefined {
  return (plan as Record<symbol, PlanAccess | undefined>)[ACCESS];
}
