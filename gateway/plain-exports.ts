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

/**
 * Each package's own exports object, its getters, kept for the test to compare with. Per process,
 * not per evaluation of this module: a test runner may evaluate it again, and must not take the
 * copy for the original then.
 */
const LIVE_EXPORTS = Symbol.for("ehoks.plain-exports.live");
export const liveExports: Map<string, object> = ((globalThis as Record<symbol, Map<string, object>>)[LIVE_EXPORTS] ??= new Map());

function flatten(name: string): void {
  if (liveExports.has(name)) return;
  const path = requireAsGateway.resolve(name);
  const live = requireAsGateway(path) as Record<string, unknown>;
  const cached = requireAsGateway.cache[path];
  if (!cached) return;
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
