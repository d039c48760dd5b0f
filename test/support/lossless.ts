/**
 * "Every value sent comes back": the places where an answered document loses or changes a value
 * of the sent one. Lists must keep their length and order; instants must be the same instant
 * (`…T10:00:00Z` may come back as `…T10:00:00.000Z`); keys the answer adds (the server's `id`,
 * `eid`, `module-id`, empty lists) are not losses. A sent `id` is the sender's copy of a server
 * id, which the store makes anew, so it is not compared.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

function sameValue(sent: unknown, got: unknown): boolean {
  if (typeof sent === "string" && typeof got === "string" && INSTANT.test(sent)) return Date.parse(sent) === Date.parse(got);
  return sent === got;
}

export function lostValues(sent: unknown, got: unknown, path = ""): string[] {
  if (sent === null || sent === undefined) return [];
  if (Array.isArray(sent)) {
    if (!Array.isArray(got) || got.length !== sent.length) return [`${path}: list of ${sent.length} came back as ${JSON.stringify(got)?.slice(0, 80)}`];
    return sent.flatMap((item, i) => lostValues(item, got[i], `${path}.${i}`));
  }
  if (typeof sent === "object") {
    if (got === null || typeof got !== "object" || Array.isArray(got)) return [`${path}: object came back as ${JSON.stringify(got)}`];
    return Object.entries(sent)
      .filter(([key]) => key !== "id")
      .flatMap(([key, value]) => lostValues(value, (got as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return sameValue(sent, got) ? [] : [`${path}: ${JSON.stringify(sent)} came back as ${JSON.stringify(got)}`];
}
