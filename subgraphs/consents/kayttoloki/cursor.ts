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
