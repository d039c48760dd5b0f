/**
 * The disclosure oracle: what an actor may see of a world, written straight from
 * ../shared/spec/disclosure.md (R1–R10) and the readings the implementation takes, as plain
 * functions over the generated world. It imports nothing from the service.
 *
 * The answer is a set of normalised facts (strings). Every fact is about data that exists in the
 * world AND is visible: a hidden field and an absent one both produce no fact, which is exactly
 * what a GraphQL answer can tell apart (null, or a filtered list).
 *
 *   person:<oid>                         the person is visible (by id, in lists, as an entity)
 *   person:<oid>:names                   etunimet and sukunimi
 *   studyright:<oid>                     the study right is visible
 *   studyright:<oid>:dates               alkamispaiva (with the other dates)
 *   studyright:<oid>:oppilaitos          the institution
 *   studyright:<oid>:koulutustoimija     the provider (koulutustoimija)
 *   studyright:<oid>:osaamisala          suoritukset[].osaamisala
 *   plan:<key>                           the plan is visible
 *   plan:<key>:<field>                   a top-level scalar (see PLAN_FIELDS)
 *   support:<key>                        opiskeluvalmiuksiaTukevatOpinnot / oppimisenTuki
 *   unit:<key>, area:<key>               a unit (any section) or an area of a common unit
 *   unit:<key>:<field>, area:<key>:<field>  poikkeaminen, opetusJaOhjausMaara, koulutuksenJarjestajaOid, todentaminen,
 *                                        olennainenSeikka, diaarinro, laajuus
 *   period:<key>, period:<key>:tyopaikka, period:<key>:edustaja
 *   demo:<key>, demo:<key>:arvioijat:<n> (all n assessors), demo:<key>:kriteerit, demo:<key>:poikkeaminen
 */
import {
  addDays,
  addYears,
  demosOf,
  isCoded,
  isPriorLearning,
  periodsOf,
  type Area,
  type Claims,
  type Consent,
  type Demo,
  type Period,
  type Plan,
  type StudyRight,
  type Unit,
  type World,
} from "./world.js";

