/**
 * The eHOKS v1 example documents. The originals live in ../shared/examples/ehoks-v1; the repo
 * keeps a copy in drizzle/seed/ehoks-v1 (the demo seed) so that a clone without ../shared beside
 * it still runs its tests. The originals win when present, and a test keeps the copy in step.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SHARED_EXAMPLES_DIR = fileURLToPath(new URL("../../../shared/examples/ehoks-v1/", import.meta.url));
export const VENDORED_EXAMPLES_DIR = fileURLToPath(new URL("../../drizzle/seed/ehoks-v1/", import.meta.url));

export const sharedExamplesPresent = existsSync(SHARED_EXAMPLES_DIR);

export function examplePath(name: string): string {
  return (sharedExamplesPresent ? SHARED_EXAMPLES_DIR : VENDORED_EXAMPLES_DIR) + name;
}

export function exampleDocument<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(examplePath(name), "utf8")) as T;
}

export function exampleNames(dir = sharedExamplesPresent ? SHARED_EXAMPLES_DIR : VENDORED_EXAMPLES_DIR): string[] {
  return readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
}

export interface InvalidExample {
  name: string;
  /** Refused as a patch of the full plan rather than as a create. */
  asPatch: boolean;
  /** Where the README says the error points. */
  path: string;
}

/** The README's table of invalid examples: each file, how it is sent, and where its error points. */
export function invalidExamples(): InvalidExample[] {
  const readme = readFileSync(examplePath("README.md"), "utf8");
  return [...readme.matchAll(/^\| (invalid-[\w-]+\.json)( \(as a patch\))? \| [^|]+ \| ([^|]+?) \|$/gm)].map((m) => ({
    name: m[1]!,
    asPatch: Boolean(m[2]),
    path: m[3]!.trim(),
  }));
}
