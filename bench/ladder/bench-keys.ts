/** One signing key shared by the bench's processes: the driver makes it, each process reads it from the environment. */
import { exportJWK, exportSPKI, generateKeyPair, importJWK, type JWK } from "jose";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, TOKEN_ALGORITHM, type TokenKeys } from "../../subgraphs/shared/auth/keys.js";

export async function makeBenchKeyEnv(): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  return JSON.stringify({ publicJwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey) });
}

export async function benchKeys(env = process.env.BENCH_KEYS): Promise<TokenKeys> {
  const { publicJwk, privateJwk } = JSON.parse(env!) as { publicJwk: JWK; privateJwk: JWK };
  return {
    verificationKey: (await importJWK(publicJwk, TOKEN_ALGORITHM)) as CryptoKey,
    signingKey: (await importJWK(privateJwk, TOKEN_ALGORITHM)) as CryptoKey,
    issuer: DEFAULT_ISSUER,
    audience: DEFAULT_AUDIENCE,
  };
}

/** The bench key's public half as PEM: what a production process is configured with (JWT_PUBLIC_KEY). */
export async function benchPublicKeyPem(env: string): Promise<string> {
  const { publicJwk } = JSON.parse(env) as { publicJwk: JWK };
  return exportSPKI((await importJWK(publicJwk, TOKEN_ALGORITHM)) as CryptoKey);
}