/** Top-level plan scalars the facts speak of (id and oppijaOid go with the plan itself). */
export const PLAN_FIELDS = [
  "opiskeluoikeusOid",
  "sahkoposti",
  "puhelinnumero",
  "urasuunnitelma",
  "ensikertainenHyvaksyminen",
  "hyvaksytty",
  "paivitetty",
  "osaamisenSaavuttamisenPvm",
  "osaamisenHankkimisenTarve",
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/** How much of a unit or area is shown. */
export enum Level {
  /** tutkinnonOsaKoodiUri/Versio, or amosaaTunniste/nimi, or osaAlueKoodiUri/Versio. */
  Identifying = 1,
  /** ... plus vaatimuksistaTaiTavoitteistaPoikkeaminen (R4). */
  IdentifyingAndDeviation = 2,
  Full = 3,
}

interface PlanView {
  fields: Set<PlanField>;
  support: boolean;
  units: Map<string, Level>;
  areas: Map<string, Level>;
  periods: Set<string>;
  demos: Set<string>;
}

interface StudyRightView {
  dates: boolean;
  oppilaitos: boolean;
  koulutustoimija: boolean;
  osaamisala: boolean;
}

/** What one actor may see: the union of every grant that applies. */
class Visibility {
  readonly persons = new Map<string, { names: boolean }>();
  readonly studyRights = new Map<string, StudyRightView>();
  readonly plans = new Map<string, PlanView>();
  /** Which rules granted anything (for coverage statistics). */
  readonly rules = new Set<string>();

  person(oid: string, names: boolean): void {
    const seen = this.persons.get(oid);
    this.persons.set(oid, { names: names || (seen?.names ?? false) });
  }

  studyRight(oid: string, view: Partial<StudyRightView>): void {
    const seen = this.studyRights.get(oid) ?? { dates: false, oppilaitos: false, koulutustoimija: false, osaamisala: false };
    this.studyRights.set(oid, {
      dates: seen.dates || !!view.dates,
      oppilaitos: seen.oppilaitos || !!view.oppilaitos,
      koulutustoimija: seen.koulutustoimija || !!view.koulutustoimija,
      osaamisala: seen.osaamisala || !!view.osaamisala,
    });
  }

  plan(plan: Plan): PlanView {
    let view = this.plans.get(plan.key);
    if (!view) {
      view = { fields: new Set(), support: false, units: new Map(), areas: new Map(), periods: new Set(), demos: new Set() };
      this.plans.set(plan.key, view);
    }
    return view;
  }

  planFields(plan: Plan, fields: readonly PlanField[]): void {
    const view = this.plan(plan);
    for (const f of fields) view.fields.add(f);
  }

  unit(plan: Plan, unit: Unit, level: Level): void {
    const units = this.plan(plan).units;
    units.set(unit.key, Math.max(units.get(unit.key) ?? 0, level));
  }

  area(plan: Plan, area: Area, level: Level): void {
    const areas = this.plan(plan).areas;
    areas.set(area.key, Math.max(areas.get(area.key) ?? 0, level));
  }

  /** A unit in full, with its areas, periods and demonstrations. */
  wholeUnit(plan: Plan, unit: Unit): void {
    const view = this.plan(plan);
    this.unit(plan, unit, Level.Full);
    for (const p of unit.periods) view.periods.add(p.key);
    for (const d of unit.demos) view.demos.add(d.key);
    for (const area of unit.areas) {
      this.area(plan, area, Level.Full);
      for (const p of area.periods) view.periods.add(p.key);
      for (const d of area.demos) view.demos.add(d.key);
    }
  }

  wholePlan(plan: Plan): void {
    this.planFields(plan, PLAN_FIELDS);
    this.plan(plan).support = true;
    for (const unit of plan.units) this.wholeUnit(plan, unit);
  }
}

// ---------------------------------------------------------------------------------------------
// Facts of the world the rules read

/** S is active when alkamispaiva ≤ today and (paattymispaiva is null or paattymispaiva ≥ today). */
export function isActive(sr: StudyRight, today: string): boolean {
  return sr.alkamispaiva <= today && (sr.paattymispaiva === null || sr.paattymispaiva >= today);
}

/**
 * "Active or ended less than 5 years ago": started, and paattymispaiva null or > today − 5
 * calendar years (a study right that has not started yet is neither, so it does not count).
 */
export function endedLessThanFiveYearsAgo(sr: StudyRight, today: string): boolean {
  return sr.alkamispaiva <= today && (sr.paattymispaiva === null || sr.paattymispaiva > addYears(today, -5));
}

/** today ≤ end + 90 days. */
export function withinNinetyDays(end: string, today: string): boolean {
  return today <= addDays(end, 90);
}

const WORKPLACE_METHODS = new Set(["koulutussopimus", "oppisopimus"]);

/** A workplace period is one whose method is koulutussopimus or oppisopimus (disclosure.md, "The world"). */
export const isWorkplacePeriod = (p: Period): boolean => WORKPLACE_METHODS.has(p.method);

function ancestorsAndSelf(world: World, oid: string): Set<string> {
  const parent = new Map(world.orgs.map((o) => [o.oid, o.parent]));
  const out = new Set<string>();
  let current: string | null | undefined = oid;
  while (current && !out.has(current)) {
    out.add(current);
    current = parent.get(current);
  }
  return out;
}

/** Organisations at which the actor holds `read`; a privilege covers its organisation and everything below. */
function readCovers(world: World, claims: Claims): (orgOid: string) => boolean {
  const readAt = new Set((claims.privileges ?? []).filter((p) => p.rights.includes("read")).map((p) => p.org));
  return (orgOid) => [...ancestorsAndSelf(world, orgOid)].some((o) => readAt.has(o));
}

function consentApplies(consent: Consent, claims: Claims, today: string): boolean {
  if (consent.revoked) return false;
  if (!(consent.voimassaAlku <= today && today <= consent.voimassaLoppu)) return false;
  const r = consent.recipient;
  if (r.kind === "person") return r.oid === claims.sub;
  if (r.kind === "org") return claims.org !== undefined && r.oid === claims.org;
  return claims.ytunnus !== undefined && r.ytunnus === claims.ytunnus;
}

// ---------------------------------------------------------------------------------------------
// The rules

const R4_R5_R7_PLAN_FIELDS: PlanField[] = ["opiskeluoikeusOid"];
const R8_PLAN_FIELDS: PlanField[] = ["opiskeluoikeusOid", "ensikertainenHyvaksyminen", "hyvaksytty", "osaamisenSaavuttamisenPvm"];
const FULL_STUDY_RIGHT: StudyRightView = { dates: true, oppilaitos: true, koulutustoimija: true, osaamisala: true };

export function visibility(world: World, claims: Claims, today: string, shareLinkKey?: string | null): Visibility {
  const v = new Visibility();
  const srByOid = new Map(world.studyRights.map((s) => [s.oid, s]));

  // R9: OPH sees everything.
  if (claims.role === "oph") {
    v.rules.add("R9");
    for (const s of [...world.students, ...world.nonStudents]) v.person(s.oid, true);
    for (const sr of world.studyRights) v.studyRight(sr.oid, FULL_STUDY_RIGHT);
    for (const plan of world.plans) v.wholePlan(plan);
  }

  // R1: the student sees everything about themselves.
  if (claims.role === "student") {
    const me = world.students.find((s) => s.oid === claims.sub);
    if (me) {
      v.rules.add("R1");
      v.person(me.oid, true);
      for (const sr of world.studyRights.filter((s) => s.student === me.oid)) v.studyRight(sr.oid, FULL_STUDY_RIGHT);
      for (const plan of world.plans.filter((p) => p.student === me.oid)) v.wholePlan(plan);
    }
    // A registered person with no study right, signed in as a student, sees their own names.
    const meWithoutStudies = world.nonStudents.find((s) => s.oid === claims.sub);
    if (meWithoutStudies) {
      v.rules.add("R1");
      v.person(meWithoutStudies.oid, true);
    }
  }

  // R2 (official) and R3 (service account): read privileges over institutions.
  if (claims.role === "official" || claims.role === "service") {
    const covers = readCovers(world, claims);
    // (a) for study rights and persons: the study right's institution is covered.
    for (const sr of world.studyRights) {
      if (covers(sr.oppilaitos)) {
        v.studyRight(sr.oid, FULL_STUDY_RIGHT);
        v.person(sr.student, true);
      }
    }
    for (const plan of world.plans) {
      const s = srByOid.get(plan.studyRight)!;
      const a = covers(s.oppilaitos);
      const b = world.studyRights.some((c) => c.containedIn === s.oid && covers(c.oppilaitos));
      const c =
        endedLessThanFiveYearsAgo(s, today) && world.studyRights.some((other) => other.student === s.student && isActive(other, today) && covers(other.oppilaitos));
      const rule = claims.role === "official" ? "R2" : "R3";
      if (a) v.rules.add(`${rule}a`);
      if (b && !a) v.rules.add(`${rule}b`);
      if (c && !a && !b) v.rules.add(`${rule}c`);
      if (a || b || c) {
        v.wholePlan(plan);
        v.studyRight(s.oid, FULL_STUDY_RIGHT);
      }
    }
  }

  if (claims.role === "workplace") {
    for (const plan of world.plans) {
      // R4: the responsible instructor of a workplace period, until 90 days after its end.
      for (const { period, unit, area } of periodsOf(plan)) {
        if (!isWorkplacePeriod(period) || period.workplace?.instructorOid !== claims.sub || !withinNinetyDays(period.loppu, today)) continue;
        v.rules.add(area ? "R4 (area)" : "R4");
        v.planFields(plan, R4_R5_R7_PLAN_FIELDS);
        v.unit(plan, unit, Level.IdentifyingAndDeviation);
        if (area) v.area(plan, area, Level.IdentifyingAndDeviation);
        v.plan(plan).periods.add(period.key);
        v.person(plan.student, true);
        v.studyRight(plan.studyRight, { osaamisala: true });
      }
      // R5: a working-life assessor of a demonstration, until 90 days after its end.
      for (const { demo, unit, area } of demosOf(plan)) {
        if (!demo.assessors.includes(claims.sub) || !withinNinetyDays(demo.loppu, today)) continue;
        v.rules.add(isPriorLearning(unit) ? "R5 (prior learning)" : area ? "R5 (area)" : "R5");
        v.planFields(plan, R4_R5_R7_PLAN_FIELDS);
        v.unit(plan, unit, Level.Identifying);
        if (area) v.area(plan, area, Level.Identifying);
        v.plan(plan).demos.add(demo.key);
        v.person(plan.student, true);
        v.studyRight(plan.studyRight, {});
      }
    }
  }

  // R6: a consent recipient, any role.
  for (const consent of world.consents) {
    if (!consentApplies(consent, claims, today)) continue;
    const plan = world.plans.find((p) => p.key === consent.plan)!;
    for (const osio of consent.osiot) v.rules.add(`R6 ${osio}`);
    v.plan(plan);
    v.person(plan.student, true);
    for (const osio of consent.osiot) {
      if (osio === "koko-hoks") v.wholePlan(plan);
      if (osio === "tutkinnon-osat") for (const unit of plan.units.filter((u) => consent.units.includes(u.key))) v.wholeUnit(plan, unit);
      if (osio === "aiemmin-hankittu-osaaminen") for (const unit of plan.units.filter(isPriorLearning)) v.wholeUnit(plan, unit);
      if (osio === "urasuunnitelma") v.planFields(plan, ["urasuunnitelma"]);
    }
  }

  // R7: a share-link holder, while the link is valid.
  const link = shareLinkKey ? world.shareLinks.find((l) => l.key === shareLinkKey) : undefined;
  if (link && link.voimassaAlku <= today && today <= link.voimassaLoppu) {
    const plan = world.plans.find((p) => p.key === link.plan)!;
    const unit = plan.units.find((u) => u.key === link.unit)!;
    v.rules.add(`R7 ${link.kohde.type}`);
    v.planFields(plan, R4_R5_R7_PLAN_FIELDS);
    v.unit(plan, unit, Level.Identifying);
    if (link.kohde.type === "period") v.plan(plan).periods.add(link.kohde.key);
    else v.plan(plan).demos.add(link.kohde.key);
    v.person(plan.student, true);
    v.studyRight(plan.studyRight, {});
  }

  // R8: an authority with the Employment Fund basis; any other basis sees nothing.
  if (claims.role === "authority" && claims.basis === "tyollisyysrahasto") {
    v.rules.add("R8");
    // A student's OID only, and nobody without a study right (world.nonStudents stay unseen).
    for (const s of world.students) v.person(s.oid, false);
    // The provider is the koulutustoimija, not the institution.
    for (const sr of world.studyRights) v.studyRight(sr.oid, { dates: true, koulutustoimija: true });
    for (const plan of world.plans) {
      v.planFields(plan, R8_PLAN_FIELDS);
      for (const unit of plan.units.filter(isCoded)) v.unit(plan, unit, Level.Identifying);
    }
  }

  // R10: nothing else.
  return v;
}

// ---------------------------------------------------------------------------------------------
// Facts

function planHas(plan: Plan, field: PlanField): boolean {
  switch (field) {
    case "opiskeluoikeusOid":
    case "ensikertainenHyvaksyminen":
    case "osaamisenHankkimisenTarve":
      return true;
    default:
      return plan[field];
  }
}

function unitFacts(
  prefix: "unit" | "area",
  key: string,
  level: Level,
  data: { poikkeaminen: boolean; opetusJaOhjausMaara: boolean; jarjestajaOid: boolean; todentaminen?: boolean; section?: Unit["section"] },
  out: Set<string>,
): void {
  out.add(`${prefix}:${key}`);
  if (level >= Level.IdentifyingAndDeviation && data.poikkeaminen) out.add(`${prefix}:${key}:poikkeaminen`);
  if (level >= Level.Full) {
    // Stored on every unit and area (see Unit): shown only in full.
    out.add(`${prefix}:${key}:olennainenSeikka`);
    if (data.section === "hankittavatAmmatTutkinnonOsat" || data.section === "aiemminHankitutAmmatTutkinnonOsat") out.add(`${prefix}:${key}:diaarinro`);
    if (data.section === "hankittavatPaikallisetTutkinnonOsat") out.add(`${prefix}:${key}:laajuus`);
    if (data.opetusJaOhjausMaara) out.add(`${prefix}:${key}:opetusJaOhjausMaara`);
    if (data.jarjestajaOid) out.add(`${prefix}:${key}:koulutuksenJarjestajaOid`);
    if (data.todentaminen) out.add(`${prefix}:${key}:todentaminen`);
  }
}

export function periodFacts(p: Period, out: Set<string>): void {
  out.add(`period:${p.key}`);
  if (p.workplace) out.add(`period:${p.key}:tyopaikka`);
  if (p.edustaja) out.add(`period:${p.key}:edustaja`);
}

export function demoFacts(d: Demo, out: Set<string>): void {
  out.add(`demo:${d.key}`);
  if (d.assessors.length) out.add(`demo:${d.key}:arvioijat:${d.assessors.length}`);
  if (d.kriteerit) out.add(`demo:${d.key}:kriteerit`);
  if (d.poikkeaminen) out.add(`demo:${d.key}:poikkeaminen`);
}

/**
 * What `actor` may see of `world` on `today`, presenting the share link `shareLinkKey` (if any),
 * as a set of facts.
 */
export function visibleFacts(world: World, actor: Claims, today: string, shareLinkKey?: string | null): Set<string> {
  const v = visibility(world, actor, today, shareLinkKey);
  const out = new Set<string>();
  const srByOid = new Map(world.studyRights.map((s) => [s.oid, s]));

  for (const [oid, view] of v.persons) {
    out.add(`person:${oid}`);
    if (view.names) out.add(`person:${oid}:names`);
  }
  for (const [oid, view] of v.studyRights) {
    out.add(`studyright:${oid}`);
    if (view.dates) out.add(`studyright:${oid}:dates`);
    if (view.oppilaitos) out.add(`studyright:${oid}:oppilaitos`);
    if (view.koulutustoimija) out.add(`studyright:${oid}:koulutustoimija`);
    if (view.osaamisala && srByOid.get(oid)!.osaamisala) out.add(`studyright:${oid}:osaamisala`);
  }
  for (const plan of world.plans) {
    const view = v.plans.get(plan.key);
    if (!view) continue;
    out.add(`plan:${plan.key}`);
    for (const field of view.fields) if (planHas(plan, field)) out.add(`plan:${plan.key}:${field}`);
    if (view.support && plan.support) out.add(`support:${plan.key}`);
    for (const unit of plan.units) {
      const level = view.units.get(unit.key);
      if (level) unitFacts("unit", unit.key, level, unit, out);
      for (const area of unit.areas) {
        const areaLevel = view.areas.get(area.key);
        if (areaLevel) unitFacts("area", area.key, areaLevel, area, out);
      }
    }
    for (const { period } of periodsOf(plan)) if (view.periods.has(period.key)) periodFacts(period, out);
    for (const { demo } of demosOf(plan)) if (view.demos.has(demo.key)) demoFacts(demo, out);
  }
  return out;
}

/** Plans the actor sees through R4 or R5 (what `workplaceAssignments` lists). */
export function workplaceAssignmentPlans(world: World, claims: Claims, today: string): Set<string> {
  const out = new Set<string>();
  if (claims.role !== "workplace") return out;
  for (const plan of world.plans) {
    const r4 = periodsOf(plan).some(({ period }) => isWorkplacePeriod(period) && period.workplace?.instructorOid === claims.sub && withinNinetyDays(period.loppu, today));
    const r5 = demosOf(plan).some(({ demo }) => demo.assessors.includes(claims.sub) && withinNinetyDays(demo.loppu, today));
    if (r4 || r5) out.add(plan.key);
  }
  return out;
}
