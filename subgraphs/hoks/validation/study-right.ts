/**
 * The study right a plan belongs to: one plan per study right; the study right must exist, belong
 * to the plan's student, be vocational (ammatillinenkoulutus) or preparatory (tuva) education and
 * not be contained in another one (procured training is planned on the master study right). What
 * a plan may hold depends on the study right's type. A plan's student and study right never
 * change once stored.
 */
import { isPersonOid, isStudyRightOid } from "../../shared/validation/identifiers.js";
import type { StudyRightFacts, ValidationContext, WriteKind } from "./context.js";
import type { ProblemCollector } from "./problems.js";
import { isPresent, type JsonObject } from "./shape.js";

export const STUDY_RIGHT_TYPES = ["ammatillinenkoulutus", "tuva"] as const;

/** Statuses that end a study right before its time: its expected end no longer bounds the plan's periods. */
export const ENDED_EARLY_STATUSES = new Set(["eronnut", "katsotaaneronneeksi", "peruutettu", "mitatoity"]);

/** The six lists of units: a TUVA plan has none of them. */
export const DEGREE_UNIT_LISTS = [
  "hankittavat-ammat-tutkinnon-osat",
  "hankittavat-yhteiset-tutkinnon-osat",
  "hankittavat-paikalliset-tutkinnon-osat",
  "aiemmin-hankitut-ammat-tutkinnon-osat",
  "aiemmin-hankitut-yhteiset-tutkinnon-osat",
  "aiemmin-hankitut-paikalliset-tutkinnon-osat",
] as const;

/** The study right's current status: that of its latest period (opiskeluoikeusjakso). */
export function currentStatus(studyRight: StudyRightFacts): string | undefined {
  let latest: { alku: string; tila: string } | undefined;
  for (const jakso of studyRight.opiskeluoikeusjaksot) {
    if (!latest || jakso.alku >= latest.alku) latest = jakso;
  }
  return latest?.tila;
}

/**
 * The dates an acquisition period must stay within: from the study right's start to its expected
 * end. No expected end bounds the period when there is none, or when the study right ended early
 * (the student resigned, or the right was cancelled): the plan then records what was planned.
 */
export function acquisitionWindow(studyRight: StudyRightFacts): { start: string; expectedEnd?: string } {
  const status = currentStatus(studyRight);
  const endedEarly = status !== undefined && ENDED_EARLY_STATUSES.has(status);
  const expectedEnd = !endedEarly && studyRight.arvioituPaattymispaiva ? studyRight.arvioituPaattymispaiva : undefined;
  return { start: studyRight.alkamispaiva, expectedEnd };
}

/**
 * Whether workplace feedback (työelämäpalaute) is collected for the study right's periods: not for
 * TELMA (training for work and independent living), whose `suoritukset[].tyyppi` is `telma`.
 */
