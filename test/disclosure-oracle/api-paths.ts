/**
 * Asks the running service for everything of a world on every path (the gateway, and each
 * subgraph's `_entities` directly), maps each answer to the oracle's normalised facts, and
 * compares path by path. Returns a list of readable problems (empty when all paths agree).
 */
import { FULL_HOKS_FIELDS } from "../support/full-hoks.js";
import { workplaceAssignmentPlans } from "./oracle.js";
import type { LoadedWorld } from "./world-loader.js";
import { directHolders, ownerPlans, type DisclosureCase, type World } from "./world.js";

// ---------------------------------------------------------------------------------------------
// Selections

const STUDY_RIGHT_FIELDS = `oid alkamispaiva oppilaitos { oid } koulutustoimija { oid } suoritukset { osaamisala { koodiarvo } }`;
const PERSON_FIELDS = `oid etunimet sukunimi opiskeluoikeudet { ${STUDY_RIGHT_FIELDS} }`;

const GATEWAY_PERSON = `query ($oid: ID!) { henkilo(oid: $oid) { ${PERSON_FIELDS} hoksit { ${FULL_HOKS_FIELDS} } } }`;
const GATEWAY_STUDY_RIGHT = `query ($oid: ID!, $key: String!) { opiskeluoikeus(oid: $oid) { ${STUDY_RIGHT_FIELDS} } hoksByOpiskeluoikeus(opiskeluoikeusOid: $key) { ${FULL_HOKS_FIELDS} } }`;
const GATEWAY_PLAN = `query ($id: ID!) { hoks(id: $id) { ${FULL_HOKS_FIELDS} } }`;

/** Ids no world uses: what a missing object looks like. */
const MISSING = { hoksId: "987654321", personOid: "1.2.246.562.24.99999999999", studyRightOid: "1.2.246.562.15.99999999999" };

/** Query fields whose names may appear in error messages (they are not data fields). */
const ROOT_NAMES = new Set(["hoks", "henkilo", "opiskeluoikeus", "_entities", "workplaceAssignments", "jaettuModuuli", "representations"]);

/** Every field name our selections ask for: an error message must name none of them. */
const DATA_FIELD_NAMES = [...new Set(`${FULL_HOKS_FIELDS} ${PERSON_FIELDS}`.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])].filter(
  (name) => name.length >= 4 && !ROOT_NAMES.has(name),
);
const FIELD_NAME_IN_MESSAGE = new RegExp(`\\b(${DATA_FIELD_NAMES.join("|")})\\b`);

// ---------------------------------------------------------------------------------------------
// HTTP

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface Answer {
  status: number;
  data: any;
  errors: GraphQLError[];
}

export async function post(url: string, query: string, variables: Record<string, unknown>, token: string, shareLinkToken?: string): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${token}` };
  if (shareLinkToken) headers["x-share-link"] = shareLinkToken;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body: { data?: unknown; errors?: GraphQLError[] };
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `unparseable response (${response.status}): ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}

// ---------------------------------------------------------------------------------------------
// Answers → facts

interface MapContext {
  loaded: LoadedWorld;
  /** Unit/area key → the section it lives in (areas: "osaAlueet"). */
  sections: Map<string, string>;
  /** Period/demo key → the unit or area key holding it. */
  holders: Map<string, string>;
  /** Study right oid → student oid. */
  srStudent: Map<string, string>;
}

export function mapContext(world: World, loaded: LoadedWorld): MapContext {
  const sections = new Map<string, string>();
  for (const plan of world.plans) {
    for (const unit of plan.units) {
      sections.set(unit.key, unit.section);
      for (const area of unit.areas) sections.set(area.key, "osaAlueet");
    }
  }
  return { loaded, sections, holders: directHolders(world), srStudent: new Map(world.studyRights.map((s) => [s.oid, s.student])) };
}

const UNIT_SECTIONS = [
  "hankittavatAmmatTutkinnonOsat",
  "hankittavatYhteisetTutkinnonOsat",
  "hankittavatPaikallisetTutkinnonOsat",
  "aiemminHankitutAmmatTutkinnonOsat",
  "aiemminHankitutYhteisetTutkinnonOsat",
  "aiemminHankitutPaikallisetTutkinnonOsat",
];

