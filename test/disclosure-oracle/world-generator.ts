/**
 * fast-check arbitraries for random disclosure worlds and actors.
 *
 * The arbitraries produce a raw value made of plain records, arrays, booleans and small integers
 * (references are integers resolved modulo the length of what they point into), and `.map` turns
 * it into a World. That keeps shrinking effective: fast-check shrinks the raw value (fewer
 * students, fewer units, smaller offsets) and every shrunk raw value still builds a valid world.
 *
 * Dates are offsets from a random "today" in 2025–2027, concentrated around the edges of every
 * window the rules read: a period's or demonstration's end + 90 days, five years after a study
 * right's end, a consent's and a share link's validity.
 */
import fc from "fast-check";
import {
  addDays,
  addYears,
  describeCase,
  EXTERNAL_ORG,
  INVALID_LINK,
  OPH_ROOT,
  type Actor,
  type Area,
  type Claims,
  type Consent,
  type ConsentSection,
  type Demo,
  type DisclosureCase,
  type Org,
  type Period,
  type PeriodMethod,
  type Plan,
  type Recipient,
  type Right,
  type Role,
  type ShareLink,
  type Student,
  type StudyRight,
  type StudyRightTiming,
  type Unit,
  type World,
} from "./world.js";

/** Generator switches (environment variables, all on by default). */
export interface GeneratorOptions {
  /** Working-life assessors from the pool on prior-learning demonstrations (tarkentavatTiedotNaytto). */
  priorLearningAssessors: boolean;
  /** Sometimes a non-workplace period (oppilaitosmuotoinen) carries a workplace block naming an instructor. */
  instructorOnNonWorkplacePeriod: boolean;
  /** Consents and share links (off while their store functions do not exist). */
  consentsAndLinks: boolean;
}

export const defaultGeneratorOptions = (env: NodeJS.ProcessEnv = process.env): GeneratorOptions => ({
  priorLearningAssessors: env.DISCLOSURE_PRIOR_ASSESSORS !== "0",
  instructorOnNonWorkplacePeriod: env.DISCLOSURE_NON_WORKPLACE_INSTRUCTOR !== "0",
  consentsAndLinks: env.DISCLOSURE_CONSENTS !== "0",
});

// ---------------------------------------------------------------------------------------------
// Synthetic identifiers (unique per world; checksums are not validated on this path)

const orgOid = (n: number) => `1.2.246.562.10.${10000000000 + n}`;
const studentOid = (n: number) => `1.2.246.562.24.${20000000000 + n}`;
const studyRightOid = (n: number) => `1.2.246.562.15.${30000000000 + n}`;
export const poolOid = (n: number) => `1.2.246.562.24.${40000000000 + n}`;
/** A person who is named nowhere in plans, only as a consent recipient. */
export const OUTSIDE_RECIPIENT = "1.2.246.562.24.50000000001";
const otherSub = (n: number) => `1.2.246.562.24.${60000000000 + n}`;
/** Business ids with valid check digits. */
export const YTUNNUKSET = ["1234567-1", "7654321-2"] as const;

const BASE_DAY = "2025-01-01";
const POOL_SIZE = 3;

// ---------------------------------------------------------------------------------------------
// Raw arbitraries

/** A rarely-true boolean that shrinks to false. */
const rarely = (oneIn: number) => fc.integer({ min: 0, max: oneIn - 1 }).map((n) => n === oneIn - 1);

/** End of a period or demonstration, relative to today; the R4/R5 window closes at end + 90. */
const itemEndOffset = fc.oneof(
  { arbitrary: fc.integer({ min: -200, max: 120 }), weight: 3 },
  { arbitrary: fc.constantFrom(-89, -90, -91), weight: 1 },
);

