/**
 * How deeply a request's JSON may nest. JSON.parse itself takes any depth (V8 parses without
 * recursion), but much that follows does recurse: JSON.stringify (the gateway forwarding
 * variables, hashing a document), key mapping, comparisons. A body nested 100 000 levels deep
 * would overflow the stack there and answer 500, so every JSON body and JSON query parameter is
 * measured right after parsing, without recursion, and refused as a 400 when it nests deeper than
 * this. The deepest plan document is about ten levels (a common unit's area's period's workplace
 * instructor), a GraphQL request adds two: 64 leaves room for any legitimate document.
 */

export const MAX_JSON_DEPTH = 64;

/** The words a refusal uses after naming what it refuses, so that every door says it the same way. */
export const TOO_DEEP = `is nested deeper than ${MAX_JSON_DEPTH} levels`;

/**
 * Whether a parsed JSON value nests deeper than `limit` (an object or list is one level, its
 * members one more). Walks with an explicit stack and stops at the first value past the limit.
 */
export function nestsDeeperThan(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (depth + 1 > limit) return true;
    for (const member of Object.values(current)) {
      if (member !== null && typeof member === "object") pending.push({ value: member, depth: depth + 1 });
    }
  }
  return false;
}