const present = (v: unknown): boolean => v !== null && v !== undefined;
const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
const list = (v: unknown): any[] => (Array.isArray(v) ? v : []);

/** The generator's key for a module from its identifying field, else from its module id. */
function keyOf(kind: string, identifier: unknown, moduleId: unknown, ctx: MapContext, out: Set<string>): string {
  const byModule = typeof moduleId === "string" ? ctx.loaded.moduleKeys.get(moduleId) : undefined;
  if (typeof identifier === "string" && identifier) {
    if (byModule && byModule !== identifier) out.add(`${kind}:${identifier}:moduleId-of-${byModule}`);
    return identifier;
  }
  const key = byModule ?? `?${String(moduleId)}`;
  out.add(`${kind}:${key}:identifier-missing`);
  return key;
}

function periodFacts(p: any, holder: string, ctx: MapContext, out: Set<string>): void {
  const key = keyOf("period", p?.yksiloivaTunniste, p?.moduleId, ctx, out);
  out.add(`period:${key}`);
  if (ctx.holders.get(key) !== holder) out.add(`period:${key}:listed-under-${holder}`);
  if (present(p?.tyopaikallaJarjestettavaKoulutus)) out.add(`period:${key}:tyopaikka`);
  if (present(p?.jarjestajanEdustaja)) out.add(`period:${key}:edustaja`);
}

function demoFacts(d: any, holder: string, ctx: MapContext, out: Set<string>): void {
  const key = keyOf("demo", d?.nayttoymparisto?.nimi, d?.moduleId, ctx, out);
  out.add(`demo:${key}`);
  if (ctx.holders.get(key) !== holder) out.add(`demo:${key}:listed-under-${holder}`);
  const assessors = list(d?.tyoelamaOsaamisenArvioijat).length;
  if (assessors) out.add(`demo:${key}:arvioijat:${assessors}`);
  if (nonEmpty(d?.yksilollisetKriteerit)) out.add(`demo:${key}:kriteerit`);
  if (present(d?.vaatimuksistaTaiTavoitteistaPoikkeaminen)) out.add(`demo:${key}:poikkeaminen`);
}

function moduleFacts(kind: "unit" | "area", u: any, section: string, ctx: MapContext, out: Set<string>): void {
  const identifier = kind === "area" ? u?.osaAlueKoodiUri : (u?.tutkinnonOsaKoodiUri ?? u?.amosaaTunniste);
  const key = keyOf(kind, identifier, u?.moduleId, ctx, out);
  out.add(`${kind}:${key}`);
  if (ctx.sections.get(key) !== section) out.add(`${kind}:${key}:listed-in-${section}`);
  if (present(u?.vaatimuksistaTaiTavoitteistaPoikkeaminen)) out.add(`${kind}:${key}:poikkeaminen`);
  if (present(u?.opetusJaOhjausMaara)) out.add(`${kind}:${key}:opetusJaOhjausMaara`);
  if (present(u?.koulutuksenJarjestajaOid)) out.add(`${kind}:${key}:koulutuksenJarjestajaOid`);
  if (present(u?.valittuTodentamisenProsessiKoodiUri)) out.add(`${kind}:${key}:todentaminen`);
  if (present(u?.olennainenSeikka)) out.add(`${kind}:${key}:olennainenSeikka`);
  if (present(u?.tutkinnonOsanPerusteenDiaarinro)) out.add(`${kind}:${key}:diaarinro`);
  if (present(u?.laajuus)) out.add(`${kind}:${key}:laajuus`);
  for (const p of list(u?.osaamisenHankkimistavat)) periodFacts(p, key, ctx, out);
  for (const d of [...list(u?.osaamisenOsoittaminen), ...list(u?.tarkentavatTiedotNaytto)]) demoFacts(d, key, ctx, out);
  for (const area of list(u?.osaAlueet)) moduleFacts("area", area, "osaAlueet", ctx, out);
}

