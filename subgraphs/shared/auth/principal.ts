/**
 * The verified identity behind a request, read from the token's claims. Claims that do not fit
 * this shape make the token invalid: a malformed privilege is never silently widened.
 */
/**
 * `gateway` is the identity of a gateway or router that introspects subgraphs (`_service`): it
 * may read the SDL and nothing else. `feedback` is the national feedback service: it reads and
 * marks feedback triggers (subgraphs/hoks/feedback/) and nothing else.
 */
export const ROLES = ["student", "official", "service", "workplace", "authority", "oph", "gateway", "feedback"] as const;
export type Role = (typeof ROLES)[number];

export const RIGHTS = ["read", "write", "update", "delete"] as const;
export type Right = (typeof RIGHTS)[number];

/** A privilege held at one organisation; it covers that organisation and everything below it. */
export interface OrganisationPrivilege {
  organisationOid: string;
  rights: Right[];
}

export interface Principal {
  /** Person OID of the caller (for service accounts, the account's id). */
  sub: string;
  role: Role;
  privileges: OrganisationPrivilege[];
  /** An authority's legal basis (R8), e.g. `tyollisyysrahasto`. */
  basis?: string;
  /** The organisation a consent recipient or authority acts for. */
  organisationOid?: string;
  /** The business ID (Y-tunnus) a consent recipient acts for. */
  yTunnus?: string;
  /** The raw token, forwarded by the gateway to subgraphs. */
  token: string;
  /** SHA-256 (hex) of a share link token the caller presents in the `x-share-link` header (R7). */
  shareLinkHash?: string;
}

/** The claims this service reads from a token, as they travel in the JWT. */
export interface EhoksClaims {
  sub: string;
  role: Role;
  privileges?: { org: string; rights: Right[] }[];
  basis?: string;
  org?: string;
  ytunnus?: string;
  /** Display name, for logs and the demo banner only. */
  name?: string;
}

export class InvalidClaims extends Error {}

const ORGANISATION_OID = /^1\.2\.246\.562\.10\.\d+$/;

function optionalString(payload: Record<string, unknown>, key: string): string | undefined {
  const value = payload[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length === 0) throw new InvalidClaims(`claim ${key} must be a string`);
  return value;
}

export function principalFromClaims(payload: Record<string, unknown>, token: string): Principal {
  const sub = optionalString(payload, "sub");
  if (!sub) throw new InvalidClaims("claim sub is required");
  const role = payload.role;
  if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidClaims("claim role is missing or unknown");
  }
  const rawPrivileges = payload.privileges ?? [];
  if (!Array.isArray(rawPrivileges)) throw new InvalidClaims("claim privileges must be a list");
  const privileges = rawPrivileges.map((p): OrganisationPrivilege => {
    const org = (p as { org?: unknown })?.org;
    const rights = (p as { rights?: unknown })?.rights;
    if (typeof org !== "string" || !ORGANISATION_OID.test(org)) throw new InvalidClaims("privilege org must be an organisation OID");
    if (!Array.isArray(rights) || !rights.every((r) => (RIGHTS as readonly string[]).includes(r))) {
      throw new InvalidClaims("privilege rights must be read, write, update or delete");
    }
    return { organisationOid: org, rights: rights as Right[] };
  });
  return {
    sub,
    role: role as Role,
    privileges,
    basis: optionalString(payload, "basis"),
    organisationOid: optionalString(payload, "org"),
    yTunnus: optionalString(payload, "ytunnus"),
    token,
  };
}

/** Organisations at which the principal holds `right` (each covering its subtree). */
export function organisationsWithRight(principal: Principal, right: Right): string[] {
  return principal.privileges.filter((p) => p.rights.includes(right)).map((p) => p.organisationOid);
}

/**
 * The organisations where a provider's official (R2) or system (R3) holds `right`; none for any
 * other role, whatever privileges its token carries.
 */
export function providerOrganisationsWithRight(principal: Principal, right: Right): string[] {
  return principal.role === "official" || principal.role === "service" ? organisationsWithRight(principal, right) : [];
}
