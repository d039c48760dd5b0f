/**
 * Page cursors of the access logs: the position (time, id) of the last entry of a page, opaque to
 * callers (shared/pagination.ts). A cursor that does not decode is the caller's mistake, named at
 * its argument.
 */
import { decodeCursor as decodeListCursor, encodeCursor as encodeListCursor } from "../../shared/pagination.js";

export interface LogPosition {
  occurredAt: Date;
  id: number;
}

const KIND = "loki";

export function encodeCursor(position: LogPosition): string {
  return encodeListCursor(KIND, [position.occurredAt.toISOString(), String(position.id)]);
}

export function decodeCursor(cursor: string | null | undefined, argument = "after"): LogPosition | undefined {
  const parts = decodeListCursor(KIND, cursor, ([time, id]) => /^\d{1,18}$/.test(id ?? "") && !Number.isNaN(new Date(time ?? "").getTime()), argument);
  return parts && { occurredAt: new Date(parts[0]!), id: Number(parts[1]) };
}
