/**
 * The generated world of the disclosure property test, as plain data: organisations, students,
 * study rights, plans, consents and share links, plus the actor who asks. Everything is keyed by
 * stable names made by the generator (OIDs, unit codes, period tunnisteet, demonstration
 * environment names), so API answers can be mapped back without knowing server-made ids.
 *
 * Nothing here comes from the implementation: the oracle reads only these types.
 */

export type IsoDate = string;

// ---------------------------------------------------------------------------------------------
// Dates (own helpers: the oracle must not borrow the service's clock code)

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar years; no generated "today" is 29 February (2025–2027), so no leap-day question arises. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y + years, m - 1, d));
  return shifted.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// The world

export const OPH_ROOT = "1.2.246.562.10.00000000001";
export const EXTERNAL_ORG = "1.2.246.562.10.99999999999";

export type OrgKind = "oph" | "koulutustoimija" | "oppilaitos" | "toimipiste";

export interface Org {
  oid: string;
  /** Short readable name: OPH, P1, P1.I2, P1.I2.S1. */
  name: string;
  kind: OrgKind;
  parent: string | null;
}

export interface Student {
  oid: string;
  name: string;
}

export type StudyRightTiming = "active" | "active-ends-later" | "not-started" | "ended-recently" | "ended-near-5y" | "ended-long-ago";

export interface StudyRight {
  oid: string;
  student: string;
  oppilaitos: string;
  koulutustoimija: string;
  alkamispaiva: IsoDate;
  arvioituPaattymispaiva: IsoDate;
  paattymispaiva: IsoDate | null;
  /** The master study right this one is contained in (procured training). */
  containedIn: string | null;
  /** Whether the completion records a competence area (osaamisala). */
  osaamisala: boolean;
  timing: StudyRightTiming;
}

export type PeriodMethod = "koulutussopimus" | "oppisopimus" | "oppilaitosmuotoinenkoulutus";

export interface Period {
  /** yksiloivaTunniste, unique in the world. */
  key: string;
  method: PeriodMethod;
  alku: IsoDate;
  loppu: IsoDate;
  /** The workplace block; null when the period has none. */
  workplace: { instructorOid: string | null } | null;
  /** Whether jarjestajanEdustaja is recorded. */
  edustaja: boolean;
}

export interface Demo {
  /** nayttoymparisto.nimi, unique in the world. */
  key: string;
  alku: IsoDate;
  loppu: IsoDate;
  /** Working-life assessors' OIDs; null for an assessor recorded without an OID. */
  assessors: (string | null)[];
  kriteerit: boolean;
  poikkeaminen: boolean;
}

/** An area (osa-alue) of a common unit to acquire. */
export interface Area {
  /** osaAlueKoodiUri, unique in the world. */
  key: string;
  poikkeaminen: boolean;
  opetusJaOhjausMaara: boolean;
  jarjestajaOid: boolean;
  periods: Period[];
  demos: Demo[];
}

export type UnitSection = "hankittavatAmmatTutkinnonOsat" | "hankittavatYhteisetTutkinnonOsat" | "hankittavatPaikallisetTutkinnonOsat" | "aiemminHankitutAmmatTutkinnonOsat";

/**
 * A unit. Besides the flags below, every unit and area is stored with olennainenSeikka, vocational
 * units (to acquire or prior) with tutkinnonOsanPerusteenDiaarinro, and local units with laajuus:
 * fields only a full view shows.
 */
export interface Unit {
  /** tutkinnonOsaKoodiUri (coded units) or amosaaTunniste (local units), unique in the world. */
  key: string;
  section: UnitSection;
  poikkeaminen: boolean;
  /** Only for vocational and local units to acquire (FULL_HOKS_FIELDS does not read it on common units). */
  opetusJaOhjausMaara: boolean;
  jarjestajaOid: boolean;
  /** Only for prior-learning units: valittuTodentamisenProsessiKoodiUri. */
  todentaminen: boolean;
  /** Empty for common units (their periods live in the areas). */
  periods: Period[];
  /** Demonstrations; for prior learning these are tarkentavatTiedotNaytto. */
  demos: Demo[];
  /** Only for common units. */
  areas: Area[];
}

export interface Plan {
  key: string;
  studyRight: string;
  student: string;
  ensikertainenHyvaksyminen: IsoDate;
  sahkoposti: boolean;
  puhelinnumero: boolean;
  urasuunnitelma: boolean;
  hyvaksytty: boolean;
  /** The update instant `paivitetty` (not an approval date: R8 does not show it). */
  paivitetty: boolean;
  osaamisenSaavuttamisenPvm: boolean;
  /** opiskeluvalmiuksiaTukevatOpinnot and oppimisenTuki recorded. */
  support: boolean;
  units: Unit[];
}

