/**
 * A NUL character is never part of our data, and PostgreSQL refuses it in text, so a request
 * carrying one is refused before it runs. The check reads decoded values: a JSON string's NUL,
 * or a GraphQL string escape `\u0000` in a document; six ordinary characters that merely spell
 * `\u0000` (an escaped backslash before them) are not a NUL.
 */

/** `\u0000` as an escape: preceded by an even number of backslashes (none counts). */
const NUL_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\u0000/i;

/**
 * Whether a decoded request value carries a NUL; `query` values are GraphQL documents. Walks with
 * an explicit stack: a request's JSON is user input, and its depth must not decide whether we
 * answer (the HTTP host also refuses bodies nested too deeply, json-depth.ts).
 */
export function carriesNul(value: unknown, key?: string): boolean {
  const pending: { value: unknown; key?: string }[] = [{ value, key }];
  while (pending.length > 0) {
    const { value: current, key: currentKey } = pending.pop()!;
    if (typeof current === "string") {
      if (current.includes("\u0000") || (currentKey === "query" && NUL_ESCAPE.test(current))) return true;
    } else if (Array.isArray(current)) {
      for (const item of current) pending.push({ value: item });
    } else if (current !== null && typeof current === "object") {
      for (const [k, v] of Object.entries(current)) {
        if (k.includes("\u0000")) return true;
        pending.push({ value: v, key: k });
      }
    }
  }
  return false;
}

/** The GraphQL request a GET carries in its query string, decoded as the server will decode it. */
export function searchRequest(params: URLSearchParams): Record<string, unknown> {
  const request: Record<string, unknown> = Object.fromEntries(params);
  for (const key of ["variables", "extensions"]) {
    try {
      if (typeof request[key] === "string") request[key] = JSON.parse(request[key] as string);
    } catch {
      // Left as text: Apollo Server refuses it as malformed.
    }
  }
  return request;
}