/** A validity window relative to today, often touching today. */
const validityWindow = fc.record({
  alku: fc.oneof({ arbitrary: fc.integer({ min: -60, max: 10 }), weight: 3 }, { arbitrary: fc.constantFrom(0, 1), weight: 1 }),
  loppu: fc.oneof({ arbitrary: fc.integer({ min: -10, max: 60 }), weight: 3 }, { arbitrary: fc.constantFrom(0, -1), weight: 1 }),
});

const rawTiming = fc.record({
  kind: fc.oneof(
    { arbitrary: fc.constant<StudyRightTiming>("active"), weight: 3 },
    { arbitrary: fc.constant<StudyRightTiming>("ended-near-5y"), weight: 3 },
    { arbitrary: fc.constant<StudyRightTiming>("ended-recently"), weight: 2 },
    { arbitrary: fc.constant<StudyRightTiming>("active-ends-later"), weight: 2 },
    { arbitrary: fc.constant<StudyRightTiming>("not-started"), weight: 1 },
    { arbitrary: fc.constant<StudyRightTiming>("ended-long-ago"), weight: 1 },
  ),
  a: fc.integer({ min: 0, max: 1700 }),
  b: fc.integer({ min: 0, max: 1400 }),
  edge: fc.constantFrom(-1, 0, 1),
});

const rawPeriod = fc.record({
  method: fc.constantFrom<PeriodMethod>("koulutussopimus", "oppilaitosmuotoinenkoulutus", "oppisopimus", "koulutussopimus"),
  instructor: fc.option(fc.nat({ max: POOL_SIZE - 1 }), { freq: 4 }),
  blockOnNonWorkplace: rarely(3),
  end: itemEndOffset,
  length: fc.nat({ max: 150 }),
  edustaja: fc.boolean(),
});

const rawDemo = fc.record({
  assessors: fc.array(fc.option(fc.nat({ max: POOL_SIZE - 1 }), { freq: 4 }), { maxLength: 2 }),
  end: itemEndOffset,
  length: fc.nat({ max: 10 }),
  kriteerit: fc.boolean(),
  poikkeaminen: fc.boolean(),
});

const rawArea = fc.record({
  poikkeaminen: fc.boolean(),
  opetus: fc.boolean(),
  jarjestaja: fc.boolean(),
  periods: fc.array(rawPeriod, { maxLength: 2 }),
  demos: fc.array(rawDemo, { maxLength: 1 }),
});

const rawUnit = fc.record({
  kind: fc.constantFrom("ammat", "yhteinen", "paikallinen", "ammat"),
  poikkeaminen: fc.boolean(),
  opetus: fc.boolean(),
  jarjestaja: fc.boolean(),
  periods: fc.array(rawPeriod, { maxLength: 2 }),
  demos: fc.array(rawDemo, { maxLength: 2 }),
  areas: fc.array(rawArea, { minLength: 1, maxLength: 2 }),
});

const rawPrior = fc.record({
  todentaminen: fc.boolean(),
  poikkeaminen: fc.boolean(),
  jarjestaja: fc.boolean(),
  demos: fc.array(rawDemo, { maxLength: 1 }),
});

const rawPlan = fc.record({
  approvedAgo: fc.nat({ max: 600 }),
  sahkoposti: fc.boolean(),
  puhelinnumero: fc.boolean(),
  urasuunnitelma: fc.boolean(),
  hyvaksytty: fc.boolean(),
  paivitetty: fc.boolean(),
  osaamisenSaavuttamisenPvm: fc.boolean(),
  support: fc.boolean(),
  units: fc.array(rawUnit, { minLength: 1, maxLength: 3 }),
  prior: fc.option(rawPrior, { freq: 2 }),
});

const rawStudyRight = fc.record({
  institution: fc.nat(),
  timing: rawTiming,
  containedIn: fc.option(fc.nat(), { freq: 3 }),
  osaamisala: fc.boolean(),
  plan: fc.option(rawPlan, { freq: 4 }),
});