export type ConsentSection = "koko-hoks" | "tutkinnon-osat" | "aiemmin-hankittu-osaaminen" | "urasuunnitelma";

export type Recipient = { kind: "person"; oid: string } | { kind: "org"; oid: string } | { kind: "ytunnus"; ytunnus: string };

export interface Consent {
  key: string;
  plan: string;
  recipient: Recipient;
  osiot: ConsentSection[];
  /** Keys of top-level units (any section) chosen for `tutkinnon-osat`. */
  units: string[];
  voimassaAlku: IsoDate;
  voimassaLoppu: IsoDate;
  revoked: boolean;
}

export interface ShareLink {
  key: string;
  plan: string;
  /** A top-level vocational or local unit to acquire. */
  unit: string;
  kohde: { type: "period" | "demo"; key: string };
  voimassaAlku: IsoDate;
  voimassaLoppu: IsoDate;
}

export interface World {
  today: IsoDate;
  orgs: Org[];
  students: Student[];
  studyRights: StudyRight[];
  /** Workplace persons who may be named as instructors and assessors. */
  workplacePool: string[];
  /** Registered persons with no study right (the workplace pool): only OPH, and they themselves, learn they exist. */
  nonStudents: Student[];
  plans: Plan[];
  consents: Consent[];
  shareLinks: ShareLink[];
}

// ---------------------------------------------------------------------------------------------
// The actor

export type Role = "student" | "official" | "service" | "workplace" | "authority" | "oph";
export type Right = "read" | "write" | "update" | "delete";

export interface Claims {
  sub: string;
  role: Role;
  privileges?: { org: string; rights: Right[] }[];
  basis?: string;
  org?: string;
  ytunnus?: string;
}

export interface Actor {
  /** What the generator meant this actor to be, for the report. */
  label: string;
  claims: Claims;
}

/** The share-link "key" of a token that belongs to no link. */
export const INVALID_LINK = "invalid-token";

export interface DisclosureCase {
  world: World;
  actor: Actor;
  /** Key of the share link whose token the actor presents, if any; INVALID_LINK for a token no link has. */
  shareLink: string | null;
}

// ---------------------------------------------------------------------------------------------
// Walking a plan

export interface PeriodPlace {
  period: Period;
  unit: Unit;
  area: Area | null;
}

export interface DemoPlace {
  demo: Demo;
  unit: Unit;
  area: Area | null;
}

export function periodsOf(plan: Plan): PeriodPlace[] {
  const out: PeriodPlace[] = [];
  for (const unit of plan.units) {
    for (const period of unit.periods) out.push({ period, unit, area: null });
    for (const area of unit.areas) for (const period of area.periods) out.push({ period, unit, area });
  }
  return out;
}

export function demosOf(plan: Plan): DemoPlace[] {
  const out: DemoPlace[] = [];
  for (const unit of plan.units) {
    for (const demo of unit.demos) out.push({ demo, unit, area: null });
    for (const area of unit.areas) for (const demo of area.demos) out.push({ demo, unit, area });
  }
  return out;
}

export const isPriorLearning = (unit: Unit): boolean => unit.section.startsWith("aiemmin");
export const isCoded = (unit: Unit): boolean => unit.section !== "hankittavatPaikallisetTutkinnonOsat";

/** Which plan every unit, area, period and demonstration key belongs to. */
export function ownerPlans(world: World): Map<string, string> {
  const owner = new Map<string, string>();
  for (const plan of world.plans) {
    for (const unit of plan.units) {
      owner.set(unit.key, plan.key);
      for (const area of unit.areas) owner.set(area.key, plan.key);
    }
    for (const { period } of periodsOf(plan)) owner.set(period.key, plan.key);
    for (const { demo } of demosOf(plan)) owner.set(demo.key, plan.key);
  }
  return owner;
}

/** Which unit or area directly holds every period and demonstration key. */
export function directHolders(world: World): Map<string, string> {
  const holder = new Map<string, string>();
  for (const plan of world.plans) {
    for (const { period, unit, area } of periodsOf(plan)) holder.set(period.key, (area ?? unit).key);
    for (const { demo, unit, area } of demosOf(plan)) holder.set(demo.key, (area ?? unit).key);
  }
  return holder;
}

// ---------------------------------------------------------------------------------------------
// A readable rendering, used as the counterexample text fast-check prints

const short = (oid: string | null | undefined): string => (oid ? oid.replace(/^1\.2\.246\.562\./, "") : String(oid));

function window(alku: IsoDate, loppu: IsoDate): string {
  return `${alku}..${loppu}`;
}

