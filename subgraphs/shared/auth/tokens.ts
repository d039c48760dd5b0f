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
  try {
    const { payload } = await jwtVerify(token, keys.verificationKey as Parameters<typeof jwtVerify>[1], {
      issuer: keys.issuer,
      audience: keys.audience,
      algorithms: [TOKEN_ALGORITHM],
    });
    return principalFromClaims(payload as Record<string, unknown>, token);
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof InvalidClaims) {
      throw unauthenticated("The access token is invalid or expired");
    }
    throw error;
  }
}
