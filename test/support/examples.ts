/** The shared eHOKS v1 example documents (../shared/examples/ehoks-v1), read as they are. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function exampleDocument<T = Record<string, unknown>>(name: string): T {
  const path = fileURLToPath(new URL(`../../../shared/examples/ehoks-v1/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, "utf8")) as T;
}
