/**
 * The plan's lists that are not units: studies supporting readiness (§ 63), learning support (from
 * 1.8.2026 in place of those studies) and the training parts of a TUVA plan.
 */
import { CODE_URI, codePair } from "./codes.js";
import { date, nonNegativeNumber, text } from "./primitives.js";
import { IDS_ON_UPDATE, isPresent, listOf, objectOf, objectRule, SENDER_ID, shape, type FieldCheck } from "./shape.js";

const readinessStudy = shape(IDS_ON_UPDATE, {
  title: "ReadinessStudy",
  fields: { nimi: text, kuvaus: text, alku: date, loppu: date },
  required: ["nimi", "kuvaus", "alku", "loppu"],
});

/** Type _01 is support in a given kind of unit for a time: it names the time and the kind of unit. */
export const SUPPORT_WITH_TIME_AND_UNIT = "ammatillinenkoulutusoppimisentuentyyppi_01";
/** Types _02 and _03 are support that is not tied to a time or a kind of unit. */
export const SUPPORT_WITHOUT_TIME_AND_UNIT = new Set(["ammatillinenkoulutusoppimisentuentyyppi_02", "ammatillinenkoulutusoppimisentuentyyppi_03"]);
const TIME_AND_UNIT_FIELDS = ["alku", "loppu", "tutkinnon-osan-tyyppi-koodi-uri"] as const;

/** Reported at the item: which fields an item carries depends on its type. */
const supportShapeByType = objectRule(
  `type ${SUPPORT_WITH_TIME_AND_UNIT} needs ${TIME_AND_UNIT_FIELDS.join(", ")}; types ${[...SUPPORT_WITHOUT_TIME_AND_UNIT].join(" and ")} carry none of them (nor tutkinnon-osan-tyyppi-koodi-versio)`,
  (c, item) => {
    const type = item["oppimisen-tuen-tyyppi-koodi-uri"];
    if (type === SUPPORT_WITH_TIME_AND_UNIT) {
      const missing = TIME_AND_UNIT_FIELDS.filter((key) => !isPresent(item[key]));
      if (missing.length) c.report(`learning support of type _01 needs ${missing.join(", ")}`);
    } else if (typeof type === "string" && SUPPORT_WITHOUT_TIME_AND_UNIT.has(type)) {
      // The unit type's version goes with its URI: neither belongs here.
      const sent = [...TIME_AND_UNIT_FIELDS, "tutkinnon-osan-tyyppi-koodi-versio"].filter((key) => isPresent(item[key]));
      if (sent.length) c.report(`learning support of type ${type.slice(-3)} must not carry ${sent.join(", ")}`);
    }
  },
);

/**
 * The existing service has no version fields on learning support (its systems cannot send them);
 * ours takes them when sent, as the model's own examples do, but never asks for them.
 */
const learningSupport = shape(
  codePair("oppimisen-tuen-tyyppi", CODE_URI.oppimisenTuenTyyppi, { required: true, version: "optional" }),
  codePair("tutkinnon-osan-tyyppi", CODE_URI.tutkinnonOsanRyhma, { required: false, version: "optional" }),
  { title: "LearningSupport", fields: { alku: date, loppu: date }, rules: [supportShapeByType] },
);

const tuvaPart = shape(SENDER_ID, codePair("koulutuksen-osa", CODE_URI.koulutuksenOsaTuva, { required: true }), {
  title: "TuvaPart",
  // `laajuus` is in TUVA weeks.
  fields: { alku: date, loppu: date, laajuus: nonNegativeNumber },
  required: ["alku", "loppu", "laajuus"],
});

export const OTHER_LIST_CHECKS: Record<string, FieldCheck> = {
  "opiskeluvalmiuksia-tukevat-opinnot": listOf(objectOf(readinessStudy)),
  "oppimisen-tuki": listOf(objectOf(learningSupport)),
  "hankittavat-koulutuksen-osat": listOf(objectOf(tuvaPart)),
};
