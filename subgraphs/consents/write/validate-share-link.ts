/** Validation of a share link before it is stored; every problem is reported with its path. */
import type { FieldProblem } from "../../shared/errors.js";
import type { CreateShareLinkInput } from "./share-link.input.js";
import type { PlanModule } from "./ownership.queries.js";
import { validityProblems } from "./validity.js";

export function shareLinkProblems(input: CreateShareLinkInput, modules: Map<string, PlanModule>, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (modules.get(input.tutkinnonOsaModuleId)?.kind !== "tutkinnonOsa") {
    problems.push({ path: "input.tutkinnonOsaModuleId", message: "is not a unit of this plan" });
  }
  const target = modules.get(input.kohdeModuleId);
  if (!target || target.kind !== input.kohdeTyyppi || target.unitModuleId !== input.tutkinnonOsaModuleId) {
    problems.push({ path: "input.kohdeModuleId", message: `is not a ${input.kohdeTyyppi} of that unit` });
  }
  return [...problems, ...validityProblems(input.voimassaAlku, input.voimassaLoppu, today)];
}
