/**
 * Trusted documents: an optional mode (`TRUSTED_DOCUMENTS=manifest.json`) in which the gateway
 * runs only registered operations, for first-party frontends. A request names a registered
 * document by hash (`documentId: "sha256:<hex>"`, or Apollo's
 * `extensions.persistedQuery.sha256Hash`) or sends its exact text; anything else is refused.
 * `npm run trust -- <folder>` writes the manifest from a folder of `.graphql` files.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export type TrustedDocuments = ReadonlyMap<string, string>;

export function documentHash(document: string): string {
  return createHash("sha256").update(document, "utf8").digest("hex");
}

/** The manifest: `{ "sha256:<hex>": "<document>" }`. */
export function manifestOf(documents: string[]): Record<string, string> {
  return Object.fromEntries(documents.map((d) => [`sha256:${documentHash(d)}`, d]).sort(([a], [b]) => a!.localeCompare(b!)));
}

export function loadTrustedDocuments(path: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(manifest)) {
    if (id !== `sha256:${documentHash(document)}`) throw new Error(`${path}: ${id} does not match its document's hash`);
    documents.set(documentHash(document), document);
  }
  return documents;
}

export const UNTRUSTED_DOCUMENT = {
  message: "Only registered operations are accepted here: send a registered document's id (documentId: \"sha256:…\")",
  extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
};

/** The request body with the registered document's text in `query`, or null when it names none. */
export function resolveTrustedDocument(body: unknown, documents: TrustedDocuments): Record<string, unknown> | null {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const request = body as Record<string, unknown>;
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  const id = typeof request.documentId === "string" ? request.documentId.replace(/^sha256:/, "") : typeof persisted === "string" ? persisted : undefined;
  const text = typeof request.query === "string" ? request.query : undefined;
  const hash = id ?? (text !== undefined ? documentHash(text) : undefined);
  const document = hash ? documents.get(hash) : undefined;
  if (!document || (text !== undefined && text !== document)) return null;
  const { documentId: _id, extensions, ...rest } = request;
  const { persistedQuery: _persisted, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  return { ...rest, query: document, ...(Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {}) };
}
