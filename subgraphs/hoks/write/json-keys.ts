/**
 * eHOKS JSON uses kebab-case keys, GraphQL the same keys camelCased; the two map mechanically
 * (`tyopaikan-y-tunnus` ⇄ `tyopaikanYTunnus`), so one pair of functions converts whole documents.
 */

export function kebabToCamel(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export function camelToKebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function mapKeys(value: unknown, mapKey: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapKeys(v, mapKey));
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [mapKey(k), mapKeys(v, mapKey)]));
  }
  return value;
}

export function camelizeKeys<T = unknown>(document: unknown): T {
  return mapKeys(document, kebabToCamel) as T;
}

export function kebabizeKeys<T = unknown>(document: unknown): T {
  return mapKeys(document, camelToKebab) as T;
}
