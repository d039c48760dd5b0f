/** Shows only the visible fields of an object: every other field of the type reads as null. */

export function maskFields<T extends object>(row: T, visible: ReadonlySet<string> | "all", hiddenCandidates: readonly string[]): T {
  if (visible === "all") return row;
  const masked = { ...row } as Record<string, unknown>;
  for (const field of hiddenCandidates) if (!visible.has(field)) masked[field] = null;
  return masked as T;
}
