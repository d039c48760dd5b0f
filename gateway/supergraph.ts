/** The committed supergraph: composed by `npm run compose`, served by the gateway as it is. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SUPERGRAPH_PATH = fileURLToPath(new URL("../schema/supergraph.graphql", import.meta.url));

export function readSupergraph(path = SUPERGRAPH_PATH): string {
  return readFileSync(path, "utf8");
}
