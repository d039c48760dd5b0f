/**
 * Demonstrations of competence (osaamisen osoittaminen; näyttö): when, what, where, who organises
 * and who assesses. Used for units to acquire and, as `tarkentavat-tiedot-naytto`, for prior
 * learning recognised through a demonstration.
 */
import { organisationOid, personOid, yTunnus } from "./identifier-fields.js";
import { date, integer, text, textList } from "./primitives.js";
import { listOf, objectOf, SENDER_ID, shape, type FieldCheck } from "./shape.js";

const environment = shape({
  fields: { nimi: text, "y-tunnus": yTunnus, kuvaus: text },
  required: ["nimi"],
});

const organiser = shape(SENDER_ID, { fields: { "oppilaitos-oid": organisationOid } });

/** An area of a common unit that the demonstration covers. Any code set: the existing service does not restrict it. */
const area = shape({
  fields: { "koodi-uri": text, "koodi-versio": integer },
  required: ["koodi-uri", "koodi-versio"],
});

/** An assessor from the education provider. */
export const providerAssessor = shape(SENDER_ID, {
  title: "ProviderAssessor",
  fields: { nimi: text, organisaatio: objectOf(shape({ fields: { "oppilaitos-oid": organisationOid } })) },
  required: ["nimi"],
});

/** An assessor from working life; `oid` is ours, so the assessor can sign in and see what they assess. */
const workingLifeAssessor = shape(SENDER_ID, {
  title: "WorkingLifeAssessor",
  fields: {
    nimi: text,
    organisaatio: objectOf(shape({ fields: { nimi: text, "y-tunnus": yTunnus }, required: ["nimi"] })),
    oid: personOid,
  },
  required: ["nimi"],
});

const demonstration = shape({
  title: "Demonstration",
  fields: {
    // The existing service accepts a demonstration's dates in either order, and documents already
    // stored there have `loppu` before `alku`; refusing them would break their next update, so
    // the order is deliberately not checked here (hoks-model.md, Validation).
    alku: date,
    loppu: date,
    jarjestaja: objectOf(organiser),
    nayttoymparisto: objectOf(environment),
    "sisallon-kuvaus": textList,
    "osa-alueet": listOf(objectOf(area)),
    "koulutuksen-jarjestaja-osaamisen-arvioijat": listOf(objectOf(providerAssessor)),
    "tyoelama-osaamisen-arvioijat": listOf(objectOf(workingLifeAssessor)),
    "vaatimuksista-tai-tavoitteista-poikkeaminen": text,
    "yksilolliset-kriteerit": textList,
  },
  required: ["alku", "loppu", "nayttoymparisto", "sisallon-kuvaus"],
});

/** A list of demonstrations (`osaamisen-osoittaminen`, `tarkentavat-tiedot-naytto`). */
export const demonstrations: FieldCheck = listOf(objectOf(demonstration));
