/**
 * Units (tutkinnon osat) in their six lists: vocational, common and local units, each either to be
 * acquired (hankittavat) or recognised from prior learning (aiemmin hankitut). A common unit is
 * planned per area (osa-alue), so its areas carry what the other units carry themselves.
 */
import { CODE_URI, codePair } from "./codes.js";
import { demonstrations, providerAssessor } from "./demonstrations.js";
import { organisationOid } from "./identifier-fields.js";
import { acquisitionPeriods } from "./periods.js";
import { bool, date, nonNegativeNumber, text } from "./primitives.js";
import { listOf, objectOf, shape, type FieldCheck, type Shape } from "./shape.js";

const unitCode = codePair("tutkinnon-osa", CODE_URI.tutkinnonOsa, { required: true });
const areaCode = codePair("osa-alue", CODE_URI.osaAlue, { required: true });

/** What every unit and area may carry. */
const common: Partial<Shape> = {
  fields: {
    "vaatimuksista-tai-tavoitteista-poikkeaminen": text,
    "koulutuksen-jarjestaja-oid": organisationOid,
    "olennainen-seikka": bool,
  },
};

/** Planned learning: periods, demonstrations and the hours of teaching and guidance. */
const toAcquire: Partial<Shape> = {
  fields: {
    "osaamisen-hankkimistavat": acquisitionPeriods,
    "osaamisen-osoittaminen": demonstrations,
    "opetus-ja-ohjaus-maara": nonNegativeNumber,
  },
};

/** Recognition of prior learning: how it was verified, by a demonstration or by assessors. */
const prior: Partial<Shape> = shape(codePair("valittu-todentamisen-prosessi", CODE_URI.todentamisenProsessi, { required: false }), {
  fields: {
    "tarkentavat-tiedot-naytto": demonstrations,
    "tarkentavat-tiedot-osaamisen-arvioija": objectOf(
      shape({
        fields: {
          "lahetetty-arvioitavaksi": date,
          "aiemmin-hankitun-osaamisen-arvioijat": listOf(objectOf(providerAssessor)),
        },
      }),
    ),
  },
});

/** A local unit is defined by the provider (in ePerusteet AMOSAA), not by a national code. */
const local: Partial<Shape> = {
  fields: { "amosaa-tunniste": text, nimi: text, laajuus: nonNegativeNumber, "tavoitteet-ja-sisallot": text },
};

const diaarinumero: Partial<Shape> = { fields: { "tutkinnon-osan-perusteen-diaarinro": text } };

/** A common unit itself only names the unit and its provider; its areas hold the rest. */
function commonUnit(title: string, area: Shape, extra: Partial<Shape> = {}): Shape {
  return shape(unitCode, extra, {
    title,
    fields: { "koulutuksen-jarjestaja-oid": organisationOid, "osa-alueet": listOf(objectOf(area)) },
    required: ["osa-alueet"],
  });
}

export const UNIT_LIST_CHECKS: Record<string, FieldCheck> = {
  "hankittavat-ammat-tutkinnon-osat": listOf(objectOf(shape(unitCode, diaarinumero, common, toAcquire, { title: "VocationalUnitToAcquire" }))),
  "hankittavat-yhteiset-tutkinnon-osat": listOf(
    objectOf(commonUnit("CommonUnitToAcquire", shape(areaCode, common, toAcquire, { title: "CommonUnitAreaToAcquire" }))),
  ),
  "hankittavat-paikalliset-tutkinnon-osat": listOf(objectOf(shape(local, common, toAcquire, { title: "LocalUnitToAcquire" }))),
  "aiemmin-hankitut-ammat-tutkinnon-osat": listOf(objectOf(shape(unitCode, diaarinumero, common, prior, { title: "PriorVocationalUnit" }))),
  "aiemmin-hankitut-yhteiset-tutkinnon-osat": listOf(
    objectOf(commonUnit("PriorCommonUnit", shape(areaCode, common, prior, { title: "PriorCommonUnitArea" }), prior)),
  ),
  "aiemmin-hankitut-paikalliset-tutkinnon-osat": listOf(objectOf(shape(local, common, prior, { title: "PriorLocalUnit" }))),
};
