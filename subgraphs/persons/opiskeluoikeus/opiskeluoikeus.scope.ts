/**
 * Which study rights a principal may read, and by which rule: one SQL expression that evaluates,
 * per `persons.opiskeluoikeus` row, to the granting rule or NULL. Every path to a study right (a
 * query, a person's list, `_entities`) selects through it, and the person scope builds on it.
 *
 * The rules, widest first (the first that holds decides how much is shown, see
 * opiskeluoikeus.view.ts):
 * - R1 the student's own; R9 OPH;
 * - R2/R3 (a) `read` covering the institution; (b)/(c) the study right behind a plan the
 *   official may read under procured training or the same student's active study right;
 * - R8 the Employment Fund: provider, degree, dates and status;
 * - R4 an open workplace period of its plan names the caller: degree and competence area;
 * - R5 an open demonstration of its plan names the caller, or R7 a valid share link into its
 *   plan: the degree.
 */
import { sql, type SQL } from "drizzle-orm";
import { opiskeluoikeus, planFacts, shareLinkFacts } from "../../../drizzle/schema/index.js";
import type { CallerTerms } from "../../shared/disclosure/caller-terms.js";
import { caseBranches, providerConditions } from "../../shared/disclosure/provider.js";
import { presentedValidLink } from "../../shared/disclosure/share-link.js";
import { workplaceNaming } from "../../shared/disclosure/workplace.js";

/** The branches of the rules that show the whole study right, widest first. */
function wholeStudyRightBranches(caller: CallerTerms): SQL[] {
  switch (caller.role) {
    case "oph":
      return [sql`when true then 'R9'`];
    case "student":
      return [sql`when ${opiskeluoikeus.oppijaOid} = ${caller.sub} then 'R1'`];
    default: {
      const provider = providerConditions(caller, {
        oid: sql`${opiskeluoikeus.oid}`,
        oppijaOid: sql`${opiskeluoikeus.oppijaOid}`,
        oppilaitosOid: sql`${opiskeluoikeus.oppilaitosOid}`,
        alkamispaiva: sql`${opiskeluoikeus.alkamispaiva}`,
        paattymispaiva: sql`${opiskeluoikeus.paattymispaiva}`,
      });
      if (!provider) return [];
      // (b) and (c) reach a study right only through a plan on it; (a) is about the study right itself.
      const hasPlan = sql`exists (select 1 from ${planFacts} p where p.opiskeluoikeus_oid = ${opiskeluoikeus.oid})`;
      return caseBranches([
        provider.own,
        { rule: provider.procured.rule, when: sql`${hasPlan} and ${provider.procured.when}` },
        { rule: provider.sameStudent.rule, when: sql`${hasPlan} and ${provider.sameStudent.when}` },
      ]);
    }
  }
}

/** The granting rule as SQL text, or null when the principal can see no study right at all. */
export function opiskeluoikeusGrantExpression(caller: CallerTerms): SQL | null {
  const whens: SQL[] = wholeStudyRightBranches(caller);
  if (caller.employmentFund) whens.push(sql`when true then 'R8'`);
  for (const rule of ["R4", "R5"] as const) {
    const naming = workplaceNaming(caller, rule, sql`wf.opiskeluoikeus_oid = ${opiskeluoikeus.oid}`);
    if (naming) whens.push(sql`when ${naming} then ${rule}::text`);
  }
  const link = presentedValidLink(caller);
  if (link) {
    whens.push(sql`when exists (select 1 from ${shareLinkFacts} l join ${planFacts} p on p.hoks_id = l.hoks_id
      where p.opiskeluoikeus_oid = ${opiskeluoikeus.oid} and ${link}) then 'R7'`);
  }
  return whens.length ? sql`(case ${sql.join(whens, sql` `)} end)` : null;
}