const rawRecipient = fc.oneof(
  fc.record({ kind: fc.constant("person" as const), idx: fc.nat({ max: POOL_SIZE }) }),
  fc.record({ kind: fc.constant("org" as const), idx: fc.nat() }),
  fc.record({ kind: fc.constant("ytunnus" as const), idx: fc.nat({ max: YTUNNUKSET.length - 1 }) }),
);

const SECTIONS: ConsentSection[] = ["koko-hoks", "tutkinnon-osat", "aiemmin-hankittu-osaaminen", "urasuunnitelma"];

const rawConsent = fc.record({
  plan: fc.nat(),
  recipient: rawRecipient,
  osiot: fc.subarray(SECTIONS, { minLength: 1 }),
  units: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  window: validityWindow,
  revoked: rarely(4),
});

const rawLink = fc.record({
  plan: fc.nat(),
  unit: fc.nat(),
  target: fc.constantFrom("period" as const, "demo" as const),
  item: fc.nat(),
  window: validityWindow,
});

const rawWorld = fc.record({
  todayOffset: fc.nat({ max: 3 * 365 - 1 }),
  providers: fc.array(fc.record({ institutions: fc.array(fc.record({ sites: fc.nat({ max: 2 }) }), { minLength: 1, maxLength: 2 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
  students: fc.array(fc.record({ studyRights: fc.array(rawStudyRight, { minLength: 1, maxLength: 3 }) }), { minLength: 2, maxLength: 4 }),
  consents: fc.array(rawConsent, { maxLength: 3 }),
  shareLinks: fc.array(rawLink, { maxLength: 2 }),
});

/** A value in `percent` % of cases, else null (shrinks towards null). */
const sometimes = <T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 100 - percent }, { arbitrary: arb, weight: percent });

const RIGHTS: Right[] = ["read", "write", "update", "delete"];
const ROLES: Role[] = ["student", "official", "service", "workplace", "authority", "oph"];

/** A privilege's organisation: mostly the institution of some study right (so R2(b)/(c) happen), else any organisation. */
const rawPrivilegeOrg = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("institution-of" as const), idx: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("institution-of-active" as const), idx: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("org" as const), idx: fc.nat() }), weight: 2 },
);
const rawPrivileges = fc.array(
  fc.record({ org: rawPrivilegeOrg, rights: fc.oneof({ arbitrary: fc.constant<Right[]>(["read"]), weight: 2 }, { arbitrary: fc.subarray(RIGHTS), weight: 3 }) }),
  { minLength: 1, maxLength: 2 },
);
const optionalClaimIndex = sometimes(fc.nat(), 25);

const rawActor = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("student" as const), idx: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constantFrom("official" as const, "service" as const), privileges: rawPrivileges, org: optionalClaimIndex }),
    weight: 4,
  },
  {
    // An official or system where the student of some plan studies (or will study) elsewhere: R2(c)/R3(c).
    arbitrary: fc.record({ kind: fc.constant("elsewhere" as const), role: fc.constantFrom("official" as const, "service" as const), plan: fc.nat(), other: fc.nat() }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("workplace" as const),
      idx: fc.nat({ max: POOL_SIZE - 1 }),
      role: fc.constantFrom<Role>("workplace", "workplace", "workplace", "official", "student"),
      org: optionalClaimIndex,
      ytunnus: sometimes(fc.nat({ max: YTUNNUKSET.length - 1 }), 25),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("recipient" as const),
      // Mostly the recipient of one of the world's consents, else anyone a consent could name.
      ofConsent: sometimes(fc.nat(), 75),
      recipient: rawRecipient,
      role: fc.constantFrom<Role>(...ROLES.filter((r) => r !== "oph")),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant("authority" as const), basis: fc.constantFrom<string | null>("tyollisyysrahasto", "kela", null, "tyollisyysrahasto") }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("oph" as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("nobody" as const), role: fc.constantFrom<Role>(...ROLES.filter((r) => r !== "oph")) }), weight: 1 },
);

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type RawWorld = ValueOf<typeof rawWorld>;
type RawActor = ValueOf<typeof rawActor>;
type RawPeriod = ValueOf<typeof rawPeriod>;
type RawDemo = ValueOf<typeof rawDemo>;

