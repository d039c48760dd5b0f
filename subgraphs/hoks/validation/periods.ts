/**
 * Acquisition periods (osaamisen hankkimistavat): when and how a unit is learned, and for
 * workplace periods who instructs and where. The workplace rules feed workplace feedback
 * (työelämäpalaute), which counts a period's working days: hence the identifying key, the
 * employer's Y-tunnus, the part-time percentage and the interruptions. Each date rule starts on
 * the day the existing service started to require it, so older periods stay valid.
 */
import { addYears } from "./dates.js";
import { CODE_URI, codePair } from "./codes.js";
import { organisationOid, personOid, yTunnus } from "./identifier-fields.js";
import { date, dateOf, integerBetween, nonEmptyText, text, textList, textOf } from "./primitives.js";
import type { ProblemCollector } from "./problems.js";
import { fieldCheck, isJsonObject, isPresent, listOf, listRule, listWithRule, objectOf, objectRule, SENDER_ID, shape, type FieldCheck } from "./shape.js";
import { acquisitionWindow, inFeedbackTargetGroup } from "./study-right.js";

export const KOULUTUSSOPIMUS = "osaamisenhankkimistapa_koulutussopimus";
export const OPPISOPIMUS = "osaamisenhankkimistapa_oppisopimus";
/** Training at a workplace: a training agreement or an apprenticeship. */
export const WORKPLACE_METHODS: ReadonlySet<string> = new Set([KOULUTUSSOPIMUS, OPPISOPIMUS]);

export const MAX_PERIOD_YEARS = 5;
/** Workplace training ending after this day needs the employer's Y-tunnus. */
export const Y_TUNNUS_REQUIRED_AFTER = "2021-08-25";
/** An apprenticeship ending on or after this day needs the basis of the apprenticeship. */
export const PERUSTA_REQUIRED_FROM = "2021-07-01";
/** A workplace period ending after this day needs its part-time percentage. */
export const OSA_AIKAISUUS_REQUIRED_AFTER = "2023-06-30";

/** A teacher or other representative of an education provider. */
const representative = shape(SENDER_ID, {
  title: "ProviderRepresentative",
  fields: { nimi: text, rooli: text, "oppilaitos-oid": organisationOid },
  required: ["nimi"],
});

// The existing service accepts only these characters in an instructor's phone number.
const PHONE = /^[-+0-9() ]*$/;
const phone: FieldCheck = fieldCheck({ schema: { type: "string", pattern: PHONE.source, maxLength: 256 } }, (c, value) => {
  if (typeof value !== "string") c.report("must be a string");
  else if (value.length > 256 || !PHONE.test(value)) c.report("must be a phone number: digits, spaces, + - ( ), at most 256 characters");
});

const workplaceTraining = shape(SENDER_ID, {
  title: "WorkplaceTraining",
  fields: {
    "vastuullinen-tyopaikka-ohjaaja": objectOf(
      shape(SENDER_ID, {
        // `oid` is ours: it lets the instructor sign in and see the periods they instruct.
        fields: { nimi: text, sahkoposti: text, puhelinnumero: phone, oid: personOid },
        required: ["nimi"],
      }),
    ),
    "tyopaikan-nimi": text,
    "tyopaikan-y-tunnus": yTunnus,
    "keskeiset-tyotehtavat": textList,
  },
  required: ["vastuullinen-tyopaikka-ohjaaja", "tyopaikan-nimi", "keskeiset-tyotehtavat"],
});

const endNotBeforeStart = objectRule("loppu is not before alku", (c, object) => {
  const [alku, loppu] = [dateOf(object, "alku"), dateOf(object, "loppu")];
  if (alku && loppu && loppu < alku) c.report(`ends (loppu ${loppu}) before it starts (alku ${alku})`);
});

const otherLearningEnvironment = shape(codePair("oppimisymparisto", CODE_URI.oppimisymparisto, { required: true }), {
  title: "OtherLearningEnvironment",
  fields: { alku: date, loppu: date },
  required: ["alku", "loppu"],
  rules: [endNotBeforeStart],
});

/** An interruption may be open-ended (no `loppu`), as in the existing service. */
const interruption = shape({
  title: "Interruption",
  fields: { alku: date, loppu: date },
  required: ["alku"],
  rules: [endNotBeforeStart],
});

/**
 * Interruptions must not overlap: sorted by start, each must end before the next starts (sharing
 * a day is an overlap, and an open-ended one may only be the last), as in the existing service.
 */
const noOverlaps = listRule(
  "interruptions do not overlap: sorted by alku, each ends before the next starts (sharing a day is an overlap), and only the last may be open-ended",
  (c: ProblemCollector, items: unknown[]) => {
    const spans = items
      .filter(isJsonObject)
      .map((item) => ({ alku: dateOf(item, "alku"), loppu: dateOf(item, "loppu"), loppuSent: isPresent(item["loppu"]) }))
      .filter((s): s is { alku: string; loppu: string | undefined; loppuSent: boolean } => s.alku !== undefined)
      .sort((a, b) => (a.alku < b.alku ? -1 : a.alku > b.alku ? 1 : 0));
    for (let i = 1; i < spans.length; i++) {
      const [previous, next] = [spans[i - 1]!, spans[i]!];
      // A malformed end is reported at that item; it cannot be compared.
      if (previous.loppuSent && !previous.loppu) continue;
      if (!previous.loppu || previous.loppu >= next.alku) {
        c.report(`interruptions overlap: ${previous.alku}–${previous.loppu ?? "open"} and ${next.alku}–${next.loppu ?? "open"}`);
      }
    }
  },
);

