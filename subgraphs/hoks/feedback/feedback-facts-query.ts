/**
 * Reads the feedback facts of students' live plans and of those plans' study rights (through the
 * persons subgraph's contract view), a fixed number of statements for any number of students.
 */
import { and, inArray, isNull, sql } from "drizzle-orm";
import { hankittavaKoulutuksenOsa, hoks, osaamisenHankkimistapa, studyRightFacts } from "../../../drizzle/schema/index.js";
import type { Tx } from "../write/plan-store.js";
import type { FeedbackPeriod, FeedbackPlan, FeedbackStudyRight, StudyRightPeriod } from "./feedback-facts.js";
import { WORKPLACE_METHODS } from "./workplace-feedback.js";

export async function feedbackPlansOf(tx: Tx, students: readonly string[]): Promise<FeedbackPlan[]> {
  if (students.length === 0) return [];
  const plans = await tx
    .select({
      id: hoks.id,
      oppijaOid: hoks.oppijaOid,
      opiskeluoikeusOid: hoks.opiskeluoikeusOid,
      tuvaOpiskeluoikeusOid: hoks.tuvaOpiskeluoikeusOid,
      ensikertainenHyvaksyminen: hoks.ensikertainenHyvaksyminen,
      osaamisenSaavuttamisenPvm: hoks.osaamisenSaavuttamisenPvm,
      osaamisenHankkimisenTarve: hoks.osaamisenHankkimisenTarve,
      // Spelled out: inside the subquery drizzle would leave the outer plan's id unqualified.
      tuvaParts: sql<boolean>`exists (select 1 from ${hankittavaKoulutuksenOsa} k where k.hoks_id = "hoks"."hoks"."id")`,
    })
    .from(hoks)
    .where(and(inArray(hoks.oppijaOid, [...students]), isNull(hoks.deletedAt)));
  if (plans.length === 0) return [];
  const periods = await tx
    .select()
    .from(osaamisenHankkimistapa)
    .where(and(inArray(osaamisenHankkimistapa.hoksId, plans.map((p) => p.id)), inArray(osaamisenHankkimistapa.osaamisenHankkimistapaKoodiUri, [...WORKPLACE_METHODS])));
  const periodsOf = new Map<number, FeedbackPeriod[]>();
  for (const p of periods.sort((a, b) => a.position - b.position)) {
    const workplace = p.tyopaikallaJarjestettavaKoulutus;
    const ohjaaja = workplace?.vastuullinenTyopaikkaOhjaaja;
    const list = periodsOf.get(p.hoksId) ?? [];
    list.push({
      yksiloivaTunniste: p.yksiloivaTunniste,
      osaamisenHankkimistapaKoodiUri: p.osaamisenHankkimistapaKoodiUri,
      alku: p.alku,
      loppu: p.loppu,
      osaAikaisuustieto: p.osaAikaisuustieto,
      keskeytymisajanjaksot: p.keskeytymisajanjaksot ?? [],
      workplace: workplace
        ? {
            tyopaikanNimi: workplace.tyopaikanNimi ?? null,
            tyopaikanYTunnus: workplace.tyopaikanYTunnus ?? null,
            ohjaaja: ohjaaja ? { nimi: ohjaaja.nimi ?? null, sahkoposti: ohjaaja.sahkoposti ?? null, puhelinnumero: ohjaaja.puhelinnumero ?? null } : null,
          }
        : null,
    });
    periodsOf.set(p.hoksId, list);
  }
  return plans.map(({ tuvaOpiskeluoikeusOid, tuvaParts, ...plan }) => ({ ...plan, tuva: Boolean(tuvaOpiskeluoikeusOid) || tuvaParts, periods: periodsOf.get(plan.id) ?? [] }));
}

export async function feedbackStudyRights(tx: Tx, oids: readonly string[]): Promise<Map<string, FeedbackStudyRight>> {
  if (oids.length === 0) return new Map();
  const rows = await tx.select().from(studyRightFacts).where(inArray(studyRightFacts.oid, [...new Set(oids)]));
  return new Map(
    rows.map((row) => [
      row.oid,
      {
        oid: row.oid,
        tyyppi: row.tyyppi,
        koulutustoimijaOid: row.koulutustoimijaOid,
        sisaltyyOpiskeluoikeuteenOid: row.sisaltyyOpiskeluoikeuteenOid,
        opiskeluoikeusjaksot: row.opiskeluoikeusjaksot.map((j): StudyRightPeriod => ({ alku: j.alku, tila: j.tila, opintojenRahoitus: j.opintojenRahoitus?.koodiarvo ?? null })),
        suoritusTyypit: row.suoritusTyypit,
      },
    ]),
  );
}
