/** Signing and verifying the service's access tokens. */
import { errors, jwtVerify, SignJWT } from "jose";
import { unauthenticated } from "../errors.js";
import { log, scopeFields, type LogScope } from "../log.js";
import { lifetimePolicyOf, TOKEN_ALGORITHM, type TokenKeys } from "./keys.js";
import { InvalidClaims, principalFromClaims, type EhoksClaims, type Principal } from "./principal.js";
import { describeSeconds, durationSeconds, isSystemRole, LIFETIME_SETTINGS, lifetimeProblem, maxLifetimeSeconds, TokenLifetimeError, type TimeClaims } from "./token-lifetime.js";

const nowInSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The `exp` for a token asked to live `lifetime`: a duration ("30m", "12h"), an absolute `exp`
 * (seconds since the epoch), or nothing for the longest the role may have. Longer than the
 * role's maximum is refused, or cut to it with `clipToMaximum` (the explorer's fixed 8 h).
 */
function expiryFor(keys: TokenKeys, claims: EhoksClaims, issuedAt: number, lifetime: string | number | undefined, clipToMaximum: boolean): number {
  const max = maxLifetimeSeconds(lifetimePolicyOf(keys), claims.role);
  let exp: number;
  if (lifetime === undefined) exp = issuedAt + max;
  else if (typeof lifetime === "number") exp = lifetime;
  else {
    const seconds = durationSeconds(lifetime);
    if (seconds === undefined) throw new TokenLifetimeError(`"${lifetime}" is not a lifetime: write it like 30m, 12h or 1d`);
    exp = issuedAt + seconds;
  }
  if (exp - issuedAt <= max) return exp;
  if (clipToMaximum) return issuedAt + max;
  const setting = isSystemRole(claims.role) ? LIFETIME_SETTINGS.system : LIFETIME_SETTINGS.person;
  throw new TokenLifetimeError(
    `A ${claims.role} token may live at most ${describeSeconds(max)} (${setting}); ${describeSeconds(exp - issuedAt)} was asked for`,
  );
}

export async function mintToken(
  keys: TokenKeys,
  claims: EhoksClaims,
  lifetime?: string | number,
  options: { clipToMaximum?: boolean } = {},
): Promise<string> {
  if (!keys.signingKey) throw new Error("This process has no signing key: set JWT_PRIVATE_KEY, or use the development key");
  const issuedAt = nowInSeconds();
  const exp = expiryFor(keys, claims, issuedAt, lifetime, options.clipToMaximum ?? false);
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM })
    .setSubject(sub)
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(exp)
    .sign(keys.signingKey);
}

/** Reads `Bearer <token>` from an Authorization header value. */
export function bearerToken(header: string | undefined | null): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}

/** The caller learns only that the token did not do; the reason goes to the log. */
function refused(reason: string, scope: LogScope | undefined): never {
  log.info({ ...scopeFields(scope), reason }, "access token refused");
  throw unauthenticated("The access token is invalid or expired");
}

/**
 * Verifies a token and returns its principal, or throws UNAUTHENTICATED. The reason is not told
 * to the caller beyond "missing" versus "invalid or expired".
 */
export async function verifyToken(keys: TokenKeys, token: string | undefined, scope?: LogScope): Promise<Principal> {
  if (!token) throw unauthenticated("A valid access token is required");
  const policy = lifetimePolicyOf(keys);
  const now = Date.now() / 1000;
  const remembered = recentlyVerified(keys, token);
  if (remembered) {
    // Only the signature check is skipped: the time rules are the very ones verification applies.
    const problem = lifetimeProblem(remembered.times, remembered.principal.role, policy, now);
    if (!problem) return remembered.principal;
    verified.get(keys)!.delete(token);
    refused(problem, scope);
  }
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keys.verificationKey as Parameters<typeof jwtVerify>[1], {
      issuer: keys.issuer,
      audience: keys.audience,
      algorithms: [TOKEN_ALGORITHM],
      requiredClaims: ["exp", "iat"],
      // jose's own exp/nbf checks get the skew; lifetimeProblem below holds exp exactly.
      clockTolerance: policy.clockSkewSeconds,
      currentDate: new Date(now * 1000),
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError) refused(`${error.code}: ${error.message}`, scope);
    throw error;
  }
  let principal: Principal;
  try {
    principal = principalFromClaims(payload, token);
  } catch (error) {
    if (error instanceof InvalidClaims) refused(error.message, scope);
    throw error;
  }
  const times: TimeClaims = { exp: payload.exp, iat: payload.iat, nbf: payload.nbf };
  const problem = lifetimeProblem(times, principal.role, policy, now);
  if (problem) refused(problem, scope);
  remember(keys, token, principal, times);
  return principal;
}

/**
 * Tokens verified lately, per key set (and so per lifetime policy). A client sends the same token
 * with every request of a session, and checking its ECDSA signature again was the largest single
 * cost of a small request at the gateway and again at each subgraph. An entry keeps the token's
 * time claims, which are checked again on every use; a new key set starts empty. Oldest entries
 * go first when the map is full.
 */
const verified = new WeakMap<TokenKeys, Map<string, { principal: Principal; times: TimeClaims }>>();
const REMEMBERED_TOKENS = 10_000;

function recentlyVerified(keys: TokenKeys, token: string): { principal: Principal; times: TimeClaims } | undefined {
  return verified.get(keys)?.get(token);
}

function remember(keys: TokenKeys, token: string, principal: Principal, times: TimeClaims): void {
  let tokens = verified.get(keys);
  if (!tokens) verified.set(keys, (tokens = new Map()));
  if (tokens.size >= REMEMBERED_TOKENS) tokens.delete(tokens.keys().next().value!);
  tokens.set(token, { principal: Object.freeze(principal), times: Object.freeze(times) });
}
