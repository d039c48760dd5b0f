/**
 * Reads what a trigger sync starts from: the facts of students' live plans, with their workplace
 * periods and their study rights (through the persons subgraph's contract view), and the triggers
 * already made for them, in one statement for any number of students, plans, periods and triggers.
 */
import { sql } from "drizzle-orm";
import { rowsOf } from "../../../drizzle/db.js";
import { fixedTextStatement } from "../../../drizzle/fixed-text-statement.js";
import type { FeedbackTriggerRow, Opiskeluoikeusjakso } from "../../../drizzle/schema/index.js";
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

/** A trigger as stored, with what the sync compares and changes (not the feedback service's own columns). */
export type StoredTrigger = Omit<FeedbackTriggerRow, "createdAt" | "updatedAt" | "kyselylinkki">;

/**
 * The plans with their periods and study rights, and the students' triggers, in one statement
 * whose text never changes (fixed-text-statement.ts): each as one JSON array, its keys the names
 * the code reads, dates as text as drizzle's string mode gives them.
 */
const FEEDBACK_STATE = fixedTextStatement<"students" | "workplaceMethods">(sql`
  with plans as (
    select h.id, h.oppija_oid as "oppijaOid", h.opiskeluoikeus_oid as "opiskeluoikeusOid",
      h.tuva_opiskeluoikeus_oid is not null or exists (select 1 from hoks.hankittava_koulutuksen_osa k where k.hoks_id = h.id) as tuva,
      h.ensikertainen_hyvaksyminen::text as "ensikertainenHyvaksyminen", h.osaamisen_saavuttamisen_pvm::text as "osaamisenSaavuttamisenPvm",
      h.osaamisen_hankkimisen_tarve as "osaamisenHankkimisenTarve",
      coalesce((
        select json_agg(json_build_object('yksiloivaTunniste', p.yksiloiva_tunniste, 'koodiUri', p.osaamisen_hankkimistapa_koodi_uri,
          'alku', p.alku, 'loppu', p.loppu, 'osaAikaisuustieto', p.osa_aikaisuustieto,
          'keskeytymisajanjaksot', p.keskeytymisajanjaksot, 'workplace', p.tyopaikalla_jarjestettava_koulutus))
        from hoks.osaamisen_hankkimistapa p
        where p.hoks_id = h.id and p.osaamisen_hankkimistapa_koodi_uri = any(${sql.placeholder("workplaceMethods")}::text[])
      ), '[]'::json) as periods,
      case when f.oid is null then null else json_build_object('oid', f.oid, 'tyyppi', f.tyyppi, 'koulutustoimijaOid', f.koulutustoimija_oid,
        'sisaltyyOpiskeluoikeuteenOid', f.sisaltyy_opiskeluoikeuteen_oid, 'opiskeluoikeusjaksot', f.opiskeluoikeusjaksot,
        'suoritusTyypit', f.suoritus_tyypit) end as "studyRight"
    from hoks.hoks h
    left join persons.study_right_facts f on f.oid = h.opiskeluoikeus_oid
    where h.oppija_oid = any(${sql.placeholder("students")}::text[]) and h.deleted_at is null),
  triggers as (
    select t.id, t.key, t.kind, t.hoks_id as "hoksId", t.oppija_oid as "oppijaOid", t.opiskeluoikeus_oid as "opiskeluoikeusOid",
      t.koulutustoimija_oid as "koulutustoimijaOid", t.survey_type as "surveyType", t.trigger_date::text as "triggerDate",
      t.bundling_date::text as "bundlingDate", t.answer_window_start::text as "answerWindowStart", t.answer_window_end::text as "answerWindowEnd",
      t.yksiloiva_tunniste as "yksiloivaTunniste", t.state, t.reason, t.tyopaikan_nimi as "tyopaikanNimi",
      t.tyopaikan_y_tunnus as "tyopaikanYTunnus", t.ohjaaja
    from hoks.feedback_trigger t
    where t.oppija_oid = any(${sql.placeholder("students")}::text[]))
  select coalesce((select json_agg(plans) from plans), '[]'::json) as plans,
    coalesce((select json_agg(triggers) from triggers), '[]'::json) as triggers`);

export interface FeedbackState {
  plans: FeedbackPlan[];
  studyRights: Map<string, FeedbackStudyRight>;
  /** The students' triggers as stored. */
  triggers: StoredTrigger[];
}

/** The students' live plans, the study right of each that the store has, and their triggers. */
export async function feedbackStateOf(tx: Tx, students: readonly string[]): Promise<FeedbackState> {
  const [state] = rowsOf<{ plans: PlanRow[]; triggers: StoredTrigger[] }>(
    await tx.execute(FEEDBACK_STATE.with({ students: [...students], workplaceMethods: [...WORKPLACE_METHODS] })),
  );
  const studyRights = new Map<string, FeedbackStudyRight>();
  const plans = state!.plans.map((row) => {
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
  return { plans, studyRights, triggers: state!.triggers };
}
