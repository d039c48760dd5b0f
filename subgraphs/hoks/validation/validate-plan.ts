/**
 * Validation of eHOKS v1 plan documents: the kebab-case JSON that study administration systems
 * send. Pure: the caller looks up the study right and whether it already has a plan, and passes
 * them in. Every problem is returned, each with the path of the field it is about, so a sender
 * can fix a whole document at once; an empty list means the document may be stored.
 *
 * The rules are those of hoks-model.md (Entities, Validation); where the model leaves a detail
 * open, the existing national eHOKS service's behaviour is followed, since senders already meet it.
 */
import type { FieldProblem } from "../../shared/errors.js";
import { CODE_URI, codePair } from "./codes.js";
import type { ValidationContext, WriteKind } from "./context.js";
import { addDays } from "../../shared/clock.js";
import { isCalendarDate } from "./dates.js";
import { personOid, studyRightOid } from "./identifier-fields.js";
import { OTHER_LIST_CHECKS } from "./plan-lists.js";
import { bool, date, instant, integer, text } from "./primitives.js";
import { ProblemCollector } from "./problems.js";
import { checkObject, fieldCheck, isJsonObject, isPresent, never, objectRule, presentSchema, shape, SERVER_FIELD, type FieldCheck, type JsonSchema, type Shape } from "./shape.js";
import { checkStudyRight } from "./study-right.js";
import { UNIT_LIST_CHECKS } from "./units.js";

export type { StudyRightFacts, ValidationContext, WriteKind } from "./context.js";

/** Required on create and replace: only an approved plan is stored. */
export const REQUIRED_ON_WRITE = ["ensikertainen-hyvaksyminen", "osaamisen-hankkimisen-tarve"] as const;
/**
 * Required on create only: the plan's student and study right. A replace may leave them out, as
 * in the existing service: they never change, and the stored ones stay.
 */
export const REQUIRED_ON_CREATE = ["oppija-oid", "opiskeluoikeus-oid"] as const;

const requiredOnCreate = objectRule(
  `on create, ${REQUIRED_ON_CREATE.join(" and ")} are required`,
  (c, plan, env) => {
    if (env.kind !== "create") return;
    for (const key of REQUIRED_ON_CREATE) if (!isPresent(plan[key])) c.at(key).report("is required");
  },
  (kind) => (kind === "create" ? presentSchema(REQUIRED_ON_CREATE) : undefined),
);

/**
 * The top-level `id`: made by the store on create; on replace and patch the existing service's
 * clients send it back, and it must then be the plan's own (the path's).
 */
const planIdField: FieldCheck = fieldCheck(
  { byKind: (kind) => (kind === "create" ? { schema: never(SERVER_FIELD) } : { schema: { type: "integer" }, beyond: "when sent, it is the plan's id (the path's)" }) },
  (c, value, env) => {
    if (env.kind === "create") return c.report(SERVER_FIELD);
    if (typeof value !== "number" || !Number.isInteger(value)) return c.report("must be an integer: the plan's id");
    if (env.planId !== undefined && value !== env.planId) c.report(`must be the id of the plan written (${env.planId}), was ${value}`);
  },
);

/** Competence can be marked achieved no earlier than 2018 and at most two weeks ahead. */
export const ACHIEVEMENT_NOT_BEFORE = "2018-01-01";
export const ACHIEVEMENT_DAYS_AHEAD = 15;

const achievementDate: FieldCheck = fieldCheck(
  { schema: (date.accepts as { schema: JsonSchema }).schema, beyond: `after ${ACHIEVEMENT_NOT_BEFORE} and before today + ${ACHIEVEMENT_DAYS_AHEAD} days (the service's date)` },
  (c, value, env) => {
    if (!isCalendarDate(value)) return date(c, value, env);
    const before = addDays(env.today, ACHIEVEMENT_DAYS_AHEAD);
    if (value <= ACHIEVEMENT_NOT_BEFORE || value >= before) {
      c.report(`must be after ${ACHIEVEMENT_NOT_BEFORE} and before ${before} (today + ${ACHIEVEMENT_DAYS_AHEAD} days)`);
    }
  },
);

