/**
 * Reads the feedback facts of students' live plans, with their workplace periods and their study
 * rights (through the persons subgraph's contract view), in one statement for any number of
 * students, plans and periods.
 */
import { sql } from "drizzle-orm";
import { rowsOf } from "../../../drizzle/db.js";
import type { Opiskeluoikeusjakso } from "../../../drizzle/schema/index.js";
import type { Keskeytymisajanjakso, TyopaikallaJarjestettavaKoulutus } from "../../../drizzle/schema/hoks-values.js";
import type { Tx } from "../write/plan-store.js";
import type { FeedbackPeriod, FeedbackPlan, FeedbackStudyRight } from "./feedback-facts.js";
import { WORKPLACE_METHODS } from "./workplace-feedback.js";

interface PeriodJson {
  yksiloivaTunniste: string | null;
  koodiUri: string;
  alku: string;
  loppu: string;
  osaAikaisuustieto: number | null;
  keskeytymisajanjaksot: Keskeytymisajanjakso[] | null;
  workplace: TyopaikallaJarjestettavaKoulutus | null;
}

interface StudyRightJson {
  oid: string;
  tyyppi: string;
  koulutustoimijaOid: string;
  sisaltyyOpiskeluoikeuteenOid: string | null;
  opiskeluoikeusjaksot: Opiskeluoikeusjakso[];
  suoritusTyypit: string[];
}

interface PlanRow {
  id: number;
  oppijaOid: string;
  opiskeluoikeusOid: string;
  tuva: boolean;
  ensikertainenHyvaksyminen: string;
  osaamisenSaavuttamisenPvm: string | null;
  osaamisenHankkimisenTarve: boolean;
  periods: PeriodJson[];
  studyRight: StudyRightJson | null;
}

function period(p: PeriodJson): FeedbackPeriod {
  const ohjaaja = p.workplace?.vastuullinenTyopaikkaOhjaaja;
  return {
    yksiloivaTunniste: p.yksiloivaTunniste,
    osaamisenHankkimistapaKoodiUri: p.koodiUri,
    alku: p.alku,
    loppu: p.loppu,
    osaAikaisuustieto: p.osaAikaisuustieto,
    keskeytymisajanjaksot: p.keskeytymisajanjaksot ?? [],
    workplace: p.workplace
      ? {
          tyopaikanNimi: p.workplace.tyopaikanNimi ?? null,
          tyopaikanYTunnus: p.workplace.tyopaikanYTunnus ?? null,
          ohjaaja: ohjaaja ? { nimi: ohjaaja.nimi ?? null, sahkoposti: ohjaaja.sahkoposti ?? null, puhelinnumero: ohjaaja.puhelinnumero ?? null } : null,
        }
      : null,
  };
}

function studyRight(s: StudyRightJson): FeedbackStudyRight {
  return {
    ...s,
    opiskeluoikeusjaksot: s.opiskeluoikeusjaksot.map((j) => ({ alku: j.alku, tila: j.tila, opintojenRahoitus: j.opintojenRahoitus?.koodiarvo ?? null })),
  };
}

/** The students' live plans, and the study right of each that the store has. */
export async function feedbackFactsOf(tx: Tx, students: readonly string[]): Promise<{ plans: FeedbackPlan[]; studyRights: Map<string, FeedbackStudyRight> }> {
  const rows = rowsOf<PlanRow>(
    await tx.execute(sql`
      select h.id, h.oppija_oid as "oppijaOid", h.opiskeluoikeus_oid as "opiskeluoikeusOid",
        h.tuva_opiskeluoikeus_oid is not null or exists (select 1 from hoks.hankittava_koulutuksen_osa k where k.hoks_id = h.id) as tuva,
        h.ensikertainen_hyvaksyminen::text as "ensikertainenHyvaksyminen", h.osaamisen_saavuttamisen_pvm::text as "osaamisenSaavuttamisenPvm",
        h.osaamisen_hankkimisen_tarve as "osaamisenHankkimisenTarve",
        coalesce((
          select json_agg(json_build_object('yksiloivaTunniste', p.yksiloiva_tunniste, 'koodiUri', p.osaamisen_hankkimistapa_koodi_uri,
            'alku', p.alku, 'loppu', p.loppu, 'osaAikaisuustieto', p.osa_aikaisuustieto,
            'keskeytymisajanjaksot', p.keskeytymisajanjaksot, 'workplace', p.tyopaikalla_jarjestettava_koulutus))
          from hoks.osaamisen_hankkimistapa p
          where p.hoks_id = h.id and p.osaamisen_hankkimistapa_koodi_uri = any(${sql.param([...WORKPLACE_METHODS])}::text[])
        ), '[]'::json) as periods,
        case when f.oid is null then null else json_build_object('oid', f.oid, 'tyyppi', f.tyyppi, 'koulutustoimijaOid', f.koulutustoimija_oid,
          'sisaltyyOpiskeluoikeuteenOid', f.sisaltyy_opiskeluoikeuteen_oid, 'opiskeluoikeusjaksot', f.opiskeluoikeusjaksot,
          'suoritusTyypit', f.suoritus_tyypit) end as "studyRight"
      from hoks.hoks h
      left join persons.study_right_facts f on f.oid = h.opiskeluoikeus_oid
      where h.oppija_oid = any(${sql.param([...students])}::text[]) and h.deleted_at is null`),
  );
  const studyRights = new Map<string, FeedbackStudyRight>();
  const plans = rows.map((row) => {
    if (row.studyRight) studyRights.set(row.studyRight.oid, studyRight(row.studyRight));
    return {
      id: row.id,
      oppijaOid: row.oppijaOid,
      opiskeluoikeusOid: row.opiskeluoikeusOid,
      tuva: row.tuva,
      ensikertainenHyvaksyminen: row.ensikertainenHyvaksyminen,
      osaamisenSaavuttamisenPvm: row.osaamisenSaavuttamisenPvm,
      osaamisenHankkimisenTarve: row.osaamisenHankkimisenTarve,
      periods: row.periods.map(period),
    };
  });
  return { plans, studyRights };
}
