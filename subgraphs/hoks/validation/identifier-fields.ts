/**
 * Identifier fields: OIDs and Y-tunnus, with the check digits of shared/validation/identifiers.ts.
 * A wrong check digit is almost always a typo, and a typo in an OID would attach data to someone
 * else, so these are checked on every field that names a person, a study right or a company.
 */
import { isOrganisationOid, isPersonOid, isStudyRightOid, isYTunnus } from "../../shared/validation/identifiers.js";
import type { FieldCheck } from "./shape.js";

function identifier(test: (value: string) => boolean, what: string): FieldCheck {
  return (c, value) => {
    if (typeof value !== "string") c.report(`must be a string: ${what}`);
    else if (!test(value)) c.report(`${JSON.stringify(value)} is not ${what}`);
  };
}

export const personOid = identifier(isPersonOid, "a person OID (1.2.246.562.24.…) with a valid check digit");
export const studyRightOid = identifier(isStudyRightOid, "a study right OID (1.2.246.562.15.…) with a valid check digit");
/** Organisations have no check digit: the pattern is all there is to check. */
export const organisationOid = identifier(isOrganisationOid, "an organisation OID (1.2.246.562.10.…)");
export const yTunnus = identifier(isYTunnus, "a Y-tunnus (1234567-8) with a valid check digit");