export function inFeedbackTargetGroup(studyRight: StudyRightFacts): boolean {
  return !studyRight.suoritusTyypit.includes("telma");
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** What a plan of this study right's type may not hold, each reported at its list's key. */
function checkContentForType(c: ProblemCollector, plan: JsonObject, studyRight: StudyRightFacts): void {
  if (studyRight.tyyppi === "tuva") {
    for (const key of DEGREE_UNIT_LISTS) {
      if (hasItems(plan[key])) c.at(key).report("a plan for a TUVA study right has no degree units");
    }
    if (hasItems(plan["opiskeluvalmiuksia-tukevat-opinnot"])) {
      c.at("opiskeluvalmiuksia-tukevat-opinnot").report("a plan for a TUVA study right has no studies supporting readiness");
    }
    // The existing service refuses this too: it links a vocational plan to its earlier TUVA study right.
    if (isPresent(plan["tuva-opiskeluoikeus-oid"])) {
      c.at("tuva-opiskeluoikeus-oid").report("a plan for a TUVA study right does not name another TUVA study right");
    }
  } else if (studyRight.tyyppi === "ammatillinenkoulutus" && hasItems(plan["hankittavat-koulutuksen-osat"])) {
    c.at("hankittavat-koulutuksen-osat").report("only a plan for a TUVA study right has TUVA training parts");
  }
}

/** The study right's own facts, for a create or a replace. */
function checkStudyRightFacts(c: ProblemCollector, plan: JsonObject, context: ValidationContext, checkOwner: boolean): void {
  const oidField = c.at("opiskeluoikeus-oid");
  // A replace may leave the OID out (it never changes): the stored plan's is judged then.
  const oid = plan["opiskeluoikeus-oid"] ?? context.stored?.opiskeluoikeusOid;
  // A missing or malformed OID is already reported where it stands; a lookup of it means nothing.
  if (typeof oid !== "string" || !isStudyRightOid(oid)) return;
  const studyRight = context.studyRight;
  if (!studyRight) {
    oidField.report(`study right ${oid} does not exist`);
    return;
  }
  const oppijaOid = plan["oppija-oid"];
  // Only a well-formed oppija-oid is compared: a typo there is reported at oppija-oid, not twice.
  if (checkOwner && typeof oppijaOid === "string" && isPersonOid(oppijaOid) && studyRight.oppijaOid !== oppijaOid) {
    oidField.report(`the study right does not belong to oppija-oid ${oppijaOid}`);
  }
  if (!(STUDY_RIGHT_TYPES as readonly string[]).includes(studyRight.tyyppi)) {
    oidField.report(`the study right is of type ${studyRight.tyyppi}; a plan needs ammatillinenkoulutus or tuva`);
  }
  if (studyRight.sisaltyyOpiskeluoikeuteenOid) {
    oidField.report(
      `the study right is contained in study right ${studyRight.sisaltyyOpiskeluoikeuteenOid} (procured training); the plan belongs on that one`,
    );
  }
  if (context.kind === "create" && context.studyRightTaken) oidField.report("the study right already has a plan");
  checkContentForType(c, plan, studyRight);
}

/** For replace and patch: the student and the study right of a stored plan never change. Returns whether they match. */
function checkUnchangedIdentity(c: ProblemCollector, plan: JsonObject, context: ValidationContext): boolean {
  const stored = context.stored;
  if (!stored) return true;
  let same = true;
  const pairs = [
    ["oppija-oid", stored.oppijaOid],
    ["opiskeluoikeus-oid", stored.opiskeluoikeusOid],
  ] as const;
  for (const [key, storedValue] of pairs) {
    const sent = plan[key];
    if (isPresent(sent) && sent !== storedValue) {
      c.at(key).report(`cannot be changed: the plan's ${key} is ${storedValue}`);
      same = false;
    }
  }
  return same;
}

const FACTS = `the study right (opiskeluoikeus-oid) exists, belongs to oppija-oid, is of type ${STUDY_RIGHT_TYPES.join(" or ")} and is not contained in another study right (procured training is planned on the master study right)`;
const CONTENT = `a plan for a TUVA study right has none of ${DEGREE_UNIT_LISTS.join(", ")}, no opiskeluvalmiuksia-tukevat-opinnot and no tuva-opiskeluoikeus-oid; only it has hankittavat-koulutuksen-osat`;
const UNCHANGED = "oppija-oid and opiskeluoikeus-oid, when sent, are the stored plan's: they never change";

/** checkStudyRight's rules in words, per write kind: the REST contract gives them, as no schema can. */
export const STUDY_RIGHT_RULES: Readonly<Record<WriteKind, readonly string[]>> = {
  create: [FACTS, "the study right has no plan yet", CONTENT],
  replace: [UNCHANGED, FACTS, CONTENT],
  patch: [UNCHANGED],
};

export function checkStudyRight(c: ProblemCollector, plan: JsonObject, context: ValidationContext): void {
  switch (context.kind) {
    case "create":
      checkStudyRightFacts(c, plan, context, true);
      return;
    case "replace": {
      // When the sent OIDs differ from the stored ones, that is the problem to report; the
      // ownership check against the stored study right would only repeat it.
      const same = checkUnchangedIdentity(c, plan, context);
      checkStudyRightFacts(c, plan, context, same);
      return;
    }
    case "patch":
      // A patch changes the top level only: its study right was judged when the plan was stored.
      checkUnchangedIdentity(c, plan, context);
      return;
  }
}
