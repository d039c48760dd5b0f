/**
 * Plain exports for the CommonJS packages @apollo/gateway calls into on every request. The modules
 * that load @apollo/gateway import this first (apollo-gateway.ts, subgraph-data-source.ts), so it
 * runs before @apollo/gateway whatever a process imports first (test/plain-exports.test.ts starts
 * a process from each of them and checks).
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
 * Whether a module of @apollo/gateway has required one of the packages already, and so holds its
 * getters. (Node's ESM loader puts a CommonJS module's entry in the cache before running it, so an
 * entry alone says nothing; the modules a module required are its `children`.)
 */
function gatewayRequiredAlready(): boolean {
  const packages = new Set(FLATTENED_PACKAGES.map((name) => requireAsGateway.resolve(name)));
  return Object.entries(requireAsGateway.cache).some(
    ([path, module]) => path.includes("/@apollo/gateway/dist/") && module?.children.some((child) => packages.has(child.id)),
  );
}

interface Flattened {
  /** Each package's own exports object, its getters, kept for the test to compare with. */
  live: Map<string, object>;
  /** Whether @apollo/gateway had taken the getters before the copies were made (then it keeps them). */
  tooLate: boolean;
}

// Per process, not per evaluation of this module: a test runner may evaluate it again, and must
// not take the copy for the original then.
const FLATTENED = Symbol.for("ehoks.plain-exports");
const flattened: Flattened = ((globalThis as Record<symbol, Flattened>)[FLATTENED] ??= { live: new Map(), tooLate: gatewayRequiredAlready() });
export const liveExports = flattened.live;
export const flattenedTooLate = (): boolean => flattened.tooLate;

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
