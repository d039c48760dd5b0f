/**
 * `npm run compose [-- --partners file.json] [--out file.graphql]`: writes each of our subgraphs'
 * SDL, the supergraph and the clients' API schema (api.graphql) into schema/, to be committed.
 * Partners come from `schema/partners.json` when it exists (or the file given); a deployment with
 * partners writes its supergraph with `--out` (and its API schema beside it, as `<name>.api.graphql`)
 * so that the committed ones stay ours alone.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { composeSupergraph, CompositionFailed } from "./composition.js";
import { PartnerConfigError, readPartnerConfig } from "./partner-config.js";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const cwd = process.env.INIT_CWD ?? process.cwd();

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

try {
  const partnersFile = option("partners") ? resolve(cwd, option("partners")!) : here("./partners.json");
  const partners = await readPartnerConfig(partnersFile);
  const { subgraphSdl, supergraphSdl, apiSdl } = await composeSupergraph(partners);
  for (const [name, sdl] of Object.entries(subgraphSdl)) writeFileSync(here(`./${name}.graphql`), sdl.trimEnd() + "\n");
  const out = option("out") ? resolve(cwd, option("out")!) : here("./supergraph.graphql");
  writeFileSync(out, supergraphSdl.trimEnd() + "\n");
  const apiOut = option("out") ? out.replace(/(\.graphql)?$/, ".api.graphql") : here("./api.graphql");
  writeFileSync(apiOut, apiSdl.trimEnd() + "\n");
  const names = [...Object.keys(subgraphSdl), ...partners.map((p) => `${p.name} (partner)`)];
  console.log(`Composed ${names.join(", ")} into ${out} (clients' API schema: ${apiOut})`);
  process.exit(0);
} catch (error) {
  if (error instanceof CompositionFailed || error instanceof PartnerConfigError) console.error(error.message);
  else console.error(`Composition failed: ${String(error)}`);
  process.exit(1);
}
