/**
 * eHOKS JSON uses kebab-case keys, GraphQL the same keys camelCased; the two map mechanically
 * (`tyopaikan-y-tunnus` ⇄ `tyopaikanYTunnus`), so one pair of functions converts whole documents.
 */

/** Longer than any key of the eHOKS vocabulary (the longest has 43 characters). */
const REMEMBERED_KEY_LENGTH = 64;

/**
 * A key's other spelling, remembered: a plan write converts every key of the plan, and an audit
 * change's path again, from a vocabulary of a few hundred names. Keys come from documents, so
 * only short keys are remembered and only up to a bound: whatever a caller sends cannot grow
 * the memory by more than `bound` × 64 characters.
 */
function remembered(convert: (key: string) => string, bound = 2000): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let converted = known.get(key);
    if (converted === undefined) {
      converted = convert(key);
      if (known.size < bound && key.length <= REMEMBERED_KEY_LENGTH) known.set(key, converted);
    }
    return converted;
  };
}

export const kebabToCamel = remembered((key) => key.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase()));

export const camelToKebab = remembered((key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

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
