/**
 * Page cursors of the access logs: the position (time, row id, place in the row) of the last entry
 * of a page, opaque to callers (shared/pagination.ts). A cursor that does not decode is the
 * caller's mistake, named at its argument. Cursors given out before rows held several entries have
 * no place, and still decode.
 */
import { decodeCursor as decodeListCursor, encodeCursor as encodeListCursor } from "../../shared/pagination.js";

export interface LogPosition {
  occurredAt: Date;
  id: number;
  /** The entry's place in its row (audit.entry_target's `item`). */
  item?: number;
}

const KIND = "loki";

export function encodeCursor(position: LogPosition): string {
  return encodeListCursor(KIND, [position.occurredAt.toISOString(), String(position.id), ...(position.item === undefined ? [] : [String(position.item)])]);
}

export function decodeCursor(cursor: string | null | undefined, argument = "after"): LogPosition | undefined {
  const parts = decodeListCursor(
    KIND,
    cursor,
    ([time, id, item, ...rest]) => /^\d{1,18}$/.test(id ?? "") && (item === undefined || /^\d{1,9}$/.test(item)) && rest.length === 0 && !Number.isNaN(new Date(time ?? "").getTime()),
    argument,
  );
  return parts && { occurredAt: new Date(parts[0]!), id: Number(parts[1]), ...(parts[2] === undefined ? {} : { item: Number(parts[2]) }) };
}
