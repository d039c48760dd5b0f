/** Page sizes of paged queries: 1–100 items, the query's own default when not given. */
import { badUserInput } from "./errors.js";

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, defaultSize: number, argument = "first"): number {
  if (first == null) return defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput([{ path: argument, message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  return first;
}
