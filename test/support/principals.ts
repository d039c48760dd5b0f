/** Principals for tests, made from the same demo roles the service prints tokens for. */
import { DEMO_ROLES } from "../../scripts/demo/demo-roles.js";
import { principalFromClaims, type EhoksClaims, type Principal } from "../../subgraphs/shared/auth/principal.js";

export function principal(claims: EhoksClaims): Principal {
  return principalFromClaims(JSON.parse(JSON.stringify(claims)) as Record<string, unknown>, "test-token");
}

export function demoPrincipal(role: keyof typeof DEMO_ROLES): Principal {
  return principal(DEMO_ROLES[role]!.claims);
}
