/**
 * `npm run trust -- [folder] [--out manifest.json] [--no-web]`: registers every `.graphql` file of a
 * folder (default: operations/) as a trusted document, for the gateway's TRUSTED_DOCUMENTS mode,
 * and with them every operation the web app sends (web/src/operations, as graphql-codegen wrote
 * them into web/src/gql with their fragments: the exact text the app posts), so a production
 * gateway accepts exactly what its own frontend sends. `--no-web` leaves the app's out.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Kind, parse } from "graphql";
import { OPERATIONS_DIR } from "../gateway/operations.js";
import { manifestOf } from "../gateway/trusted-documents.js";
import * as webDocuments from "../web/src/gql/graphql.js";
import * as partnerDocuments from "../web/src/gql-partner/graphql.js";

/**
 * The text of each operation the web app sends (fragments are sent inside the operations using
 * them), the partner's too: the app sends those only where the partner is composed in.
 */
export function webAppDocuments(): string[] {
  const generated = [
    ...(Object.values(webDocuments) as unknown[]).filter((value) => value instanceof webDocuments.TypedDocumentString),
    ...(Object.values(partnerDocuments) as unknown[]).filter((value) => value instanceof partnerDocuments.TypedDocumentString),
  ];
  return generated
    .map((document) => String(document))
    .filter((text) => parse(text).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION))
    .sort();
}

function folderDocuments(folder: string): string[] {
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
  return documents;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string", default: ".data/trusted-documents.json" }, "no-web": { type: "boolean", default: false } },
  });
  const folder = positionals[0] ?? OPERATIONS_DIR;
  const documents = folderDocuments(folder);
  const web = values["no-web"] ? [] : webAppDocuments();
  mkdirSync(dirname(values.out!), { recursive: true });
  writeFileSync(values.out!, JSON.stringify(manifestOf([...documents, ...web]), null, 2) + "\n");
  const app = web.length ? ` and ${web.length} of the web app` : "";
  console.log(`Registered ${documents.length} documents from ${folder}${app} in ${values.out}. Start the gateway with TRUSTED_DOCUMENTS=${values.out}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
