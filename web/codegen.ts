/**
 * graphql-codegen for the web app (`npm run codegen`): types for every document under
 * src/operations/ from the client-facing schema, into src/gql/, and for the documents that ask a
 * partner composed in (src/operations/partner/) from that schema with the partner's contract
 * (schema/partners/), into src/gql-partner/ (both committed; test/web-codegen.test.ts fails when
 * they drift). Documents are plain strings (documentMode "string"): the app sends the
 * text, the gateway's trusted-documents mode matches it, and no GraphQL parser ships to browsers.
 */
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The composed, client-facing schema (npm run compose). */
export const API_SCHEMA = here("../schema/api.graphql");

/** What the app asks of a curriculum partner when one is composed in. */
export const CURRICULUM_PARTNER_CONTRACT = here("../schema/partners/curriculum-names.graphql");

const slashed = (dir: string) => (dir.endsWith("/") ? dir : `${dir}/`);

const CLIENT_OUTPUT = {
  preset: "client",
  presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
  config: {
    documentMode: "string",
    useTypeImports: true,
    enumsAsTypes: true,
    skipTypename: true,
    scalars: { LocalDate: "string", DateTimeISO: "string", JSON: "unknown", JSONObject: "Record<string, unknown>" },
  },
} as const;

export const GENERATED_DIRS = { app: here("./src/gql/"), partner: here("./src/gql-partner/") };

export function codegenConfig(outDirs: typeof GENERATED_DIRS = GENERATED_DIRS): CodegenConfig {
  return {
    overwrite: true,
    silent: true,
    ignoreNoDocuments: false,
    generates: {
      [slashed(outDirs.app)]: { ...CLIENT_OUTPUT, schema: API_SCHEMA, documents: [here("./src/operations/*.graphql")] },
      [slashed(outDirs.partner)]: { ...CLIENT_OUTPUT, schema: [API_SCHEMA, CURRICULUM_PARTNER_CONTRACT], documents: [here("./src/operations/partner/*.graphql")] },
    },
  };
}

export default codegenConfig();
