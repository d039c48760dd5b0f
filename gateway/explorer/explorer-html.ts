/**
 * The explorer page: a static shell with no inline script or style, so it can be sent with a
 * Content-Security-Policy that allows scripts from the gateway itself only. The page's own script
 * (explorer-client.js) fills the pickers and mounts GraphiQL.
 */
import type { ExplorerAssets } from "./explorer-assets.js";

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function explorerHtml(assets: ExplorerAssets): string {
  const script = (name: keyof ExplorerAssets["urls"]) => `<script src="${escapeAttribute(assets.urls[name])}"></script>`;
  const style = (name: keyof ExplorerAssets["urls"]) => `<link rel="stylesheet" href="${escapeAttribute(assets.urls[name])}">`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eHOKS graph explorer</title>
${style("graphiql.min.css")}
${style("explorer.css")}
</head>
<body>
<header>
  <h1>eHOKS graph</h1>
  <label>Role <select id="role"></select></label>
  <span id="role-description"></span>
  <label>Example <select id="operation"></select></label>
  <span id="status">Loading the explorer…</span>
</header>
<noscript>The explorer needs JavaScript. Without it, POST GraphQL to this address with curl (see the README).</noscript>
<main id="graphiql"></main>
${script("react.production.min.js")}
${script("react-dom.production.min.js")}
${script("graphiql.min.js")}
${script("explorer-client.js")}
</body>
</html>
`;
}
