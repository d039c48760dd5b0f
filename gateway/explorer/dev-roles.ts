/**
 * `GET /dev/roles`: the demo roles with a freshly minted token each, for development tools (the
 * explorer page, the web app's development sign-in). Mounted only outside production, and it
 * answers only when this process holds a signing key (the development key); otherwise the path is
 * simply not there (404).
 *
 *   { "roles": [ { "name", "description", "token", "headers": { "x-share-link"?: … } } ] }
 */
import type { TokenKeys } from "../../subgraphs/shared/auth/keys.js";
import type { EhoksClaims } from "../../subgraphs/shared/auth/principal.js";
import { mintToken } from "../../subgraphs/shared/auth/tokens.js";
import { sendJson, type Route } from "../../subgraphs/shared/http/http-server.js";

export const DEV_ROLES_PATH = "/dev/roles";

export interface ExplorerRole {
  name: string;
  description: string;
  claims: EhoksClaims;
  /** Headers the role sends beside its token, e.g. the share-link holder's `x-share-link`. */
  headers?: Record<string, string>;
}

export interface DevRole {
  name: string;
  description: string;
  token: string;
  headers: Record<string, string>;
}

/** A working day; cut to the role's maximum when a deployment allows less (token-lifetime.ts). */
const TOKEN_LIFETIME = "8h";

/** Every role with a new token: minted on every call, so a page reload never shows a stale one. */
export async function devRoles(keys: TokenKeys, roles: ExplorerRole[]): Promise<DevRole[]> {
  return Promise.all(
    roles.map(async (role) => ({
      name: role.name,
      description: role.description,
      token: await mintToken(keys, role.claims, TOKEN_LIFETIME, { clipToMaximum: true }),
      headers: { ...role.headers },
    })),
  );
}

export function devRolesRoute(keys: TokenKeys, roles: ExplorerRole[]): Route {
  return async (req, res, url) => {
    if (url.pathname !== DEV_ROLES_PATH || !keys.signingKey) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendJson(res, 405, { error: "Use GET" }, { allow: "GET, HEAD" });
      return true;
    }
    sendJson(res, 200, { roles: await devRoles(keys, roles) });
    return true;
  };
}
