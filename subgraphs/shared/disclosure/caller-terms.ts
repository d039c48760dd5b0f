/**
 * The caller as the access rules' SQL sees it. Its shape (role, whether it reads as a provider,
 * which identities it presents) decides a statement's structure; its values (OID, today,
 * organisation list, the share link's hash) enter as placeholders, so that one statement, built
 * and prepared once per shape (drizzle/shaped-statement.ts), serves every caller of that shape.
 * The rules read only this, so a statement cannot depend on a value its shape does not name.
 */
import { sql, type SQL } from "drizzle-orm";
import { providerOrganisationsWithRight, type Principal, type Role } from "../auth/principal.js";
import { isEmploymentFundAuthority } from "./authority.js";

export interface CallerShape {
  role: Role;
  /** An official or provider system with `read` somewhere (R2/R3). */
  readsAsProvider: boolean;
  /** The Employment Fund's authority (R8). */
  employmentFund: boolean;
  /** Acts for an organisation (a consent may name it). */
  organisation: boolean;
  /** Acts for a business (a consent may name its Y-tunnus). */
  business: boolean;
  /** Presents a share link (R7). */
  shareLink: boolean;
}

export interface CallerTerms extends CallerShape {
  sub: SQL;
  /** The request's one "today", as an SQL date. */
  today: SQL;
  /** text[] of the organisations where a provider holds `read` (each covering its subtree). */
  readOrganisations: SQL;
  organisationOid: SQL;
  yTunnus: SQL;
  shareLinkHash: SQL;
}

const VALUE_NAMES = ["sub", "today", "readOrganisations", "organisationOid", "yTunnus", "shareLinkHash"] as const;
type CallerValueName = (typeof VALUE_NAMES)[number];
export type CallerValues = Record<`caller_${CallerValueName}`, unknown>;

export function callerShape(principal: Principal): CallerShape {
  return {
    role: principal.role,
    readsAsProvider: providerOrganisationsWithRight(principal, "read").length > 0,
    employmentFund: isEmploymentFundAuthority(principal),
    organisation: principal.organisationOid !== undefined,
    business: principal.yTunnus !== undefined,
    shareLink: principal.shareLinkHash !== undefined,
  };
}

/** The values a shaped statement's caller placeholders take for this principal on this day. */
export function callerValues(principal: Principal, today: string): CallerValues {
  const values: Record<CallerValueName, unknown> = {
    sub: principal.sub,
    today,
    readOrganisations: providerOrganisationsWithRight(principal, "read"),
    organisationOid: principal.organisationOid ?? null,
    yTunnus: principal.yTunnus ?? null,
    shareLinkHash: principal.shareLinkHash ?? null,
  };
  return Object.fromEntries(VALUE_NAMES.map((name) => [`caller_${name}`, values[name]])) as CallerValues;
}

/** The caller's terms for a statement built for `shape`: its values are placeholders. */
export function callerPlaceholders(shape: CallerShape): CallerTerms {
  const term = (name: CallerValueName) => sql`${sql.placeholder(`caller_${name}`)}`;
  return {
    ...shape,
    sub: term("sub"),
    today: sql`${term("today")}::date`,
    readOrganisations: term("readOrganisations"),
    organisationOid: term("organisationOid"),
    yTunnus: term("yTunnus"),
    shareLinkHash: term("shareLinkHash"),
  };
}