/** `loppu` ≥ `alku`, and at most five years (as java.time counts years: 29 Feb + 5 years is 28 Feb). */
const lengthRules = objectRule(
  `loppu is not before alku, and at most ${MAX_PERIOD_YEARS} years after it (29 February plus ${MAX_PERIOD_YEARS} years is 28 February in a year without a 29th)`,
  (c, period) => {
    const [alku, loppu] = [dateOf(period, "alku"), dateOf(period, "loppu")];
    if (!alku || !loppu) return;
    if (loppu < alku) {
      c.report(`ends (loppu ${loppu}) before it starts (alku ${alku})`);
      return;
    }
    const latestEnd = addYears(alku, MAX_PERIOD_YEARS);
    if (loppu > latestEnd) c.report(`lasts more than ${MAX_PERIOD_YEARS} years: starting ${alku}, it must end on or before ${latestEnd}`);
  },
);

/** Inside the study right: not before it starts, not after its expected end (see acquisitionWindow). */
const withinStudyRight = objectRule(
  "on create and replace, alku is not before the study right starts and loppu not after its expected end (no end bounds it when the study right has none or ended early)",
  (c, period, env) => {
    if (!env.studyRight) return;
    const window = acquisitionWindow(env.studyRight);
    const [alku, loppu] = [dateOf(period, "alku"), dateOf(period, "loppu")];
    if (alku && alku < window.start) c.report(`starts (alku ${alku}) before the study right starts (${window.start})`);
    if (loppu && window.expectedEnd && loppu > window.expectedEnd) {
      c.report(`ends (loppu ${loppu}) after the study right's expected end (${window.expectedEnd})`);
    }
  },
);

/**
 * The workplace rules. A missing field that a rule requires is reported at the period (the rule
 * is about the period as a whole); a wrong value is reported at the field itself. The workplace
 * block itself is not required (the existing service does not ask for it); its fields are, when
 * it is sent. The part-time percentage feeds workplace feedback, so it is asked for only when the
 * study right is known and in feedback's target group (not TELMA), as the existing service does.
 */
const workplaceRules = objectRule(
  `a workplace period (${[...WORKPLACE_METHODS].join(", ")}) needs yksiloiva-tunniste; ending after ${Y_TUNNUS_REQUIRED_AFTER}, its tyopaikalla-jarjestettava-koulutus (when sent) needs tyopaikan-y-tunnus; ` +
    `an apprenticeship ending on or after ${PERUSTA_REQUIRED_FROM} needs oppisopimuksen-perusta-koodi-uri; ending after ${OSA_AIKAISUUS_REQUIRED_AFTER}, it needs osa-aikaisuustieto unless its study right is TELMA`,
  (c, period, env) => {
    const method = textOf(period, "osaamisen-hankkimistapa-koodi-uri");
    if (!method || !WORKPLACE_METHODS.has(method)) return;
    const loppu = dateOf(period, "loppu");
    if (!isPresent(period["yksiloiva-tunniste"])) c.report(`a workplace period (${method}) needs yksiloiva-tunniste`);
    const training = period["tyopaikalla-jarjestettava-koulutus"];
    if (!loppu) return;
    if (isJsonObject(training) && loppu > Y_TUNNUS_REQUIRED_AFTER && !isPresent(training["tyopaikan-y-tunnus"])) {
      c.report(`workplace training ending after ${Y_TUNNUS_REQUIRED_AFTER} needs tyopaikalla-jarjestettava-koulutus.tyopaikan-y-tunnus`);
    }
    if (method === OPPISOPIMUS && loppu >= PERUSTA_REQUIRED_FROM && !isPresent(period["oppisopimuksen-perusta-koodi-uri"])) {
      c.report(`an apprenticeship ending on or after ${PERUSTA_REQUIRED_FROM} needs oppisopimuksen-perusta-koodi-uri`);
    }
    const feedbackCounts = env.studyRight !== undefined && inFeedbackTargetGroup(env.studyRight);
    if (feedbackCounts && loppu > OSA_AIKAISUUS_REQUIRED_AFTER && !isPresent(period["osa-aikaisuustieto"])) {
      c.report(`a workplace period ending after ${OSA_AIKAISUUS_REQUIRED_AFTER} needs osa-aikaisuustieto (1–100)`);
    }
  },
);

const period = shape(
  codePair("osaamisen-hankkimistapa", CODE_URI.osaamisenHankkimistapa, { required: true }),
  codePair("oppisopimuksen-perusta", CODE_URI.oppisopimuksenPerusta, { required: false }),
  {
    fields: {
      alku: date,
      loppu: date,
      "yksiloiva-tunniste": nonEmptyText,
      "ajanjakson-tarkenne": text,
      "jarjestajan-edustaja": objectOf(representative),
      "hankkijan-edustaja": objectOf(representative),
      "tyopaikalla-jarjestettava-koulutus": objectOf(workplaceTraining),
      "muut-oppimisymparistot": listOf(objectOf(otherLearningEnvironment)),
      // 100 is full time; the share of working time scales the period's length in workplace feedback.
      "osa-aikaisuustieto": integerBetween(1, 100),
      "keskeytymisajanjaksot": listWithRule(objectOf(interruption), noOverlaps),
    },
    title: "AcquisitionPeriod",
    required: ["alku", "loppu"],
    rules: [lengthRules, withinStudyRight, workplaceRules],
  },
);

/** The `osaamisen-hankkimistavat` list of a unit or a common unit's area. */
export const acquisitionPeriods: FieldCheck = listOf(objectOf(period));
