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

const sameName = (key: string) => key;

/**
 * The changes from `before` to `after`. On a plan write this walks every value of the plan (a
 * create's every leaf is a change), so it collects into one list instead of building one per
 * level, and it compares leaves by identity before their JSON.
 */
export function changesBetween(before: unknown, after: unknown, keyName: (key: string) => string = sameName): AuditChange[] {
  const changes: AuditChange[] = [];
  collect(before, after, keyName, "", changes);
  return changes;
}

function collect(before: unknown, after: unknown, keyName: (key: string) => string, path: string, changes: AuditChange[]): void {
  if (isObject(before) || isObject(after)) {
    // An object where there was a leaf (or the other way round) is one change of the whole value.
    if (!isObject(before) && !isAbsent(before)) return void changes.push({ path, oldValue: leaf(before), newValue: after });
    if (!isObject(after) && !isAbsent(after)) return void changes.push({ path, oldValue: before, newValue: leaf(after) });
    const a = isObject(before) ? before : {};
    const b = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) collect(a[key], b[key], keyName, join(path, keyName(key)), changes);
    return;
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    if (!Array.isArray(before) && !isAbsent(before)) return void changes.push({ path, oldValue: leaf(before), newValue: after });
    if (!Array.isArray(after) && !isAbsent(after)) return void changes.push({ path, oldValue: before, newValue: leaf(after) });
    const a = Array.isArray(before) ? before : [];
    const b = Array.isArray(after) ? after : [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) collect(a[i], b[i], keyName, join(path, i), changes);
    return;
  }
  if (isAbsent(before) && isAbsent(after)) return;
  const [old, now] = [leaf(before), leaf(after)];
  if (old === now || JSON.stringify(old) === JSON.stringify(now)) return;
  const change: AuditChange = { path };
  if (!isAbsent(before)) change.oldValue = old;
  if (!isAbsent(after)) change.newValue = now;
  changes.push(change);
}
