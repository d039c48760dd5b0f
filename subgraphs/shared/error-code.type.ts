/**
 * The error-code catalogue (error-codes.ts) as a documentation-only GraphQL enum, so that schema
 * readers, IDEs and code generators see every code with its meaning, HTTP status and what to do.
 * Errors carry the code as a string in `extensions.code`; the enum names the strings.
 */
import { registerEnumType } from "type-graphql";
import { ERROR_CODE_NAMES, ERROR_CODES, type ErrorCodeEntry, type ErrorCodeName } from "./error-codes.js";

export const ErrorCode = Object.fromEntries(ERROR_CODE_NAMES.map((code) => [code, code])) as { [Code in ErrorCodeName]: Code };

function describe(entry: ErrorCodeEntry): string {
  const statuses = [entry.graphqlStatus && `/graphql ${entry.graphqlStatus}`, entry.restStatus && `REST ${entry.restStatus}`].filter(Boolean).join("; ");
  return `${entry.meaning}\n\nHTTP status: ${statuses}.\n\nWhat to do: ${entry.clientAction}`;
}

registerEnumType(ErrorCode, {
  name: "ErrorCode",
  description:
    "Every code an error may carry in `extensions.code` (GraphQL) or `code` (REST), documented: errors carry it as a string, and nothing takes this enum as input. Messages are for people and may change; codes are for programs and will not.",
  valuesConfig: Object.fromEntries(ERROR_CODE_NAMES.map((code) => [code, { description: describe(ERROR_CODES[code]) }])),
});
