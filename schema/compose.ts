/** `npm run compose`: writes each subgraph's SDL and the supergraph into schema/, to be committed. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { composeSupergraph, CompositionFailed } from "./composition.js";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

try {
  const { subgraphSdl, supergraphSdl } = await composeSupergraph();
  for (const [name, sdl] of Object.entries(subgraphSdl)) writeFileSync(here(`./${name}.graphql`), sdl.trimEnd() + "\n");
  writeFileSync(here("./supergraph.graphql"), supergraphSdl.trimEnd() + "\n");
  console.log(`Composed ${Object.keys(subgraphSdl).join(", ")} into schema/supergraph.graphql`);
  process.exit(0);
} catch (error) {
  console.error(error instanceof CompositionFailed ? error.message : `Composition failed: ${String(error)}`);
  process.exit(1);
}