// ---------------------------------------------------------------------------------------------
// Building a world from the raw value

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

function buildOrgs(raw: RawWorld): { orgs: Org[]; institutions: { oid: string; provider: string }[] } {
  const orgs: Org[] = [{ oid: OPH_ROOT, name: "OPH", kind: "oph", parent: null }];
  const institutions: { oid: string; provider: string }[] = [];
  let n = 0;
  raw.providers.forEach((provider, p) => {
    const providerOid = orgOid(++n);
    const providerName = `P${p + 1}`;
    orgs.push({ oid: providerOid, name: providerName, kind: "koulutustoimija", parent: OPH_ROOT });
    provider.institutions.forEach((institution, i) => {
      const institutionOid = orgOid(++n);
      const institutionName = `${providerName}.I${i + 1}`;
      orgs.push({ oid: institutionOid, name: institutionName, kind: "oppilaitos", parent: providerOid });
      institutions.push({ oid: institutionOid, provider: providerOid });
      for (let s = 0; s < institution.sites; s++) {
        orgs.push({ oid: orgOid(++n), name: `${institutionName}.S${s + 1}`, kind: "toimipiste", parent: institutionOid });
      }
    });
  });
  return { orgs, institutions };
}

function studyRightDates(today: string, timing: RawWorld["students"][number]["studyRights"][number]["timing"]) {
  const fiveYearsAgo = addYears(today, -5);
  let alkamispaiva: string;
  let paattymispaiva: string | null = null;
  switch (timing.kind) {
    case "active":
      alkamispaiva = addDays(today, -(timing.a % 900));
      break;
    case "active-ends-later":
      alkamispaiva = addDays(today, -(timing.a % 900));
      // Often ends today: still active on its last day.
      paattymispaiva = addDays(today, timing.b % 3 === 0 ? timing.b % 40 : 0);
      break;
    case "not-started":
      alkamispaiva = addDays(today, 1 + (timing.a % 200));
      break;
    case "ended-recently":
      paattymispaiva = addDays(today, -(1 + (timing.a % 1700)));
      alkamispaiva = addDays(paattymispaiva, -(100 + timing.b));
      break;
    case "ended-near-5y":
      paattymispaiva = addDays(fiveYearsAgo, timing.edge);
      alkamispaiva = addDays(paattymispaiva, -(100 + timing.b));
      break;
    case "ended-long-ago":
      paattymispaiva = addDays(fiveYearsAgo, -(1 + timing.a));
      alkamispaiva = addDays(paattymispaiva, -(100 + timing.b));
      break;
  }
  const arvioituPaattymispaiva = addDays(alkamispaiva, 1095);
  return { alkamispaiva, paattymispaiva, arvioituPaattymispaiva };
}

