/**
 * `npm run trust -- [folder] [--out manifest.json]`: registers every `.graphql` file of a folder
 * (default: operations/) as a trusted document, for the gateway's TRUSTED_DOCUMENTS mode.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "graphql";
import { OPERATIONS_DIR } from "../gateway/operations.js";
import { manifestOf } from "../gateway/trusted-documents.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string", default: ".data/trusted-documents.json" } } });
const folder = positionals[0] ?? OPERATIONS_DIR;
const documents: string[] = [];
for (const file of readdirSync(folder).filter((f) => f.endsWith(".graphql")).sort()) {
  const document = readFileSync(join(folder, file), "utf8");
  try {
    parse(document);
  } catch (error) {
    console.error(`${file}: not a GraphQL document: ${(error as Error).message}`);
    process.exit(2);
  }
  documents.push(document);
}
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify(manifestOf(documents), null, 2) + "\n");
console.log(`Registered ${documents.length} documents from ${folder} in ${values.out}. Start the gateway with TRUSTED_DOCUMENTS=${values.out}.`);
