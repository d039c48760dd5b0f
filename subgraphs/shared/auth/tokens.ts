/** Signing and verifying the service's access tokens. */
import { errors, jwtVerify, SignJWT } from "jose";
import { unauthenticated } from "../errors.js";
import { TOKEN_ALGORITHM, type TokenKeys } from "./keys.js";
import { InvalidClaims, principalFromClaims, type EhoksClaims, type Principal } from "./principal.js";

export async function mintToken(keys: TokenKeys, claims: EhoksClaims, expiresIn: string | number = "12h"): Promise<string> {
  if (!keys.signingKey) throw new Error("This process has no signing key: set JWT_PRIVATE_KEY, or use the development key");
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM })
    .setSubject(sub)
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(keys.signingKey);
}

/** Reads `Bearer <token>` from an Authorization header value. */
export function bearerToken(header: string | undefined | null): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}

/**
 * Verifies a token and returns its principal, or throws UNAUTHENTICATED. The reason is not told
 * to the caller beyond "missing" versus "invalid or expired".
 */
export async function verifyToken(keys: TokenKeys, token: string | undefined): Promise<Principal> {
  if (!token) throw unauthenticated("A valid access token is required");
  const remembered = recentlyVerified(keys, token);
  if (remembered) return remembered;
  try {
    const { payload } = await jwtVerify(token, keys.verificationKey as Parameters<typeof jwtVerify>[1], {
      issuer: keys.issuer,
      audience: keys.audience,
      algorithms: [TOKEN_ALGORITHM],
    });
    const principal = principalFromClaims(payload as Record<string, unknown>, token);
    if (typeof payload.exp === "number") remember(keys, token, principal, payload.exp * 1000);
    return principal;
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof InvalidClaims) {
      throw unauthenticated("The access token is invalid or expired");
    }
    throw error;
  }
}

/**
 * Tokens verified lately, per key set. A client sends the same token with every request of a
 * session, and checking its ECDSA signature again was the largest single cost of a small request
 * at the gateway and again at each subgraph. An entry serves only until its token expires; a new
 * key set starts empty. Oldest entries go first when the map is full.
 */
const verified = new WeakMap<TokenKeys, Map<string, { principal: Principal; expiresAt: number }>>();
const REMEMBERED_TOKENS = 10_000;

function recentlyVerified(keys: TokenKeys, token: string): Principal | undefined {
  const entry = verified.get(keys)?.get(token);
  if (!entry) return undefined;
  if (entry.expiresAt > Date.now()) return entry.principal;
  verified.get(keys)!.delete(token);
  return undefined;
}

function remember(keys: TokenKeys, token: string, principal: Principal, expiresAt: number): void {
  let tokens = verified.get(keys);
  if (!tokens) verified.set(keys, (tokens = new Map()));
  if (tokens.size >= REMEMBERED_TOKENS) tokens.delete(tokens.keys().next().value!);
  tokens.set(token, { principal: Object.freeze(principal), expiresAt });
}
