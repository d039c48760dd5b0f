/**
 * eHOKS JSON uses kebab-case keys, GraphQL the same keys camelCased; the two map mechanically
 * (`tyopaikan-y-tunnus` ⇄ `tyopaikanYTunnus`), so one pair of functions converts whole documents.
 */

/**
 * A key's other spelling, remembered: a plan write converts every key of the plan, and an audit
 * change's path again, from a vocabulary of a few hundred names. Keys come from documents, so
 * the memory stops growing at a bound instead of remembering whatever a caller sends.
 */
function remembered(convert: (key: string) => string, bound = 2000): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let converted = known.get(key);
    if (converted === undefined) {
      converted = convert(key);
      if (known.size < bound) known.set(key, converted);
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