export function planFacts(h: any, ctx: MapContext, out: Set<string>): string {
  const key = ctx.loaded.planKeys.get(String(h?.id)) ?? `?${String(h?.id)}`;
  out.add(`plan:${key}`);
  const scalar: Record<string, unknown> = {
    opiskeluoikeusOid: h?.opiskeluoikeusOid,
    sahkoposti: h?.sahkoposti,
    puhelinnumero: h?.puhelinnumero,
    urasuunnitelma: h?.urasuunnitelmaKoodiUri,
    ensikertainenHyvaksyminen: h?.ensikertainenHyvaksyminen,
    hyvaksytty: h?.hyvaksytty,
    paivitetty: h?.paivitetty,
    osaamisenSaavuttamisenPvm: h?.osaamisenSaavuttamisenPvm,
    osaamisenHankkimisenTarve: h?.osaamisenHankkimisenTarve,
  };
  for (const [field, value] of Object.entries(scalar)) if (present(value)) out.add(`plan:${key}:${field}`);
  if (nonEmpty(h?.opiskeluvalmiuksiaTukevatOpinnot) || nonEmpty(h?.oppimisenTuki)) out.add(`support:${key}`);
  if (nonEmpty(h?.hankittavatKoulutuksenOsat)) out.add(`plan:${key}:hankittavatKoulutuksenOsat`);
  for (const section of UNIT_SECTIONS) for (const unit of list(h?.[section])) moduleFacts("unit", unit, section, ctx, out);
  return key;
}

function studyRightFacts(sr: any, ctx: MapContext, out: Set<string>, person?: string): void {
  const oid = String(sr?.oid);
  out.add(`studyright:${oid}`);
  if (person && ctx.srStudent.get(oid) !== person) out.add(`studyright:${oid}:listed-under-${person}`);
  if (present(sr?.alkamispaiva)) out.add(`studyright:${oid}:dates`);
  if (present(sr?.oppilaitos)) out.add(`studyright:${oid}:oppilaitos`);
  if (present(sr?.koulutustoimija)) out.add(`studyright:${oid}:koulutustoimija`);
  if (list(sr?.suoritukset).some((s) => nonEmpty(s?.osaamisala))) out.add(`studyright:${oid}:osaamisala`);
}

function personFacts(p: any, ctx: MapContext, out: Set<string>): void {
  const oid = String(p?.oid);
  out.add(`person:${oid}`);
  const names = [p?.etunimet, p?.sukunimi].filter(present).length;
  if (names === 2) out.add(`person:${oid}:names`);
  if (names === 1) out.add(`person:${oid}:names-partly`);
  for (const sr of list(p?.opiskeluoikeudet)) studyRightFacts(sr, ctx, out, oid);
}

// ---------------------------------------------------------------------------------------------
// Expected facts per object

function factKey(fact: string): { kind: string; key: string } {
  const [kind, key] = fact.split(":") as [string, string];
  return { kind, key };
}

class Expectations {
  private readonly owner: Map<string, string>;
  private readonly srStudent: Map<string, string>;

  constructor(
    private readonly world: World,
    readonly all: Set<string>,
  ) {
    this.owner = ownerPlans(world);
    this.srStudent = new Map(world.studyRights.map((s) => [s.oid, s.student]));
  }

  plan(planKey: string): Set<string> {
    const out = new Set<string>();
    for (const fact of this.all) {
      const { kind, key } = factKey(fact);
      if (((kind === "plan" || kind === "support") && key === planKey) || (["unit", "area", "period", "demo"].includes(kind) && this.owner.get(key) === planKey)) out.add(fact);
    }
    return out;
  }

