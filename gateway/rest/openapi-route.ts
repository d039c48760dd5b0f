/**
 * `GET /api/v1/openapi.json`: the door's contract (openapi-document.ts). Public: it describes the
 * door and discloses no data, so it needs no token, and unlike every other answer of the service
 * it may be cached (by its ETag, the hash of its text: it changes only with a new release).
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { openApiDocument } from "./openapi-document.js";

let served: { text: string; etag: string } | undefined;

/** The document as served, made once per process: it is the same for every caller. */
export function servedOpenApi(restPrefix: string): { text: string; etag: string } {
  if (!served) {
    const text = JSON.stringify(openApiDocument(restPrefix));
    served = { text, etag: `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"` };
  }
  return served;
}

export function sendOpenApi(req: IncomingMessage, res: ServerResponse, restPrefix: string): void {
  const { text, etag } = servedOpenApi(restPrefix);
  const headers = { etag, "cache-control": "public, max-age=3600" };
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(req.method === "HEAD" ? undefined : text);
}
