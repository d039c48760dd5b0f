/**
 * Identifier checks of hoks-model.md: OIDs with their check digits, Y-tunnus with its check
 * digit. A last arc ending in `10` stands for check digit 0 (legacy).
 */

export const STUDY_RIGHT_OID = /^1\.2\.246\.562\.15\.([1-9]\d{9})(\d|10)$/;
export const PERSON_OID = /^1\.2\.246\.562\.(24|[12]?98)\.([1-9]\d{9})(\d|10)$/;
/**
 * Organisations: nodes 10, 99, 199 and 299, as the existing service takes them. The last arc is
 * ten digits and a check digit that is not checked (some organisations' do not match), the legacy
 * `10` in its place, the all-zero root `0000000001`, or an old 22-digit timestamp form.
 */
export const ORGANISATION_OID = /^1\.2\.246\.562\.(10|99|199|299)\.([1-9]\d{9}(\d|10)|0{10}1|201[34]\d{18})$/;
export const Y_TUNNUS = /^(\d{7})-(\d)$/;

function checkDigit(text: string): number {
  return text === "10" ? 0 : Number(text);
}

/** Luhn check digit over the digits. */
export function luhn(digits: string): number {
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    let d = Number(c) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}

/** IBM 1-3-7 check digit: weights 7, 3, 1 repeating from the right. */
export function ibm137(digits: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  [...digits].reverse().forEach((c, i) => (sum += Number(c) * weights[i % 3]!));
  return (10 - (sum % 10)) % 10;
}

export function isStudyRightOid(oid: string): boolean {
  const m = STUDY_RIGHT_OID.exec(oid);
  return Boolean(m && luhn(m[1]!) === checkDigit(m[2]!));
}

export function isPersonOid(oid: string): boolean {
  const m = PERSON_OID.exec(oid);
  if (!m) return false;
  const expected = m[1] === "24" ? ibm137(m[2]!) : luhn(m[2]!);
  return expected === checkDigit(m[3]!);
}

export function isOrganisationOid(oid: string): boolean {
  return ORGANISATION_OID.test(oid);
}

export function isYTunnus(value: string): boolean {
  const m = Y_TUNNUS.exec(value);
  if (!m) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = [...m[1]!].reduce((sum, c, i) => sum + Number(c) * weights[i]!, 0) % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === Number(m[2]);
}

/**
 * Ids of the store's serial columns (plans, feedback triggers) are positive GraphQL Ints, written
 * without sign or leading zeros: anything else names no row, and must not reach the database,
 * which would fail on a number past the column's range.
 */
export const PLAN_ID = /^[1-9]\d{0,9}$/;
export const MAX_GRAPHQL_INT = 2_147_483_647;

export function isSerialId(text: string): boolean {
  return PLAN_ID.test(text) && Number(text) <= MAX_GRAPHQL_INT;
}

export const isPlanId = isSerialId;

/** eHOKS v1 ids of a plan's parts (bigint identity columns), as far as a JavaScript number holds them exactly. */
export const isPartId = (text: string): boolean => /^[1-9]\d{0,14}$/.test(text);
