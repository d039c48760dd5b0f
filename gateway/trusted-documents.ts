/**
 * Trusted documents: an optional mode (`TRUSTED_DOCUMENTS=manifest.json`) in which the gateway
 * runs only registered operations, for first-party frontends. A request names a registered
 * document by hash (`documentId: "sha256:<hex>"`, or Apollo's
 * `extensions.persistedQuery.sha256Hash`) or sends its text; anything else is refused.
 * `npm run trust -- <folder>` writes the manifest from a folder of `.graphql` files.
 *
 * Text is matched by the operation it spells, not byte for byte: the manifest keeps each file
 * as written, with its comments and final newline, and hardly any way of sending it keeps those
 * (a shell's `$(cat …)` or `jq -r` drops the final newline, a checkout may turn it into CRLF, a
 * client prints the parsed document without comments). Two texts that parse to the same document
 * are the same operation, so accepting one for the other lets nothing new run.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Lexer, parse, print, Source, TokenKind } from "graphql";

export interface TrustedDocuments {
  /** Each document by the SHA-256 (hex) of its text as registered. */
  byHash: ReadonlyMap<string, string>;
  /** Each document by its canonical text (canonicalText). */
  byCanonicalText: ReadonlyMap<string, string>;
  /** The most tokens any registered document has: a longer text cannot be one of them. */
  maxTokens: number;
}

export function documentHash(document: string): string {
  return createHash("sha256").update(document, "utf8").digest("hex");
}

/** The manifest: `{ "sha256:<hex>": "<document>" }`. */
export function manifestOf(documents: string[]): Record<string, string> {
  return Object.fromEntries(documents.map((d) => [`sha256:${documentHash(d)}`, d]).sort(([a], [b]) => a!.localeCompare(b!)));
}

/** The document printed from its syntax tree: no comments, one spelling of whitespace. */
function canonicalText(document: string, maxTokens?: number): string | undefined {
  try {
    return print(parse(document, { noLocation: true, maxTokens }));
  } catch {
    return undefined;
  }
}

function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

export function trustedDocumentsOf(documents: Iterable<string>): TrustedDocuments {
  const byHash = new Map<string, string>();
  const byCanonicalText = new Map<string, string>();
  let maxTokens = 0;
  for (const document of documents) {
    const canonical = canonicalText(document);
    if (canonical === undefined) throw new Error(`A trusted document is not a GraphQL document: ${document.slice(0, 80)}`);
    byHash.set(documentHash(document), document);
    byCanonicalText.set(canonical, document);
    maxTokens = Math.max(maxTokens, tokenCount(document));
  }
  return { byHash, byCanonicalText, maxTokens };
}

export function loadTrustedDocuments(path: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  for (const [id, document] of Object.entries(manifest)) {
    if (id !== `sha256:${documentHash(document)}`) throw new Error(`${path}: ${id} does not match its document's hash`);
  }
  return trustedDocumentsOf(Object.values(manifest));
}

export const UNTRUSTED_DOCUMENT = {
  message: "Only registered operations are accepted here: send a registered document's id (documentId: \"sha256:…\") or its text",
  extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
};

/** A hash as sent: hex, with or without the manifest's `sha256:` prefix. */
function hashOf(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value.replace(/^sha256:/i, "").toLowerCase() : undefined;
}

/** The registered document a text spells, if any (the exact text first: no parse needed). */
function documentForText(text: string, documents: TrustedDocuments): string | undefined {
  const exact = documents.byHash.get(documentHash(text));
  if (exact !== undefined) return exact;
  const canonical = canonicalText(text, documents.maxTokens);
  return canonical === undefined ? undefined : documents.byCanonicalText.get(canonical);
}

/** The request body with the registered document's text in `query`, or null when it names none. */
export function resolveTrustedDocument(body: unknown, documents: TrustedDocuments): Record<string, unknown> | null {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const request = body as Record<string, unknown>;
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery?.sha256Hash;
  const id = hashOf(request.documentId) ?? hashOf(persisted);
  const text = typeof request.query === "string" ? request.query : undefined;
  const byId = id === undefined ? undefined : documents.byHash.get(id);
  const byText = text === undefined ? undefined : documentForText(text, documents);
  // An id and a text must both name the same registered document.
  const document = id !== undefined && text !== undefined ? (byId === byText ? byId : undefined) : (byId ?? byText);
  if (document === undefined) return null;
  const { documentId: _id, extensions, ...rest } = request;
  const { persistedQuery: _persisted, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  return { ...rest, query: document, ...(Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {}) };
}
