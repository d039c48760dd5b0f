/**
 * Where token keys come from. Production verifies with a JWKS URL or a public key (PEM) from the
 * environment. Development generates one ES256 key pair, keeps it under .data/ so tokens survive
 * restarts, and signs demo tokens with it. A production process never falls back to the dev key.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  importPKCS8,
  importSPKI,
  type CryptoKey,
  type JWK,
  type JWTVerifyGetKey,
} from "jose";
import { DEFAULT_TOKEN_LIFETIME, tokenLifetimeFromEnv, type TokenLifetimePolicy } from "./token-lifetime.js";
import { settings, type Settings } from "../config/settings.js";

export const TOKEN_ALGORITHM = "ES256";
export const DEFAULT_ISSUER = "ehoks-dev";
export const DEFAULT_AUDIENCE = "ehoks";
export const DEV_KEY_FILE = ".data/dev-jwt-key.json";

export interface TokenKeys {
  /** Verifies signatures: a key, or a JWKS lookup. */
  verificationKey: CryptoKey | JWTVerifyGetKey;
  /** Signs tokens; only where this process may mint them (development, tests, the token script). */
  signingKey?: CryptoKey;
  issuer: string;
  audience: string;
  /** How long tokens may live and the clock skew allowed; the defaults when absent. */
  lifetime?: TokenLifetimePolicy;
}

export function lifetimePolicyOf(keys: TokenKeys): TokenLifetimePolicy {
  return keys.lifetime ?? DEFAULT_TOKEN_LIFETIME;
}

/** A fresh in-memory key pair: what tests use. */
export async function generateTokenKeys(issuer = DEFAULT_ISSUER, audience = DEFAULT_AUDIENCE): Promise<TokenKeys> {
  const { publicKey, privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  return { verificationKey: publicKey, signingKey: privateKey, issuer, audience };
}

async function loadOrCreateDevKeys(file: string): Promise<{ publicKey: CryptoKey; privateKey: CryptoKey }> {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as { publicJwk: JWK; privateJwk: JWK };
    return {
      publicKey: (await importJWK(stored.publicJwk, TOKEN_ALGORITHM)) as CryptoKey,
      privateKey: (await importJWK(stored.privateJwk, TOKEN_ALGORITHM)) as CryptoKey,
    };
  }
  const { publicKey, privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ publicJwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey) }), {
    mode: 0o600,
  });
  return { publicKey, privateKey };
}

export class KeyConfigurationError extends Error {}

/**
 * Keys from the settings:
 * - `JWT_JWKS_URL` or `JWT_PUBLIC_KEY` (PEM): production verification;
 * - `JWT_PRIVATE_KEY` (PEM, PKCS#8): lets the token script sign for such a deployment;
 * - neither, outside production: the development key pair in `.data/`;
 * and how long tokens may live (token-lifetime.ts).
 */
export async function tokenKeysFromEnv(current: Settings = settings()): Promise<TokenKeys> {
  const issuer = current.JWT_ISSUER ?? DEFAULT_ISSUER;
  const audience = current.JWT_AUDIENCE ?? DEFAULT_AUDIENCE;
  const lifetime = tokenLifetimeFromEnv(current);
  const signingKey = current.JWT_PRIVATE_KEY ? await importPKCS8(current.JWT_PRIVATE_KEY, TOKEN_ALGORITHM) : undefined;
  if (current.JWT_JWKS_URL) {
    return { verificationKey: createRemoteJWKSet(new URL(current.JWT_JWKS_URL)), signingKey, issuer, audience, lifetime };
  }
  if (current.JWT_PUBLIC_KEY) {
    return { verificationKey: await importSPKI(current.JWT_PUBLIC_KEY, TOKEN_ALGORITHM), signingKey, issuer, audience, lifetime };
  }
  if (current.NODE_ENV === "production") {
    throw new KeyConfigurationError("NODE_ENV=production needs JWT_JWKS_URL or JWT_PUBLIC_KEY: the development key is never used in production");
  }
  const dev = await loadOrCreateDevKeys(current.JWT_DEV_KEY_FILE ?? DEV_KEY_FILE);
  return { verificationKey: dev.publicKey, signingKey: dev.privateKey, issuer, audience, lifetime };
}
