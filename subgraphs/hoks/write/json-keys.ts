/**
 * eHOKS JSON uses kebab-case keys, GraphQL the same keys camelCased; the two map mechanically
 * (`tyopaikan-y-tunnus` ⇄ `tyopaikanYTunnus`), so one pair of functions converts whole documents.
 */
import { remembered } from "../../shared/remembered.js";

/**
 * A key's other spelling, remembered: a plan write converts every key of the plan, and an audit
 * change's path again, from a vocabulary of a few hundred names. Keys come from documents, so
 * only keys up to 64 characters (the vocabulary's longest has 43) and at most 2 000 of them:
 * whatever a caller sends cannot grow the memory further.
 */
const rememberedKey = (convert: (key: string) => string) => remembered(convert, { bound: 2000, mayRemember: (key) => key.length <= 64 });

export const kebabToCamel = rememberedKey((key) => key.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase()));

export const camelToKebab = rememberedKey((key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

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
