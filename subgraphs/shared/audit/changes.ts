/**
 * The changes of a write as the audit trail records them: one entry per leaf value that differs,
 * with its path (eHOKS kebab-case keys, list positions as indexes, as validation names paths)
 * and its old and new value. A missing value and `null` are the same: neither is data.
 */
import type { AuditChange } from "../../../drizzle/schema/index.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);

const isAbsent = (value: unknown) => value === null || value === undefined;

/** Dates as ISO text, so that a stored instant and the same instant as sent compare equal. */
const leaf = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function changesBetween(before: unknown, after: unknown, keyName: (key: string) => string = (k) => k, path = ""): AuditChange[] {
  if (isObject(before) || isObject(after)) {
    const a = isObject(before) ? before : {};
    const b = isObject(after) ? after : {};
    if (!isObject(before) && !isAbsent(before)) return [{ path, oldValue: leaf(before), newValue: b }];
    if (!isObject(after) && !isAbsent(after)) return [{ path, oldValue: a, newValue: leaf(after) }];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => changesBetween(a[key], b[key], keyName, join(path, keyName(key))));
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    const a = Array.isArray(before) ? before : [];
    const b = Array.isArray(after) ? after : [];
    if (!Array.isArray(before) && !isAbsent(before)) return [{ path, oldValue: leaf(before), newValue: b }];
    if (!Array.isArray(after) && !isAbsent(after)) return [{ path, oldValue: a, newValue: leaf(after) }];
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => changesBetween(a[i], b[i], keyName, join(path, i))).flat();
  }
  if (isAbsent(before) && isAbsent(after)) return [];
  if (JSON.stringify(leaf(before)) === JSON.stringify(leaf(after))) return [];
  const change: AuditChange = { path };
  if (!isAbsent(before)) change.oldValue = leaf(before);
  if (!isAbsent(after)) change.newValue = leaf(after);
  return [change];
}
