/** Validation of a consent before it is stored; every problem is reported with its path. */
import { isOrganisationOid, isPersonOid, isYTunnus } from "../../shared/validation/identifiers.js";
import type { FieldProblem } from "../../shared/errors.js";
import { SuostumuksenOsio } from "../suostumus/suostumus.type.js";
import type { CreateConsentInput } from "./consent.input.js";
import type { PlanModule } from "./ownership.queries.js";
import { validityProblems } from "./validity.js";

const MAX_PURPOSE_LENGTH = 1000;

export function consentProblems(input: CreateConsentInput, units: Map<string, PlanModule>, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { henkiloOid, organisaatioOid, yTunnus } = input.vastaanottaja;
  const given = [henkiloOid, organisaatioOid, yTunnus].filter((v) => v != null && v !== "");
  if (given.length !== 1) problems.push({ path: "input.vastaanottaja", message: "give exactly one of henkiloOid, organisaatioOid, yTunnus" });
  if (henkiloOid && !isPersonOid(henkiloOid)) problems.push({ path: "input.vastaanottaja.henkiloOid", message: "is not a valid person OID" });
  if (organisaatioOid && !isOrganisationOid(organisaatioOid)) problems.push({ path: "input.vastaanottaja.organisaatioOid", message: "is not an organisation OID" });
  if (yTunnus && !isYTunnus(yTunnus)) problems.push({ path: "input.vastaanottaja.yTunnus", message: "is not a valid Y-tunnus" });

  if (input.osiot.length === 0) problems.push({ path: "input.osiot", message: "name at least one part of the plan" });
  const unitIds = input.tutkinnonOsaModuleIds ?? [];
  const choosesUnits = input.osiot.includes(SuostumuksenOsio.TUTKINNON_OSAT);
  if (choosesUnits && unitIds.length === 0) problems.push({ path: "input.tutkinnonOsaModuleIds", message: "choose the units to disclose" });
  if (!choosesUnits && unitIds.length > 0) problems.push({ path: "input.tutkinnonOsaModuleIds", message: "only with TUTKINNON_OSAT" });
  unitIds.forEach((id, i) => {
    if (units.get(id)?.kind !== "tutkinnonOsa") problems.push({ path: `input.tutkinnonOsaModuleIds.${i}`, message: "is not a unit of this plan" });
  });

  const purpose = input.tarkoitus.trim();
  if (!purpose) problems.push({ path: "input.tarkoitus", message: "state the purpose" });
  if (purpose.length > MAX_PURPOSE_LENGTH) problems.push({ path: "input.tarkoitus", message: `at most ${MAX_PURPOSE_LENGTH} characters` });
  return [...problems, ...validityProblems(input.voimassaAlku, input.voimassaLoppu, today)];
}
