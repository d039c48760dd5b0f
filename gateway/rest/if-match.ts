/**
 * `If-Match` on PUT and PATCH: the plan's revision the sender last read. GET answers it as
 * `meta.revision` and as the ETag `"N"`, so either form is taken: `3` or `"3"`. Anything else (a
 * weak tag, `*`, a list, a negative or fractional number, text, an empty value) is refused: a
 * condition the sender meant but we could not read must not become a write without one.
 */

/** Revisions are GraphQL Ints: a larger number cannot be one. */
export const MAX_REVISION = 2_147_483_647;
export const REVISION = /^(?:(\d{1,10})|"(\d{1,10})")$/;

export const IF_MATCH_REFUSAL = 'If-Match must be the revision of the plan as GET answers it: a whole number such as 3, or the ETag "3"';

/** The ETag GET answers for a plan at `revision`. */
export function revisionTag(revision: number): string {
  return `"${revision}"`;
}

/**
 * The revision a write is conditional on: null when the request has no `If-Match`, undefined when
 * it has one that is not a revision (the caller refuses the request).
 */
export function ifMatchRevision(header: string | string[] | undefined): number | null | undefined {
  if (header === undefined) return null;
  const match = typeof header === "string" ? REVISION.exec(header) : null;
  if (!match) return undefined;
  const revision = Number(match[1] ?? match[2]);
  return revision <= MAX_REVISION ? revision : undefined;
}
