/**
 * Reduces a plan as the API returned it to the facts a disclosure test compares: which units,
 * periods, demonstrations and lists are there, and which of the plan's own fields are not null.
 */
import { OTHER_LISTS, UNIT_SECTIONS } from "../../subgraphs/hoks/write/plan-document.js";

export interface PlanFacts {
  fields: string[];
  units: string[];
  periods: string[];
  demonstrations: string[];
  lists: string[];
}


const unitName = (unit: any) => unit.tutkinnonOsaKoodiUri ?? unit.osaAlueKoodiUri ?? unit.nimi ?? unit.amosaaTunniste ?? "?";
const periodName = (period: any) => period.yksiloivaTunniste ?? `${period.osaamisenHankkimistapaKoodiUri}@${period.alku}`;

export function planFacts(plan: any): PlanFacts {
  const facts: PlanFacts = { fields: [], units: [], periods: [], demonstrations: [], lists: [] };
  for (const [key, value] of Object.entries(plan)) {
    if (value !== null && !Array.isArray(value) && typeof value !== "object") facts.fields.push(key);
  }
  const visit = (unit: any, prefix: string) => {
    const name = prefix + unitName(unit);
    facts.units.push(name);
    for (const period of unit.osaamisenHankkimistavat ?? []) facts.periods.push(periodName(period));
    for (const demo of [...(unit.osaamisenOsoittaminen ?? []), ...(unit.tarkentavatTiedotNaytto ?? [])]) facts.demonstrations.push(`${name}@${demo.alku}`);
    for (const area of unit.osaAlueet ?? []) visit(area, `${name}/`);
  };
  for (const section of UNIT_SECTIONS) for (const unit of plan[section] ?? []) visit(unit, "");
  for (const list of OTHER_LISTS) if ((plan[list] ?? []).length) facts.lists.push(list);
  for (const key of Object.keys(facts) as (keyof PlanFacts)[]) facts[key].sort();
  return facts;
}
