/**
 * OpenID Connect authorization code flow with PKCE (RFC 7636), for production sign-in. The issuer,
 * client id and redirect address come from the gateway's /app-config.json (set by environment).
 * The verifier and state live in sessionStorage only for the round trip to the provider; the
 * access token is kept by session.tsx, never in localStorage.
 */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  scope: string;
}

const PENDING_KEY = "ehoks.oidc.pending";

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomString(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function discovery(issuer: string): Promise<{ authorization_endpoint: string; token_endpoint: string }> {
  const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error("discovery failed");
  return (await response.json()) as { authorization_endpoint: string; token_endpoint: string };
}

/** Sends the browser to the provider's sign-in page. */
export async function beginSignIn(config: OidcConfig, returnTo: string): Promise<void> {
  const endpoints = await discovery(config.issuer);
  const verifier = randomString();
  const state = randomString();
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(endpoints.authorization_endpoint);
  url.search = new URLSearchParams({ response_type: "code", client_id: config.clientId, redirect_uri: config.redirectUri, scope: config.scope, state, code_challenge: challenge, code_challenge_method: "S256" }).toString();
  location.assign(url.toString());
}

/** On the redirect address: trades the code for an access token; null when the answer is not ours or failed. */
export async function completeSignIn(config: OidcConfig, search: string): Promise<{ token: string; returnTo: string } | null> {
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null") as { verifier: string; state: string; returnTo: string } | null;
  sessionStorage.removeItem(PENDING_KEY);
  const code = params.get("code");
  if (!pending || !code || params.get("state") !== pending.state) return null;
  const endpoints = await discovery(config.issuer);
  const response = await fetch(endpoints.token_endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: config.redirectUri, client_id: config.clientId, code_verifier: pending.verifier }).toString(),
  });
  if (!response.ok) return null;
  const body = (await response.json()) as { access_token?: string };
  return body.access_token ? { token: body.access_token, returnTo: pending.returnTo } : null;
}