  plans(planKeys: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const k of planKeys) for (const f of this.plan(k)) out.add(f);
    return out;
  }

  studyRight(oid: string): Set<string> {
    return new Set([...this.all].filter((f) => f === `studyright:${oid}` || f.startsWith(`studyright:${oid}:`)));
  }

  /** The person with their visible study rights (the persons subgraph's view). */
  person(oid: string): Set<string> {
    const out = new Set([...this.all].filter((f) => f === `person:${oid}` || f.startsWith(`person:${oid}:`)));
    for (const sr of this.world.studyRights.filter((s) => s.student === oid)) for (const f of this.studyRight(sr.oid)) out.add(f);
    return out;
  }

  plansOfStudent(oid: string): string[] {
    return this.world.plans.filter((p) => p.student === oid).map((p) => p.key);
  }

  visible(fact: string): boolean {
    return this.all.has(fact);
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison

export interface Problems {
  list: string[];
}

/** Reports facts shown but not expected, and (unless `showsOnly`) facts expected but hidden. */
function compare(problems: string[], path: string, expected: Set<string>, actual: Set<string>, showsOnly = false): void {
  const missing = showsOnly ? [] : [...expected].filter((f) => !actual.has(f)).sort();
  const unexpected = [...actual].filter((f) => !expected.has(f)).sort();
  if (missing.length || unexpected.length) {
    const parts = [];
    if (unexpected.length) parts.push(`shows [${unexpected.join(", ")}]`);
    if (missing.length) parts.push(`hides [${missing.join(", ")}]`);
    problems.push(`${path}: ${parts.join("; ")}`);
  }
}

function errorsAt(answer: Answer, prefix: (string | number)[]): GraphQLError[] {
  return answer.errors.filter((e) => Array.isArray(e.path) && prefix.every((p, i) => e.path![i] === p));
}

const describeErrors = (errors: GraphQLError[]) => errors.map((e) => `${e.extensions?.code ?? "?"} "${e.message}"${e.path ? ` at ${e.path.join(".")}` : ""}`).join(", ");

/** An error as a caller sees it, without its path: hidden and missing must give the same. */
const errorShape = (e: GraphQLError | undefined): string | undefined => (e ? JSON.stringify({ message: e.message, extensions: e.extensions ?? null }) : undefined);

/** A hidden object must look exactly like a missing one: null and one NOT_FOUND, the same error in every respect but its path. */
function expectNotFound(problems: string[], path: string, value: unknown, errors: GraphQLError[], missing: GraphQLError | undefined): void {
  if (value !== null && value !== undefined) {
    problems.push(`${path}: expected null + NOT_FOUND (hidden), got an object`);
    return;
  }
  if (errors.length !== 1 || errors[0]!.extensions?.code !== "NOT_FOUND") {
    problems.push(`${path}: hidden object should give exactly one NOT_FOUND, got [${describeErrors(errors)}]`);
    return;
  }
  if (missing !== undefined && errorShape(errors[0]) !== errorShape(missing)) {
    problems.push(`${path}: hidden answers ${errorShape(errors[0])} but missing answers ${errorShape(missing)}`);
  }
}

/** A missing object: null and a NOT_FOUND at `field`. */
function expectMissing(problems: string[], path: string, answer: Answer, field: string): void {
  const errors = errorsAt(answer, [field]);
  if (answer.data?.[field] !== null || errors.length !== 1 || errors[0]!.extensions?.code !== "NOT_FOUND") {
    problems.push(`${path}: expected null + one NOT_FOUND, got [${describeErrors(errors)}]`);
  }
}

function expectNoErrors(problems: string[], path: string, errors: GraphQLError[]): void {
  if (errors.length) problems.push(`${path}: unexpected errors [${describeErrors(errors)}]`);
}

function checkMessages(problems: string[], where: string, answer: Answer): void {
  for (const e of answer.errors) {
    const match = FIELD_NAME_IN_MESSAGE.exec(e.message);
    if (match) problems.push(`${where}: an error message names the field "${match[1]}": "${e.message}"`);
  }
  const unattributed = answer.errors.filter((e) => !Array.isArray(e.path) || e.path.length === 0);
  if (unattributed.length) problems.push(`${where}: errors without a path [${describeErrors(unattributed)}]`);
}

export interface PathOptions {
  gatewayUrl: string;
  hoksUrl: string;
  personsUrl: string;
  token: string;
  shareLinkToken?: string;
  /** Whether the schema has these yet. */
  hasWorkplaceAssignments: boolean;
  hasJaettuModuuli: boolean;
}

/** Asks every path and returns the problems found. */
export async function checkAllPaths(c: DisclosureCase, loaded: LoadedWorld, expectedFacts: Set<string>, o: PathOptions): Promise<string[]> {
  const { world } = c;
  const problems: string[] = [];
  const ctx = mapContext(world, loaded);
  const expect = new Expectations(world, expectedFacts);
  const label = (planKey: string) => `${planKey} (id ${loaded.planIds.get(planKey)})`;
  const ask = (url: string, query: string, variables: Record<string, unknown> = {}) => post(url, query, variables, o.token, o.shareLinkToken);

  // hoks subgraph: _entities for every plan (and a missing one), every student's plan list, every study right's plan.
  const hoksReps = [
    ...world.plans.map((p) => ({ __typename: "Hoks", id: String(loaded.planIds.get(p.key)) })),
    { __typename: "Hoks", id: MISSING.hoksId },
    ...world.students.map((s) => ({ __typename: "Henkilo", oid: s.oid })),
    ...world.studyRights.map((sr) => ({ __typename: "Opiskeluoikeus", oid: sr.oid })),
  ];
  const hoksEntities = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
    ... on Hoks { ${FULL_HOKS_FIELDS} }
    ... on Henkilo { hoksit { ${FULL_HOKS_FIELDS} } }
    ... on Opiskeluoikeus { hoks { ${FULL_HOKS_FIELDS} } }
  } }`;

  // persons subgraph: _entities for every person (students and not) and study right (and missing ones).
  const people = [...world.students, ...world.nonStudents];
  const personsReps = [
    ...people.map((s) => ({ __typename: "Henkilo", oid: s.oid })),
    { __typename: "Henkilo", oid: MISSING.personOid },
    ...world.studyRights.map((sr) => ({ __typename: "Opiskeluoikeus", oid: sr.oid })),
    { __typename: "Opiskeluoikeus", oid: MISSING.studyRightOid },
  ];
  const personsEntities = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
    ... on Henkilo { ${PERSON_FIELDS} }
    ... on Opiskeluoikeus { ${STUDY_RIGHT_FIELDS} }
  } }`;

  // Gateway: one object per request (the edge limits tokens and aliases per request), each kind
  // with one fixed query text, and the same text for a missing object to compare denials with.
  const personOids = [...people.map((s) => s.oid), MISSING.personOid];
  const studyRightOids = [...world.studyRights.map((sr) => sr.oid), MISSING.studyRightOid];
  const planIds = [...world.plans.map((p) => String(loaded.planIds.get(p.key))), MISSING.hoksId];

  const [gwPersons, gwStudyRights, gwPlans, gwAssignments, gwShared, hoksAnswer, personsAnswer] = await Promise.all([
    Promise.all(personOids.map((oid) => ask(o.gatewayUrl, GATEWAY_PERSON, { oid }))),
    Promise.all(studyRightOids.map((oid) => ask(o.gatewayUrl, GATEWAY_STUDY_RIGHT, { oid, key: oid }))),
    Promise.all(planIds.map((id) => ask(o.gatewayUrl, GATEWAY_PLAN, { id }))),
    o.hasWorkplaceAssignments ? ask(o.gatewayUrl, `{ workplaceAssignments { ${FULL_HOKS_FIELDS} } }`) : Promise.resolve(undefined),
    o.hasJaettuModuuli && c.shareLink ? ask(o.gatewayUrl, `{ jaettuModuuli { hoks { ${FULL_HOKS_FIELDS} } } }`) : Promise.resolve(undefined),
    ask(o.hoksUrl, hoksEntities, { reps: hoksReps }),
    ask(o.personsUrl, personsEntities, { reps: personsReps }),
  ]);

  for (const [where, answer] of [
    ...gwPersons.map((a, i) => [`gateway henkilo(${personOids[i]})`, a] as const),
    ...gwStudyRights.map((a, i) => [`gateway opiskeluoikeus/hoksByOpiskeluoikeus(${studyRightOids[i]})`, a] as const),
    ...gwPlans.map((a, i) => [`gateway hoks(${planIds[i]})`, a] as const),
    ["gateway workplaceAssignments", gwAssignments],
    ["gateway jaettuModuuli", gwShared],
    ["hoks _entities", hoksAnswer],
    ["persons _entities", personsAnswer],
  ] as const) {
    if (!answer) continue;
    if (answer.status !== 200) problems.push(`${where}: HTTP ${answer.status} [${describeErrors(answer.errors)}]`);
    checkMessages(problems, where, answer);
  }

  // --- gateway henkilo(oid)
  const missingPerson = gwPersons[people.length]!;
  const missingPersonError = errorsAt(missingPerson, ["henkilo"])[0];
  expectMissing(problems, "gateway henkilo(missing)", missingPerson, "henkilo");
  people.forEach((s, i) => {
    const path = `gateway henkilo(${s.name})`;
    const answer = gwPersons[i]!;
    const value = answer.data?.henkilo;
    const errors = errorsAt(answer, ["henkilo"]);
    if (!expect.visible(`person:${s.oid}`)) return expectNotFound(problems, path, value, errors, missingPersonError);
    expectNoErrors(problems, path, answer.errors);
    const actual = new Set<string>();
    if (value) {
      personFacts(value, ctx, actual);
      for (const h of list(value.hoksit)) planFacts(h, ctx, actual);
    }
    const expected = expect.person(s.oid);
    for (const f of expect.plans(expect.plansOfStudent(s.oid))) expected.add(f);
    compare(problems, path, expected, actual);
  });

  // --- gateway opiskeluoikeus(oid) and hoksByOpiskeluoikeus(opiskeluoikeusOid)
  {
    const missing = gwStudyRights[world.studyRights.length]!;
    const missingSrError = errorsAt(missing, ["opiskeluoikeus"])[0];
    const missingByError = errorsAt(missing, ["hoksByOpiskeluoikeus"])[0];
    expectMissing(problems, "gateway opiskeluoikeus(missing)", missing, "opiskeluoikeus");
    expectMissing(problems, "gateway hoksByOpiskeluoikeus(missing)", missing, "hoksByOpiskeluoikeus");
    world.studyRights.forEach((sr, i) => {
      const answer = gwStudyRights[i]!;
      const path = `gateway opiskeluoikeus(${sr.oid})`;
      const value = answer.data?.opiskeluoikeus;
      const errors = errorsAt(answer, ["opiskeluoikeus"]);
      if (!expect.visible(`studyright:${sr.oid}`)) expectNotFound(problems, path, value, errors, missingSrError);
      else {
        expectNoErrors(problems, path, errors);
        const actual = new Set<string>();
        if (value) studyRightFacts(value, ctx, actual);
        compare(problems, path, expect.studyRight(sr.oid), actual);
      }
      // The plan by its study right's OID: found only when the caller may see the plan and its
      // opiskeluoikeusOid (otherwise the answer would tie the plan to a study right the caller may
      // not link it to); else exactly like a study right without a plan.
      const byPath = `gateway hoksByOpiskeluoikeus(${sr.oid})`;
      const plan = world.plans.find((p) => p.studyRight === sr.oid);
      const byValue = answer.data?.hoksByOpiskeluoikeus;
      const byErrors = errorsAt(answer, ["hoksByOpiskeluoikeus"]);
      if (!plan || !expect.visible(`plan:${plan.key}:opiskeluoikeusOid`)) return expectNotFound(problems, byPath, byValue, byErrors, missingByError);
      expectNoErrors(problems, byPath, byErrors);
      const actual = new Set<string>();
      if (byValue) planFacts(byValue, ctx, actual);
      compare(problems, byPath, expect.plan(plan.key), actual);
    });
  }

  // --- gateway hoks(id)
  const missingPlan = gwPlans[world.plans.length]!;
  const missingPlanError = errorsAt(missingPlan, ["hoks"])[0];
  expectMissing(problems, "gateway hoks(missing)", missingPlan, "hoks");
  world.plans.forEach((p, i) => {
    const path = `gateway hoks(${label(p.key)})`;
    const answer = gwPlans[i]!;
    const value = answer.data?.hoks;
    const errors = errorsAt(answer, ["hoks"]);
    if (!expect.visible(`plan:${p.key}`)) return expectNotFound(problems, path, value, errors, missingPlanError);
    expectNoErrors(problems, path, answer.errors);
    const actual = new Set<string>();
    if (value) planFacts(value, ctx, actual);
    compare(problems, path, expect.plan(p.key), actual);
  });

  // --- gateway workplaceAssignments
  if (gwAssignments) {
    expectNoErrors(problems, "gateway workplaceAssignments", gwAssignments.errors);
    const actual = new Set<string>();
    const keys = list(gwAssignments.data?.workplaceAssignments).map((h) => planFacts(h, ctx, actual));
    if (new Set(keys).size !== keys.length) problems.push(`gateway workplaceAssignments: a plan is listed twice [${keys.join(", ")}]`);
    compare(problems, "gateway workplaceAssignments", expect.plans(workplaceAssignmentPlans(world, c.actor.claims, world.today)), actual);
  }

  // --- gateway jaettuModuuli
  if (gwShared && c.shareLink) {
    const link = world.shareLinks.find((l) => l.key === c.shareLink);
    const path = `gateway jaettuModuuli(${c.shareLink})`;
    const value = gwShared.data?.jaettuModuuli;
    const codes = gwShared.errors.map((e) => e.extensions?.code);
    const expectedCode = !link ? "NOT_FOUND" : world.today < link.voimassaAlku ? "SHARE_LINK_NOT_YET_VALID" : world.today > link.voimassaLoppu ? "SHARE_LINK_EXPIRED" : null;
    if (expectedCode || !link) {
      if (value !== null && value !== undefined) problems.push(`${path}: expected null + ${expectedCode}, got an object`);
      if (codes.length !== 1 || codes[0] !== expectedCode) problems.push(`${path}: expected exactly [${expectedCode}], got [${describeErrors(gwShared.errors)}]`);
    } else {
      expectNoErrors(problems, path, gwShared.errors);
      const actual = new Set<string>();
      if (value?.hoks) planFacts(value.hoks, ctx, actual);
      else problems.push(`${path}: valid link gave no plan`);
      compare(problems, path, expect.plan(link.plan), actual);
    }
  }

  // --- hoks subgraph _entities
  {
    const entities: any[] = list(hoksAnswer.data?._entities);
    if (entities.length !== hoksReps.length) problems.push(`hoks _entities: ${entities.length} answers for ${hoksReps.length} representations [${describeErrors(hoksAnswer.errors)}]`);
    const missingIndex = world.plans.length;
    const missingError = errorsAt(hoksAnswer, ["_entities", missingIndex])[0];
    if (entities[missingIndex] !== null || errorsAt(hoksAnswer, ["_entities", missingIndex])[0]?.extensions?.code !== "NOT_FOUND") {
      problems.push(`hoks _entities(missing Hoks): expected null + NOT_FOUND, got [${describeErrors(errorsAt(hoksAnswer, ["_entities", missingIndex]))}]`);
    }
    world.plans.forEach((p, i) => {
      const path = `hoks _entities(Hoks ${label(p.key)})`;
      const errors = errorsAt(hoksAnswer, ["_entities", i]);
      if (!expect.visible(`plan:${p.key}`)) return expectNotFound(problems, path, entities[i], errors, missingError);
      expectNoErrors(problems, path, errors);
      const actual = new Set<string>();
      if (entities[i]) planFacts(entities[i], ctx, actual);
      compare(problems, path, expect.plan(p.key), actual);
    });
    // Henkilo and Opiskeluoikeus stubs: their plan lists. When the caller may see the person or
    // study right, the plans under it must be exactly what the oracle shows. When the caller may
    // not see it (the gateway never goes there), the stub may show less, but never more.
    const stubs = [
      ...world.students.map((s) => ({
        path: `hoks _entities(Henkilo ${s.name}).hoksit`,
        field: "hoksit",
        parentVisible: expect.visible(`person:${s.oid}`),
        expected: expect.plans(expect.plansOfStudent(s.oid)),
      })),
      ...world.studyRights.map((sr) => ({
        path: `hoks _entities(Opiskeluoikeus ${sr.oid}).hoks`,
        field: "hoks",
        parentVisible: expect.visible(`studyright:${sr.oid}`),
        expected: expect.plans(world.plans.filter((p) => p.studyRight === sr.oid).map((p) => p.key)),
      })),
    ];
    stubs.forEach((stub, j) => {
      const index = missingIndex + 1 + j;
      const value = entities[index];
      const errors = errorsAt(hoksAnswer, ["_entities", index]);
      if (value === null || value === undefined) {
        if (stub.expected.size && stub.parentVisible) problems.push(`${stub.path}: the entity is null but should show [${[...stub.expected].sort().join(", ")}]`);
        else if (errors.length !== 1 || errors[0]!.extensions?.code !== "NOT_FOUND") problems.push(`${stub.path}: null entity without exactly one NOT_FOUND [${describeErrors(errors)}]`);
        return;
      }
      expectNoErrors(problems, stub.path, errors);
      const actual = new Set<string>();
      const plans = stub.field === "hoksit" ? list(value.hoksit) : value.hoks ? [value.hoks] : [];
      for (const h of plans) planFacts(h, ctx, actual);
      if (stub.parentVisible) compare(problems, stub.path, stub.expected, actual);
      else compare(problems, `${stub.path} (parent hidden from the caller)`, stub.expected, actual, true);
    });
  }

  // --- persons subgraph _entities
  {
    const entities: any[] = list(personsAnswer.data?._entities);
    if (entities.length !== personsReps.length) problems.push(`persons _entities: ${entities.length} answers for ${personsReps.length} representations [${describeErrors(personsAnswer.errors)}]`);
    const missingPersonIndex = people.length;
    const missingSrIndex = personsReps.length - 1;
    const missingPerson = errorsAt(personsAnswer, ["_entities", missingPersonIndex])[0];
    const missingSr = errorsAt(personsAnswer, ["_entities", missingSrIndex])[0];
    for (const [index, what] of [
      [missingPersonIndex, "Henkilo"],
      [missingSrIndex, "Opiskeluoikeus"],
    ] as const) {
      if (entities[index] !== null || errorsAt(personsAnswer, ["_entities", index])[0]?.extensions?.code !== "NOT_FOUND") {
        problems.push(`persons _entities(missing ${what}): expected null + NOT_FOUND, got [${describeErrors(errorsAt(personsAnswer, ["_entities", index]))}]`);
      }
    }
    people.forEach((s, i) => {
      const path = `persons _entities(Henkilo ${s.name})`;
      const errors = errorsAt(personsAnswer, ["_entities", i]);
      if (!expect.visible(`person:${s.oid}`)) return expectNotFound(problems, path, entities[i], errors, missingPerson);
      expectNoErrors(problems, path, errors);
      const actual = new Set<string>();
      if (entities[i]) personFacts(entities[i], ctx, actual);
      compare(problems, path, expect.person(s.oid), actual);
    });
    world.studyRights.forEach((sr, j) => {
      const index = missingPersonIndex + 1 + j;
      const path = `persons _entities(Opiskeluoikeus ${sr.oid})`;
      const errors = errorsAt(personsAnswer, ["_entities", index]);
      if (!expect.visible(`studyright:${sr.oid}`)) return expectNotFound(problems, path, entities[index], errors, missingSr);
      expectNoErrors(problems, path, errors);
      const actual = new Set<string>();
      if (entities[index]) studyRightFacts(entities[index], ctx, actual);
      compare(problems, path, expect.studyRight(sr.oid), actual);
    });
  }

  return problems;
}
