/**
 * Page cursors of the access logs: the position (time, id) of the last entry of a page, opaque to
 * callers. A cursor that does not decode is the caller's mistake, named at its argument.
 */
import { badUserInput } from "../../shared/errors.js";

export interface LogPosition {
  occurredAt: Date;
  id: number;
}

export function encodeCursor(position: LogPosition): string {
  return Buffer.from(`${position.occurredAt.toISOString()}|${position.id}`).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, argument = "after"): LogPosition | undefined {
  if (cursor == null) return undefined;
  const [time, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const occurredAt = new Date(time ?? "");
  if (!id || !/^\d{1,18}$/.test(id) || Number.isNaN(occurredAt.getTime())) throw badUserInput([{ path: argument, message: "is not a cursor this log gave" }]);
  return { occurredAt, id: Number(id) };
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, argument = "first"): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput([{ path: argument, message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  return first;
}
