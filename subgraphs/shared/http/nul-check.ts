/**
 * A NUL character is never part of our data, and PostgreSQL refuses it in text, so a request
 * carrying one is refused before it runs. The check reads decoded values: a JSON string's NUL,
 * or a GraphQL string escape `\u0000` in a document; six ordinary characters that merely spell
 * `\u0000` (an escaped backslash before them) are not a NUL.
 */

/** `\u0000` as an escape: preceded by an even number of backslashes (none counts). */
const NUL_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\u0000/i;

/** Whether a decoded request value carries a NUL; `query` values are GraphQL documents. */
export function carriesNul(value: unknown, key?: string): boolean {
  if (typeof value === "string") return value.includes("\u0000") || (key === "query" && NUL_ESCAPE.test(value));
  if (Array.isArray(value)) return value.some((item) => carriesNul(item));
  if (value !== null && typeof value === "object") return Object.entries(value).some(([k, v]) => carriesNul(v, k));
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
