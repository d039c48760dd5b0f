/**
 * What a response must never tell a caller when something fails behind the edge: host names,
 * addresses and ports of the parts behind it, socket error names, stack traces, paths into
 * node_modules, or SQL. Shared by the failure and fuzz tests.
 */

export interface Leak {
  what: string;
  found: string;
}

const INTERNAL_DETAIL: { what: string; pattern: RegExp }[] = [
  { what: "loopback address", pattern: /127\.0\.0\.1/ },
  { what: "localhost", pattern: /localhost/i },
  { what: "an internal URL", pattern: /https?:\/\/(?!www\.ecma-international\.org\/|specs\.apollo\.dev\/)[^\s"'\\]+/i },
  { what: "socket error", pattern: /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE|UND_ERR_/ },
  { what: "fetch failure text", pattern: /fetch failed|socket hang up|other side closed/i },
  { what: "abort text", pattern: /operation was aborted|AbortError|TimeoutError/ },
  { what: "stack trace", pattern: /\n\s+at |\\n\s+at | {4}at [\w.<>]+ \(|"stacktrace"/ },
  { what: "node_modules path", pattern: /node_modules/ },
  { what: "source path", pattern: /\/work\/|file:\/\/|\.ts:\d+/ },
  { what: "SQL text", pattern: /\bselect\s+[\w"*]|\binsert into\b|\bsyntax error at or near\b|\bFailed query\b|\bfrom\s+"\w+"\."\w+"/i },
  { what: "PostgreSQL error text", pattern: /terminating connection|administrator command|connection terminated|relation "[^"]+" does not exist|invalid byte sequence|duplicate key value|violates (?:unique|foreign key|check|not-null) constraint|\bpostgres(?:ql)?\b|\bpglite\b|\bdrizzle\b/i },
  { what: "subgraph response details", pattern: /"response"\s*:\s*\{|"statusText"/ },
];

/**
 * The internal details in `text`. A detail the request itself carried (the caller's own input,
 * echoed in a parse or validation error) is not a leak: pass the request text as `sent`.
 */
export function internalDetails(text: string, options: { sent?: string; alsoForbidden?: (string | RegExp)[] } = {}): Leak[] {
  const sent = options.sent ?? "";
  const leaks: Leak[] = [];
  const check = (what: string, pattern: RegExp) => {
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const found = match[0];
      if (sent && new RegExp(escapeRegExp(found), "i").test(sent)) continue;
      leaks.push({ what, found: excerpt(text, match.index ?? 0) });
      return;
    }
  };
  for (const { what, pattern } of INTERNAL_DETAIL) check(what, pattern);
  for (const extra of options.alsoForbidden ?? []) {
    check(`forbidden ${String(extra)}`, typeof extra === "string" ? new RegExp(escapeRegExp(extra)) : extra);
  }
  return leaks;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 60), at + 100);
}
