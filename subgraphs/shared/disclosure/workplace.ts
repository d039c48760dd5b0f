/**
 * R4 and R5: a responsible workplace instructor sees the periods that name them, a working-life
 * assessor the demonstrations that name them, while today ≤ the end date + 90 days. Decided from
 * the hoks subgraph's `workplace_facts` view, which holds that naming and window.
 */
import { sql, type SQL } from "drizzle-orm";
import { workplaceFacts } from "../../../drizzle/schema/index.js";
import type { CallerTerms } from "./caller-terms.js";

export type WorkplaceRule = "R4" | "R5";

/**
 * `exists` an open naming of the principal under `rule`, where `match` (SQL over the alias `wf`)
 * ties it to the surrounding row. Null when the principal is not a workplace actor at all.
 */
export function workplaceNaming(caller: CallerTerms, rule: WorkplaceRule, match: SQL): SQL | null {
  if (caller.role !== "workplace") return null;
  return sql`exists (select 1 from ${workplaceFacts} wf
    where wf.person_oid = ${caller.sub} and wf.rule = ${rule} and wf.access_until >= ${caller.today} and ${match})`;
}

/** The module ids (column `column` of `workplace_facts`) open to the principal under `rule`. */
export function workplaceModules(caller: CallerTerms, rule: WorkplaceRule, column: "module_id" | "unit_module_id" | "top_unit_module_id"): SQL | null {
  if (caller.role !== "workplace") return null;
  return sql`(select wf.${sql.raw(column)} from ${workplaceFacts} wf
    where wf.person_oid = ${caller.sub} and wf.rule = ${rule} and wf.access_until >= ${caller.today})`;
}
