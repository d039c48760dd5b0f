/**
 * The development explorer: GraphiQL, served whole by the gateway (no CDN, so it works offline),
 * with a picker of the demo roles (each with a freshly minted token, from /dev/roles) and of each
 * role's example operations (operations/*.graphql, from /explorer/operations). The page is at
 * `/explorer`, and at the GraphQL path itself for a browser (a GET that accepts HTML), as Apollo's
 * landing pages are. `/` is left to the web app. Production serves none of it (gateway.ts).
 */
import type { IncomingMessage } from "node:http";
import { sendJson, type Route } from "../../subgraphs/shared/http/http-server.js";
import type { NamedOperation } from "../operations.js";
import { explorerAssets } from "./explorer-assets.js";
import { explorerHtml } from "./explorer-html.js";

export const EXPLORER_PATH = "/explorer";
export const EXPLORER_OPERATIONS_PATH = "/explorer/operations";

/**
 * Scripts from the gateway only (no inline script, no eval); GraphiQL and CodeMirror set inline
 * style attributes, hence 'unsafe-inline' for styles alone; queries go to the gateway only.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const wantsHtml = (req: IncomingMessage) => (req.headers.accept ?? "").includes("text/html");

export function explorerRoutes(operations: NamedOperation[], graphqlPath = "/graphql"): Route[] {
  const assets = explorerAssets();
  const html = explorerHtml(assets);
  const examples = {
    operations: operations.map(({ file, role, description, document, variables, headers }) => ({ file, role, description, document, variables, headers })),
  };
  const page: Route = async (req, res, url) => {
    const isGet = req.method === "GET" || req.method === "HEAD";
    const here = url.pathname === EXPLORER_PATH || url.pathname === `${EXPLORER_PATH}/` || (url.pathname === graphqlPath && wantsHtml(req));
    if (!isGet || !here) return false;
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": EXPLORER_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    });
    res.end(req.method === "HEAD" ? undefined : html);
    return true;
  };
  const examplesRoute: Route = async (req, res, url) => {
    if (url.pathname !== EXPLORER_OPERATIONS_PATH || (req.method !== "GET" && req.method !== "HEAD")) return false;
    sendJson(res, 200, examples);
    return true;
  };
  return [assets.route, examplesRoute, page];
}
