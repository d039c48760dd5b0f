/**
 * The explorer's files, served by the gateway itself so the page works with no internet (and on
 * networks that block CDNs): React 18 and GraphiQL 3 as their npm packages ship them (UMD
 * builds), and the page's own script and style. Only the files named here are reachable, each at
 * one exact path with a hash of its content in it, so a browser may keep it for a year; nothing
 * else of node_modules is, and no path is ever joined from the request.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Route } from "../../subgraphs/shared/http/http-server.js";

export const ASSETS_PREFIX = "/explorer/assets/";

const JS = "text/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Each served file: its name in the URL, where it is on disk, and its content type. */
const FILES = {
  "react.production.min.js": { file: () => join(packageDir("react"), "umd", "react.production.min.js"), type: JS },
  "react-dom.production.min.js": { file: () => join(packageDir("react-dom"), "umd", "react-dom.production.min.js"), type: JS },
  "graphiql.min.js": { file: () => join(packageDir("graphiql"), "graphiql.min.js"), type: JS },
  "graphiql.min.css": { file: () => join(packageDir("graphiql"), "graphiql.min.css"), type: CSS },
  "explorer-client.js": { file: () => here("explorer-client.js"), type: JS },
  "explorer.css": { file: () => here("explorer.css"), type: CSS },
} as const;

export type AssetName = keyof typeof FILES;

interface Asset {
  body: Buffer;
  type: string;
}

export interface ExplorerAssets {
  /** The URL path of each file, e.g. `/explorer/assets/3f2a…/graphiql.min.js`. */
  urls: Record<AssetName, string>;
  route: Route;
}

/**
 * Reads the files once (the gateway starts without them missing: a missing package fails here,
 * at start-up, naming the file) and serves them by exact path.
 */
export function explorerAssets(): ExplorerAssets {
  const byPath = new Map<string, Asset>();
  const urls = {} as Record<AssetName, string>;
  for (const [name, { file, type }] of Object.entries(FILES) as [AssetName, (typeof FILES)[AssetName]][]) {
    const body = readFileSync(file());
    const version = createHash("sha256").update(body).digest("hex").slice(0, 16);
    urls[name] = `${ASSETS_PREFIX}${version}/${name}`;
    byPath.set(urls[name], { body, type });
  }
  const route: Route = async (req, res, url) => {
    if (!url.pathname.startsWith(ASSETS_PREFIX)) return false;
    const asset = byPath.get(url.pathname);
    if (!asset || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return true;
    }
    res.writeHead(200, {
      "content-type": asset.type,
      "content-length": asset.body.length,
      // The version is in the path: a changed file gets a new URL, so the old one may live forever.
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "cross-origin-resource-policy": "same-origin",
    });
    res.end(req.method === "HEAD" ? undefined : asset.body);
    return true;
  };
  return { urls, route };
}
