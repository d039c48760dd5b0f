/**
 * The retention rules of disclosure.md ("Lifecycle") as statements, each one statement whatever
 * the number of rows, each returning what it removed or erased for the audit trail:
 * - a plan and all its parts go 5 years after the earlier of its study right's end and its
 *   `osaamisen-saavuttamisen-pvm` (the consents and share links on it go with it);
 * - the student's e-mail and phone go 3 months after the study right ends;
 * - an instructor's e-mail and phone go 3 months after their workplace period ends, or the study
 *   right does, whichever is first.
 * A date exactly 5 years (3 months) after is already past keeping: the reading that keeps less.
 */
import { sql } from "drizzle-orm";
import { rowsOf } from "../../drizzle/db.js";
import { oneOf } from "../../subgraphs/shared/disclosure/sql-lists.js";
import type { AuditTx } from "../../subgraphs/shared/audit/audit-log.js";

export interface RemovedPlan {
  id: number;
  oppijaOid: string;
  opiskeluoikeusOid: string;
}

export interface RemovedConsentRow {
  kind: "suostumus" | "jakolinkki";
  id: string;
  oppijaOid: string;
  hoksId: number;
}

export interface ErasedStudentContact {
  id: number;
  oppijaOid: string;
  opiskeluoikeusOid: string;
  hadEmail: boolean;
  hadPhone: boolean;
}

export interface ErasedInstructorContact {
  moduleId: string;
  hoksId: number;
  oppijaOid: string;
  opiskeluoikeusOid: string;
  hadEmail: boolean;
  hadPhone: boolean;
}

export async function removeExpiredPlans(tx: AuditTx, today: string): Promise<RemovedPlan[]> {
  return rowsOf<RemovedPlan>(
    await tx.execute(sql`
      delete from hoks.hoks h
      where h.id in (
        select expired.id from hoks.hoks expired
        left join persons.study_right_facts f on f.oid = expired.opiskeluoikeus_oid
        where least(f.paattymispaiva, expired.osaamisen_saavuttamisen_pvm) + interval '5 years' <= ${today}::date)
      returning h.id, h.oppija_oid as "oppijaOid", h.opiskeluoikeus_oid as "opiskeluoikeusOid"`),
  );
}

export async function removeConsentsOfPlans(tx: AuditTx, hoksIds: number[]): Promise<RemovedConsentRow[]> {
  if (hoksIds.length === 0) return [];
  return rowsOf<RemovedConsentRow>(
    await tx.execute(sql`
      with consents as (delete from consents.suostumus where ${oneOf(sql.raw("hoks_id"), hoksIds)} returning id, oppija_oid, hoks_id),
           links as (delete from consents.jakolinkki where ${oneOf(sql.raw("hoks_id"), hoksIds)} returning id, oppija_oid, hoks_id)
      select 'suostumus' as kind, id::text, oppija_oid as "oppijaOid", hoks_id as "hoksId" from consents
      union all
      select 'jakolinkki', id::text, oppija_oid, hoks_id from links`),
  );
}

export async function eraseStudentContacts(tx: AuditTx, today: string): Promise<ErasedStudentContact[]> {
  return rowsOf<ErasedStudentContact>(
    await tx.execute(sql`
      with due as (
        select h.id, h.sahkoposti is not null as had_email, h.puhelinnumero is not null as had_phone
        from hoks.hoks h join persons.study_right_facts f on f.oid = h.opiskeluoikeus_oid
        where f.paattymispaiva + interval '3 months' <= ${today}::date
          and (h.sahkoposti is not null or h.puhelinnumero is not null)
        for update of h)
      update hoks.hoks h set sahkoposti = null, puhelinnumero = null
      from due where h.id = due.id
      returning h.id, h.oppija_oid as "oppijaOid", h.opiskeluoikeus_oid as "opiskeluoikeusOid", due.had_email as "hadEmail", due.had_phone as "hadPhone"`),
  );
}

export async function eraseInstructorContacts(tx: AuditTx, today: string): Promise<ErasedInstructorContact[]> {
  const instructor = sql.raw(`p.tyopaikalla_jarjestettava_koulutus -> 'vastuullinenTyopaikkaOhjaaja'`);
  return rowsOf<ErasedInstructorContact>(
    await tx.execute(sql`
      with due as (
        select p.module_id, (${instructor} ->> 'sahkoposti') is not null as had_email, (${instructor} ->> 'puhelinnumero') is not null as had_phone
        from hoks.osaamisen_hankkimistapa p
        join hoks.hoks h on h.id = p.hoks_id
        left join persons.study_right_facts f on f.oid = h.opiskeluoikeus_oid
        where coalesce(${instructor} ->> 'sahkoposti', ${instructor} ->> 'puhelinnumero') is not null
          and (p.loppu + interval '3 months' <= ${today}::date or f.paattymispaiva + interval '3 months' <= ${today}::date)
        for update of p)
      update hoks.osaamisen_hankkimistapa p
      set tyopaikalla_jarjestettava_koulutus = p.tyopaikalla_jarjestettava_koulutus
        #- '{vastuullinenTyopaikkaOhjaaja,sahkoposti}' #- '{vastuullinenTyopaikkaOhjaaja,puhelinnumero}'
      from due, hoks.hoks h
      where p.module_id = due.module_id and h.id = p.hoks_id
      returning p.module_id::text as "moduleId", p.hoks_id as "hoksId", h.oppija_oid as "oppijaOid", h.opiskeluoikeus_oid as "opiskeluoikeusOid",
                due.had_email as "hadEmail", due.had_phone as "hadPhone"`),
  );
}

export interface ErasedTriggerContact {
  id: number;
  hoksId: number;
  oppijaOid: string;
  opiskeluoikeusOid: string;
  hadEmail: boolean;
  hadPhone: boolean;
}

/**
 * The instructor's e-mail and phone on a working-life feedback trigger go when the plan's own copy
 * does: 3 months after the period (the trigger date) or the study right ends. The name stays.
 */
export async function eraseTriggerInstructorContacts(tx: AuditTx, today: string): Promise<ErasedTriggerContact[]> {
  return rowsOf<ErasedTriggerContact>(
    await tx.execute(sql`
      with due as (
        select t.id, (t.ohjaaja ->> 'sahkoposti') is not null as had_email, (t.ohjaaja ->> 'puhelinnumero') is not null as had_phone
        from hoks.feedback_trigger t
        left join persons.study_right_facts f on f.oid = t.opiskeluoikeus_oid
        where coalesce(t.ohjaaja ->> 'sahkoposti', t.ohjaaja ->> 'puhelinnumero') is not null
          and (t.trigger_date + interval '3 months' <= ${today}::date or f.paattymispaiva + interval '3 months' <= ${today}::date)
        for update of t)
      update hoks.feedback_trigger t
      set ohjaaja = t.ohjaaja || '{"sahkoposti": null, "puhelinnumero": null}'::jsonb, updated_at = now()
      from due where t.id = due.id
      returning t.id, t.hoks_id as "hoksId", t.oppija_oid as "oppijaOid", t.opiskeluoikeus_oid as "opiskeluoikeusOid", due.had_email as "hadEmail", due.had_phone as "hadPhone"`),
  );
}
