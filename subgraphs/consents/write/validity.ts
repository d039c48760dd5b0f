/** Checks shared by consents and share links: a validity window that makes sense today. */
import type { FieldProblem } from "../../shared/errors.js";

export function validityProblems(alku: string, loppu: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (loppu < alku) problems.push({ path: "input.voimassaLoppu", message: "must not be before voimassaAlku" });
  else if (loppu < today) problems.push({ path: "input.voimassaLoppu", message: "is already in the past" });
  return problems;
}
