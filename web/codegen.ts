/**
 * graphql-codegen for the web app (`npm run codegen`): types for every document under
 * src/operations/ from the client-facing schema, into src/gql/ (committed; test/web-codegen.test.ts
 * fails when it drifts). Documents are plain strings (documentMode "string"): the app sends the
 * text, the gateway's trusted-documents mode matches it, and no GraphQL parser ships to browsers.
 */
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The composed, client-facing schema (npm run compose). */
export const API_SCHEMA = here("../schema/api.graphql");

export function codegenConfig(outDir = here("./src/gql/")): CodegenConfig {
  return {
    overwrite: true,
    silent: true,
    schema: API_SCHEMA,
    documents: [here("./src/operations/*.graphql")],
    ignoreNoDocuments: false,
    generates: {
      [outDir.endsWith("/") ? outDir : `${outDir}/`]: {
        preset: "client",
        presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
        config: {
          documentMode: "string",
          useTypeImports: true,
          enumsAsTypes: true,
          skipTypename: true,
          scalars: { LocalDate: "string", DateTimeISO: "string", JSON: "unknown", JSONObject: "Record<string, unknown>" },
        },
      },
    },
  };
}

export default codegenConfig();
