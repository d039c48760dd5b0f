/**
 * The web app (web/, built into web/dist by scripts/build-web.ts) served at the gateway's origin:
 * hashed assets cached for a year, index.html never cached, the app's own paths answered with
 * index.html (the app routes them), and every other path left to the routes after this one. No
 * path outside the build folder can be read. Every answer carries a Content-Security-Policy that
 * allows no inline script, so injected markup cannot run code. `/app-config.json` tells the app
 * how people sign in here (OpenID Connect settings from the environment; the demo roles in
 * development) and the service date, so that its forms start from the day the service's rules
 * use (a pinned demo date, or the real one) rather than the browser's, and what partners composed
 * in add that the app can show (unit names from a curriculum partner).
 */
import { settings } from "../subgraphs/shared/config/settings.js";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { sendJson, type Route } from "../subgraphs/shared/http/http-server.js";
import type { PartnerFeatures } from "./partner-features.js";
import { systemClock, type Clock } from "../subgraphs/shared/clock.js";

export const DEFAULT_WEB_DIST = fileURLToPath(new URL("../web/dist/", import.meta.url));

/** The paths the app itself routes (web/src/app.tsx); anything else is not the app's. */
const APP_PATHS = /^\/(?:|oma(?:\/(?:suostumukset|jakolinkit|kayttoloki))?|tyopaikka|suostumukset-minulle|jako|opiskelijat(?:\/[\d.]+)?|kirjautuminen)\/?$/;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

export interface WebAppOptions {
  /** The built app; WEB_APP_DIR or web/dist by default. */
  dir?: string;
  production: boolean;
  /** Read from the environment unless given: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_REDIRECT_URI, OIDC_SCOPE. */
  oidc?: { issuer: string; clientId: string; redirectUri: string; scope: string } | null;
  /** The service's clock (the subgraphs' one): its date is the app's "today". The real date when not given. */
  clock?: Clock;
  /** What partners composed in add that the app can show (partner-features.ts); none when not given. */
  partnerFeatures?: PartnerFeatures;
}

function oidcFromEnvironment(): WebAppOptions["oidc"] {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_REDIRECT_URI: redirectUri, OIDC_SCOPE: scope } = settings();
  if (!issuer || !clientId || !redirectUri) return null;
  return { issuer, clientId, redirectUri, scope: scope || "openid" };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The app talks to its own origin only, and to the sign-in provider when one is set. */
export function contentSecurityPolicy(oidcIssuer?: string): string {
  const provider = oidcIssuer ? originOf(oidcIssuer) : undefined;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${provider ? ` ${provider}` : ""}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function securityHeaders(csp: string): Record<string, string> {
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
  };
}

/** The file under `root` that `pathname` names, or undefined (outside the folder, missing, a folder). */
function fileUnder(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const path = resolve(root, `.${decoded}`);
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

export function webAppRoute(options: WebAppOptions): Route {
  const root = resolve(options.dir ?? settings().WEB_APP_DIR ?? DEFAULT_WEB_DIST);
  const oidc = options.oidc === undefined ? oidcFromEnvironment() : options.oidc;
  const headers = securityHeaders(contentSecurityPolicy(oidc?.issuer));
  const clock = options.clock ?? systemClock;
  return async (req, res, url) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (url.pathname === "/app-config.json") {
      // Asked anew on every load (never cached): the date moves, in a test even between requests.
      const partners = options.partnerFeatures ?? { unitNames: false };
      sendJson(res, 200, { devRoles: !options.production, oidc, today: clock.today(), ...partners }, { ...headers, "cache-control": "no-store" });
      return true;
    }
    const isApp = APP_PATHS.test(url.pathname);
    const asset = url.pathname.startsWith("/assets/") ? fileUnder(root, url.pathname) : undefined;
    if (!isApp && !asset) return false;
    const file = asset ?? join(root, "index.html");
    if (!existsSync(file)) {
      sendJson(res, 503, { error: "The web app is not built: run npm run build:web" }, headers);
      return true;
    }
    const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
    // Vite names assets by their content hash, so a name's content never changes.
    const caching = asset ? "public, max-age=31536000, immutable" : "no-cache";
    res.writeHead(200, { ...headers, "content-type": type, "content-length": statSync(file).size, "cache-control": caching });
    if (req.method === "HEAD") {
      res.end();
      return true;
    }
    await new Promise<void>((done, fail) => createReadStream(file).on("error", fail).on("end", done).pipe(res));
    return true;
  };
}