const TOP_LEVEL_FIELDS: Record<string, FieldCheck> = {
  id: planIdField,
  "oppija-oid": personOid,
  "opiskeluoikeus-oid": studyRightOid,
  // The TUVA study right a vocational plan's student came from.
  "tuva-opiskeluoikeus-oid": studyRightOid,
  sahkoposti: text,
  puhelinnumero: text,
  versio: integer,
  "ensikertainen-hyvaksyminen": date,
  hyvaksytty: instant,
  paivitetty: instant,
  "osaamisen-saavuttamisen-pvm": achievementDate,
  "osaamisen-hankkimisen-tarve": bool,
};

const LIST_CHECKS: Record<string, FieldCheck> = { ...UNIT_LIST_CHECKS, ...OTHER_LIST_CHECKS };

/** The service's own top-level fields, which it returns on read but never takes on write. */
const TOP_LEVEL_SERVER_FIELDS = { eid: SERVER_FIELD, manuaalisyotto: SERVER_FIELD };
const TOP_LEVEL_ANSWERED: Record<string, JsonSchema> = {
  eid: { type: "string", format: "uuid", description: "made when the plan is created and never changed" },
  manuaalisyotto: { type: "boolean", description: "false: no plan is typed in by hand here" },
};

// The existing service does not ask for the career plan code's version.
const careerPlan = codePair("urasuunnitelma", CODE_URI.urasuunnitelma, { required: false, version: "optional" });

/** Create and replace: the whole plan. */
const WHOLE_PLAN = shape(careerPlan, {
  title: "Hoks",
  fields: { ...TOP_LEVEL_FIELDS, ...LIST_CHECKS },
  required: REQUIRED_ON_WRITE,
  forbidden: TOP_LEVEL_SERVER_FIELDS,
  answered: TOP_LEVEL_ANSWERED,
  rules: [requiredOnCreate],
});

const PATCH_LIST = "a patch changes the top level only: send lists with a replace of the whole plan";

/** Patch: top-level fields only, none required; a required field may not be cleared with null. */
const PATCH = shape(careerPlan, {
  title: "HoksPatch",
  fields: TOP_LEVEL_FIELDS,
  forbidden: { ...TOP_LEVEL_SERVER_FIELDS, ...Object.fromEntries(Object.keys(LIST_CHECKS).map((key) => [key, PATCH_LIST])) },
  rules: [
    objectRule(
      `${[...REQUIRED_ON_CREATE, ...REQUIRED_ON_WRITE].join(", ")} cannot be cleared with null`,
      (c, patch) => {
        for (const key of [...REQUIRED_ON_CREATE, ...REQUIRED_ON_WRITE]) {
          if (patch[key] === null) c.at(key).report("is required and cannot be cleared");
        }
      },
      () => ({ properties: Object.fromEntries([...REQUIRED_ON_CREATE, ...REQUIRED_ON_WRITE].map((key) => [key, { not: { type: "null" } }])) }),
    ),
  ],
});

/**
 * The shape a document of each write kind is judged by: the whole plan on create and replace, the
 * top level on patch. The REST contract's request bodies are generated from these.
 */
export const PLAN_SHAPES: Readonly<Record<WriteKind, Shape>> = { create: WHOLE_PLAN, replace: WHOLE_PLAN, patch: PATCH };

/** Every problem of the document, judged with the study right's facts (and the stored plan's) in `context`. */
export function validatePlanDocument(document: unknown, context: ValidationContext): FieldProblem[] {
  return problemsOf(document, context, true);
}

/**
 * The problems of the document on its own: everything but what needs a fact about its study
 * right. A create is judged so for a caller who may not be told those facts (plan-service.ts).
 */
export function documentProblems(document: unknown, context: Pick<ValidationContext, "kind" | "today" | "planId">): FieldProblem[] {
  return problemsOf(document, context, false);
}

function problemsOf(document: unknown, context: ValidationContext, withStudyRight: boolean): FieldProblem[] {
  if (!isJsonObject(document)) return [{ path: "", message: "the document must be a JSON object" }];
  const c = ProblemCollector.root();
  // A patch carries no periods, so the study right's dates matter only for create and replace.
  const studyRight = withStudyRight && context.kind !== "patch" ? context.studyRight : undefined;
  const env = { kind: context.kind, today: context.today, studyRight, planId: context.planId };
  const plan = checkObject(c, document, PLAN_SHAPES[context.kind], env);
  if (plan && withStudyRight) checkStudyRight(c, plan, context);
  return c.problems;
}
