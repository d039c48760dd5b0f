/**
 * Plain exports for the CommonJS packages @apollo/gateway calls into on every request. Import this
 * module first in a process that runs the gateway (test/plain-exports.test.ts checks the entry
 * points), before anything loads @apollo/gateway.
 *
 * TypeScript's CommonJS output re-exports a package's modules from its index with one getter per
 * name (`__exportStar`). @apollo/federation-internals has ~300 of them, and V8 keeps that exports
 * object as a dictionary, so each `federation_internals_1.isListType(…)` in the gateway's result
 * shaping is a hash lookup and a getter call: a third of the time result shaping took. With plain
 * exports, `computeResponse` of an official's page went from 102 to 40 µs, of a full plan from
 * 139 to 59, of an instructor's assignments from 888 to 379 (2026-12-01, in-process, answers the
 * ladder's gateway shaped). This puts in Node's module cache, in place of each package's exports,
 * a copy whose properties are the values themselves; every later `require` gets the copy.
 *
 * A copy is right only while each getter would still answer the same: they return what the
 * package's modules exported when they loaded, which none of them reassigns afterwards (the test
 * compares every value with its getter's after the gateway served).
 */
import { createRequire } from "node:module";

/** Resolved as @apollo/gateway resolves them: the same files it loads. */
const requireAsGateway = createRequire(createRequire(import.meta.url).resolve("@apollo/gateway"));

export const FLATTENED_PACKAGES = ["@apollo/federation-internals", "@apollo/query-planner"] as const;

/** Each package's own exports object, its getters, kept for the test to compare with. */
export const liveExports = new Map<string, object>();

function flatten(name: string): void {
  const path = requireAsGateway.resolve(name);
  const live = requireAsGateway(path) as Record<string, unknown>;
  const cached = requireAsGateway.cache[path];
  if (!cached || liveExports.has(name)) return;
  const plain: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(live)) {
    const { enumerable } = Object.getOwnPropertyDescriptor(live, key)!;
    Object.defineProperty(plain, key, { value: live[key], enumerable, writable: false, configurable: false });
  }
  liveExports.set(name, live);
  cached.exports = plain;
}

for (const name of FLATTENED_PACKAGES) flatten(name);

/** What `require(name)` gives @apollo/gateway now. */
export const exportsAsGatewaySees = (name: string): object => requireAsGateway(name) as object;
