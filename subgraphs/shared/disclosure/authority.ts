/**
 * R8: an authority sees only the fields its legal basis names. The only basis defined so far is
 * the Employment Fund's (`tyollisyysrahasto`); an unknown basis sees nothing.
 */
import type { Principal } from "../auth/principal.js";

export const EMPLOYMENT_FUND_BASIS = "tyollisyysrahasto";

export function isEmploymentFundAuthority(principal: Principal): boolean {
  return principal.role === "authority" && principal.basis === EMPLOYMENT_FUND_BASIS;
}
