/**
 * Identifier fields: OIDs and Y-tunnus, with the check digits of shared/validation/identifiers.ts.
 * A wrong check digit is almost always a typo, and a typo in an OID would attach data to someone
 * else, so these are checked on every field that names a person, a study right or a company.
 */
import {
  isOrganisationOid,
  isPersonOid,
  isStudyRightOid,
  isYTunnus,
  ORGANISATION_OID,
  PERSON_OID,
  STUDY_RIGHT_OID,
  Y_TUNNUS,
} from "../../shared/validation/identifiers.js";
import { fieldCheck, type FieldCheck } from "./shape.js";

/** The pattern goes in the contract; a check digit, which no pattern can check, goes there in words. */
function identifier(test: (value: string) => boolean, pattern: RegExp, what: string): FieldCheck {
  const beyond = what.includes("check digit") ? "the check digit is valid" : undefined;
  return fieldCheck({ schema: { type: "string", pattern: pattern.source, description: what }, ...(beyond ? { beyond } : {}) }, (c, value) => {
    if (typeof value !== "string") c.report(`must be a string: ${what}`);
    else if (!test(value)) c.report(`${JSON.stringify(value)} is not ${what}`);
  });
}

export const personOid = identifier(isPersonOid, PERSON_OID, "a person OID (1.2.246.562.24.…) with a valid check digit");
export const studyRightOid = identifier(isStudyRightOid, STUDY_RIGHT_OID, "a study right OID (1.2.246.562.15.…) with a valid check digit");
/** Organisations have no check digit: the pattern is all there is to check. */
export const organisationOid = identifier(isOrganisationOid, ORGANISATION_OID, "an organisation OID (1.2.246.562.10.…)");
export const yTunnus = identifier(isYTunnus, Y_TUNNUS, "a Y-tunnus (1234567-8) with a valid check digit");
