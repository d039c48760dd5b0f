/** The rules of disclosure.md in words a student understands: the basis of each access. */
import type { AuditRule } from "../../shared/audit/audit-event.js";

export const RULE_DESCRIPTIONS: Record<AuditRule, string> = {
  R1: "You yourself.",
  R2: "An official of a provider responsible for your studies (your own provider, a provider of procured training, or another provider where you study now).",
  R3: "The study administration system of a provider responsible for your studies.",
  R4: "A workplace instructor responsible for your workplace period.",
  R5: "A working-life assessor of your demonstration.",
  R6: "A recipient of your consent.",
  R7: "Someone holding a share link you made.",
  R8: "An authority with a legal basis (for example the Employment Fund).",
  R9: "The Finnish National Agency for Education (OPH), as the national controller.",
  PALAUTE: "The national feedback service, which sends you the student feedback survey and your workplace instructor the working-life survey.",
};