function describePeriod(p: Period): string {
  const wp = p.workplace ? ` instructor=${p.workplace.instructorOid ? short(p.workplace.instructorOid) : "(no oid)"}` : "";
  return `period ${p.key} ${p.method} ${window(p.alku, p.loppu)}${wp}${p.edustaja ? " +edustaja" : ""}`;
}

function describeDemo(d: Demo): string {
  const assessors = d.assessors.map((a) => (a ? short(a) : "(no oid)")).join(",");
  return `demo ${d.key} ${window(d.alku, d.loppu)} assessors=[${assessors}]${d.kriteerit ? " +kriteerit" : ""}${d.poikkeaminen ? " +poikkeaminen" : ""}`;
}

function flags(obj: Record<string, unknown>, names: string[]): string {
  return names.filter((n) => obj[n] === true).map((n) => ` +${n}`).join("");
}

export function describeWorld(world: World): string[] {
  const lines: string[] = [];
  lines.push(`today ${world.today}`);
  const orgName = new Map(world.orgs.map((o) => [o.oid, o.name]));
  const name = (oid: string) => orgName.get(oid) ?? short(oid);
  lines.push(`orgs: ${world.orgs.map((o) => `${o.name}=${short(o.oid)}`).join(" ")}`);
  lines.push(`workplace pool: ${world.workplacePool.map(short).join(" ")}`);
  for (const student of world.students) {
    lines.push(`student ${student.name} ${short(student.oid)}`);
    for (const sr of world.studyRights.filter((s) => s.student === student.oid)) {
      const contained = sr.containedIn ? ` contained-in ${short(sr.containedIn)}` : "";
      lines.push(
        `  study right ${short(sr.oid)} at ${name(sr.oppilaitos)} ${sr.alkamispaiva}..${sr.paattymispaiva ?? "(open)"} [${sr.timing}]${contained}${sr.osaamisala ? " +osaamisala" : ""}`,
      );
      for (const plan of world.plans.filter((p) => p.studyRight === sr.oid)) {
        lines.push(
          `    plan ${plan.key}${flags(plan as unknown as Record<string, unknown>, ["sahkoposti", "puhelinnumero", "urasuunnitelma", "hyvaksytty", "paivitetty", "osaamisenSaavuttamisenPvm", "support"])}`,
        );
        for (const unit of plan.units) {
          lines.push(
            `      ${unit.section} ${unit.key}${flags(unit as unknown as Record<string, unknown>, ["poikkeaminen", "opetusJaOhjausMaara", "jarjestajaOid", "todentaminen"])}`,
          );
          for (const p of unit.periods) lines.push(`        ${describePeriod(p)}`);
          for (const d of unit.demos) lines.push(`        ${describeDemo(d)}`);
          for (const area of unit.areas) {
            lines.push(`        area ${area.key}${flags(area as unknown as Record<string, unknown>, ["poikkeaminen", "opetusJaOhjausMaara", "jarjestajaOid"])}`);
            for (const p of area.periods) lines.push(`          ${describePeriod(p)}`);
            for (const d of area.demos) lines.push(`          ${describeDemo(d)}`);
          }
        }
      }
    }
  }
  for (const c of world.consents) {
    const to = c.recipient.kind === "ytunnus" ? `ytunnus ${c.recipient.ytunnus}` : `${c.recipient.kind} ${short(c.recipient.oid)}`;
    const units = c.osiot.includes("tutkinnon-osat") ? ` units=[${c.units.join(",")}]` : "";
    lines.push(`consent ${c.key} on ${c.plan} to ${to} osiot=[${c.osiot.join(",")}]${units} ${window(c.voimassaAlku, c.voimassaLoppu)}${c.revoked ? " REVOKED" : ""}`);
  }
  for (const l of world.shareLinks) {
    lines.push(`share link ${l.key} on ${l.plan}: unit ${l.unit} ${l.kohde.type} ${l.kohde.key} ${window(l.voimassaAlku, l.voimassaLoppu)}`);
  }
  return lines;
}

export function describeActor(actor: Actor): string {
  const c = actor.claims;
  const parts = [`role=${c.role}`, `sub=${short(c.sub)}`];
  if (c.privileges?.length) parts.push(`privileges=[${c.privileges.map((p) => `${short(p.org)}:${p.rights.join("+") || "(none)"}`).join(" ")}]`);
  if (c.basis !== undefined) parts.push(`basis=${c.basis}`);
  if (c.org !== undefined) parts.push(`org=${short(c.org)}`);
  if (c.ytunnus !== undefined) parts.push(`ytunnus=${c.ytunnus}`);
  return `${actor.label}: ${parts.join(" ")}`;
}

export function describeCase(c: DisclosureCase): string {
  return ["", ...describeWorld(c.world), `actor ${describeActor(c.actor)}`, `presents share link: ${c.shareLink ?? "none"}`].join("\n    ");
}
