/**
 * Which rule of disclosure.md let the caller see an object. Scoped data functions stamp every
 * object they return; shield checks the stamp on entity types, resolvers read it to decide how
 * much of the object to show, and the audit trail records it.
 */
// R2 and R3 (an official, a provider's system) each come in the variants (a) own institution,
// (b) procured training and (c) the same student's active study right elsewhere.
export const GRANT_RULES = ["R1", "R2a", "R2b", "R2c", "R3a", "R3b", "R3c", "R4", "R5", "R6", "R7", "R8", "R9"] as const;
export type GrantRule = (typeof GRANT_RULES)[number];

const GRANT = Symbol("ehoks.grant");

export type Granted<T> = T & { [GRANT]: GrantRule };

export function withGrant<T extends object>(value: T, grant: GrantRule): Granted<T> {
  return Object.assign(value, { [GRANT]: grant }) as Granted<T>;
}

export function grantOf(value: unknown): GrantRule | undefined {
  return typeof value === "object" && value !== null ? (value as Record<symbol, GrantRule>)[GRANT] : undefined;
}

export function hasGrant(value: unknown): boolean {
  return grantOf(value) !== undefined;
}