class Counter {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

export function buildWorld(raw: RawWorld, options: GeneratorOptions): World {
  const today = addDays(BASE_DAY, raw.todayOffset);
  const { orgs, institutions } = buildOrgs(raw);
  const workplacePool = Array.from({ length: POOL_SIZE }, (_, i) => poolOid(i + 1));

  const students: Student[] = [];
  const studyRights: StudyRight[] = [];
  const plans: Plan[] = [];
  const srCounter = new Counter();
  const planCounter = new Counter();
  const unitCounter = new Counter();
  const areaCounter = new Counter();
  const localCounter = new Counter();
  const periodCounter = new Counter();
  const demoCounter = new Counter();

  const period = (p: RawPeriod): Period => {
    const loppu = addDays(today, p.end);
    const workplaceMethod = p.method !== "oppilaitosmuotoinenkoulutus";
    const hasBlock = workplaceMethod || (options.instructorOnNonWorkplacePeriod && p.blockOnNonWorkplace);
    return {
      key: `period-${periodCounter.next()}`,
      method: p.method,
      alku: addDays(loppu, -p.length),
      loppu,
      workplace: hasBlock ? { instructorOid: p.instructor === null ? null : workplacePool[p.instructor]! } : null,
      edustaja: p.edustaja,
    };
  };
  const demo = (d: RawDemo, allowPoolAssessors = true): Demo => {
    const loppu = addDays(today, d.end);
    return {
      key: `demo-${demoCounter.next()}`,
      alku: addDays(loppu, -d.length),
      loppu,
      assessors: d.assessors.map((a) => (a === null || !allowPoolAssessors ? null : workplacePool[a]!)),
      kriteerit: d.kriteerit,
      poikkeaminen: d.poikkeaminen,
    };
  };

  raw.students.forEach((rawStudent, s) => {
    const oid = studentOid(s + 1);
    students.push({ oid, name: `S${s + 1}` });
    const mine: StudyRight[] = [];
    rawStudent.studyRights.forEach((rawSr, j) => {
      let institution = pick(institutions, rawSr.institution);
      let containedIn: string | null = null;
      if (rawSr.containedIn !== null && j > 0) {
        // Procured training: contained in an earlier master study right of the same student, held
        // at an institution of another provider.
        const masters = mine.filter((m) => m.containedIn === null);
        const master = masters.length ? pick(masters, rawSr.containedIn) : undefined;
        const elsewhere = master ? institutions.filter((i) => i.provider !== master.koulutustoimija) : [];
        if (master && elsewhere.length) {
          containedIn = master.oid;
          institution = pick(elsewhere, rawSr.institution);
        }
      }
      const dates = studyRightDates(today, rawSr.timing);
      const sr: StudyRight = {
        oid: studyRightOid(srCounter.next()),
        student: oid,
        oppilaitos: institution.oid,
        koulutustoimija: institution.provider,
        ...dates,
        containedIn,
        osaamisala: rawSr.osaamisala,
        timing: rawSr.timing.kind,
      };
      mine.push(sr);
      studyRights.push(sr);

      if (rawSr.plan === null || containedIn !== null) return;
      const rp = rawSr.plan;
      const units: Unit[] = rp.units.map((ru): Unit => {
        const base = { poikkeaminen: ru.poikkeaminen, jarjestajaOid: ru.jarjestaja, todentaminen: false };
        if (ru.kind === "yhteinen") {
          const areas: Area[] = ru.areas.map((ra) => ({
            key: `ammatillisenoppiaineet_oa${areaCounter.next()}`,
            poikkeaminen: ra.poikkeaminen,
            opetusJaOhjausMaara: ra.opetus,
            jarjestajaOid: ra.jarjestaja,
            periods: ra.periods.map(period),
            demos: ra.demos.map((d) => demo(d)),
          }));
          return { ...base, key: `tutkinnonosat_${100000 + unitCounter.next()}`, section: "hankittavatYhteisetTutkinnonOsat", opetusJaOhjausMaara: false, periods: [], demos: [], areas };
        }
        const key = ru.kind === "ammat" ? `tutkinnonosat_${100000 + unitCounter.next()}` : `amosaa-${localCounter.next()}`;
        return {
          ...base,
          key,
          section: ru.kind === "ammat" ? "hankittavatAmmatTutkinnonOsat" : "hankittavatPaikallisetTutkinnonOsat",
          opetusJaOhjausMaara: ru.opetus,
          periods: ru.periods.map(period),
          demos: ru.demos.map((d) => demo(d)),
          areas: [],
        };
      });
      if (rp.prior) {
        units.push({
          key: `tutkinnonosat_${100000 + unitCounter.next()}`,
          section: "aiemminHankitutAmmatTutkinnonOsat",
          poikkeaminen: rp.prior.poikkeaminen,
          opetusJaOhjausMaara: false,
          jarjestajaOid: rp.prior.jarjestaja,
          todentaminen: rp.prior.todentaminen,
          periods: [],
          demos: rp.prior.demos.map((d) => demo(d, options.priorLearningAssessors)),
          areas: [],
        });
      }
      plans.push({
        key: `H${planCounter.next()}`,
        studyRight: sr.oid,
        student: oid,
        ensikertainenHyvaksyminen: addDays(today, -rp.approvedAgo),
        sahkoposti: rp.sahkoposti,
        puhelinnumero: rp.puhelinnumero,
        urasuunnitelma: rp.urasuunnitelma,
        hyvaksytty: rp.hyvaksytty,
        paivitetty: rp.paivitetty,
        osaamisenSaavuttamisenPvm: rp.osaamisenSaavuttamisenPvm,
        support: rp.support,
        units,
      });
    });
  });

  const consents: Consent[] = [];
  const shareLinks: ShareLink[] = [];
  if (options.consentsAndLinks && plans.length) {
    raw.consents.forEach((rc, i) => {
      const plan = pick(plans, rc.plan);
      const recipient = resolveRecipient(rc.recipient, orgs);
      const topLevel = plan.units.map((u) => u.key);
      const chosen = rc.osiot.includes("tutkinnon-osat") ? [...new Set(rc.units.map((u) => pick(topLevel, u)))] : [];
      const alku = addDays(today, rc.window.alku);
      const loppu = addDays(today, Math.max(rc.window.alku, rc.window.loppu));
      consents.push({ key: `C${i + 1}`, plan: plan.key, recipient, osiot: rc.osiot, units: chosen, voimassaAlku: alku, voimassaLoppu: loppu, revoked: rc.revoked });
    });
    raw.shareLinks.forEach((rl) => {
      const plan = pick(plans, rl.plan);
      const eligible = plan.units.filter((u) => (u.section === "hankittavatAmmatTutkinnonOsat" || u.section === "hankittavatPaikallisetTutkinnonOsat") && u.periods.length + u.demos.length > 0);
      if (!eligible.length) return;
      const unit = pick(eligible, rl.unit);
      const type = rl.target === "period" ? (unit.periods.length ? "period" : "demo") : unit.demos.length ? "demo" : "period";
      const key = type === "period" ? pick(unit.periods, rl.item).key : pick(unit.demos, rl.item).key;
      shareLinks.push({
        key: `L${shareLinks.length + 1}`,
        plan: plan.key,
        unit: unit.key,
        kohde: { type, key },
        voimassaAlku: addDays(today, rl.window.alku),
        voimassaLoppu: addDays(today, Math.max(rl.window.alku, rl.window.loppu)),
      });
    });
  }

  const nonStudents = workplacePool.map((oid, i) => ({ oid, name: `W${i + 1}` }));
  return { today, orgs, students, studyRights, workplacePool, nonStudents, plans, consents, shareLinks };
}

function resolveRecipient(raw: RawWorld["consents"][number]["recipient"], orgs: Org[]): Recipient {
  switch (raw.kind) {
    case "person":
      return { kind: "person", oid: raw.idx < POOL_SIZE ? poolOid(raw.idx + 1) : OUTSIDE_RECIPIENT };
    case "org": {
      const candidates = [...orgs.map((o) => o.oid), EXTERNAL_ORG];
      return { kind: "org", oid: pick(candidates, raw.idx) };
    }
    case "ytunnus":
      return { kind: "ytunnus", ytunnus: YTUNNUKSET[raw.idx]! };
  }
}

export function buildActor(raw: RawActor, world: World): Actor {
  const orgChoices = [...world.orgs.map((o) => o.oid), EXTERNAL_ORG];
  // An institution where some study right is held, or one where a study right is active today
  // (the ground of R2(c)); the activity test here only steers the generator, the oracle decides.
  const active = world.studyRights.filter((s) => s.alkamispaiva <= world.today && (s.paattymispaiva === null || s.paattymispaiva >= world.today));
  const privilegeOrg = (org: { kind: "institution-of" | "institution-of-active" | "org"; idx: number }): string => {
    if (org.kind === "org") return pick(orgChoices, org.idx);
    const from = org.kind === "institution-of-active" && active.length ? active : world.studyRights;
    return pick(from, org.idx).oppilaitos;
  };
  const privileges = (list: { org: { kind: "institution-of" | "institution-of-active" | "org"; idx: number }; rights: Right[] }[]) =>
    list.map((p) => ({ org: privilegeOrg(p.org), rights: p.rights }));
  switch (raw.kind) {
    case "student": {
      const student = pick(world.students, raw.idx);
      return { label: `student ${student.name}`, claims: { sub: student.oid, role: "student" } };
    }
    case "official":
    case "service": {
      const claims: Claims = { sub: otherSub(1), role: raw.kind, privileges: privileges(raw.privileges) };
      if (raw.org !== null) claims.org = pick(orgChoices, raw.org);
      return { label: raw.kind, claims };
    }
    case "elsewhere": {
      const plan = world.plans.length ? pick(world.plans, raw.plan) : undefined;
      const master = plan && world.studyRights.find((sr) => sr.oid === plan.studyRight)!;
      const others = master ? world.studyRights.filter((sr) => sr.student === master.student && sr.oppilaitos !== master.oppilaitos) : [];
      const org = others.length ? pick(others, raw.other).oppilaitos : pick(world.studyRights, raw.other).oppilaitos;
      return { label: `${raw.role} elsewhere`, claims: { sub: otherSub(1), role: raw.role, privileges: [{ org, rights: ["read"] }] } };
    }
    case "workplace": {
      const claims: Claims = { sub: world.workplacePool[raw.idx]!, role: raw.role };
      if (raw.org !== null) claims.org = pick(orgChoices, raw.org);
      if (raw.ytunnus !== null) claims.ytunnus = YTUNNUKSET[raw.ytunnus]!;
      return { label: `workplace person ${raw.idx + 1}`, claims };
    }
    case "recipient": {
      const recipient = raw.ofConsent !== null && world.consents.length ? pick(world.consents, raw.ofConsent).recipient : resolveRecipient(raw.recipient, world.orgs);
      if (recipient.kind === "person") return { label: "consent recipient (person)", claims: { sub: recipient.oid, role: raw.role } };
      if (recipient.kind === "org") return { label: "consent recipient (organisation)", claims: { sub: otherSub(2), role: raw.role, org: recipient.oid } };
      return { label: "consent recipient (business)", claims: { sub: otherSub(3), role: raw.role, ytunnus: recipient.ytunnus } };
    }
    case "authority": {
      const claims: Claims = { sub: otherSub(4), role: "authority" };
      if (raw.basis !== null) claims.basis = raw.basis;
      return { label: "authority", claims };
    }
    case "oph":
      return { label: "OPH", claims: { sub: otherSub(5), role: "oph" } };
    case "nobody":
      return { label: "nobody", claims: { sub: otherSub(6), role: raw.role } };
  }
}

/** A whole case: a world, an actor, and maybe a share link the actor presents. */
export function disclosureCaseArbitrary(options: GeneratorOptions = defaultGeneratorOptions()): fc.Arbitrary<DisclosureCase> {
  return fc
    .record({
      world: rawWorld,
      actor: rawActor,
      // No link (half the cases), one of the world's links, or a token that belongs to no link.
      shareLink: fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: fc.nat(), weight: 4 }, { arbitrary: fc.constant(INVALID_LINK), weight: 1 }),
    })
    .map(({ world: rw, actor: ra, shareLink }) => {
      const world = buildWorld(rw, options);
      const actor = buildActor(ra, world);
      const link = shareLink === INVALID_LINK ? INVALID_LINK : shareLink !== null && world.shareLinks.length ? pick(world.shareLinks, shareLink).key : null;
      const value: DisclosureCase = { world, actor, shareLink: link };
      Object.defineProperty(value, fc.toStringMethod, { value: () => describeCase(value), enumerable: false });
      return value;
    });
}
