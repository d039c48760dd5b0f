/**
 * GraphQL errors as eHOKS v1 REST answers: the status codes the replaced service used, and beside
 * our `errors` and `code` its one-line `error` text, which its clients show or match on.
 */
import type { GraphQLFormattedError } from "graphql";

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  WRITE_TIMEOUT: 503,
};

/** The existing service's texts where it has one (its not-found answers); ours where it has none. */
export const ERROR_TEXT = {
  planNotFound: "HOKS not found",
  noPlanForStudyRight: "No HOKS found with given opiskeluoikeus",
  badRequest: "Bad request",
  invalidDocument: "The document is not valid: see errors",
  unauthenticated: "A valid access token is required",
  forbidden: "No access is allowed: check the privileges for the study right's institution",
  conflict: "The plan has changed since it was read",
  gone: "This route is no longer in use: read and write the whole plan at /api/v1/hoks/{id}",
  noSuchResource: "No such resource",
  internal: "Internal server error",
  writeTimeout: "The write did not finish in time: nothing was stored, try again",
} as const;

const TEXT_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: ERROR_TEXT.unauthenticated,
  FORBIDDEN: ERROR_TEXT.forbidden,
  NOT_FOUND: ERROR_TEXT.planNotFound,
  BAD_USER_INPUT: ERROR_TEXT.invalidDocument,
  GRAPHQL_VALIDATION_FAILED: ERROR_TEXT.badRequest,
  CONFLICT: ERROR_TEXT.conflict,
  WRITE_TIMEOUT: ERROR_TEXT.writeTimeout,
};

export interface RestAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * What errorBody builds, as JSON Schema: the REST contract's error envelope (openapi-document.ts).
 * Kept beside errorBody so that a change to the one is seen in the other.
 */
export const ERROR_BODY_SCHEMA = {
  type: "object",
  required: ["meta", "error", "errors", "code"],
  properties: {
    meta: { type: "object", maxProperties: 0 },
    error: { type: "string", description: "one line: the existing eHOKS service's text where it has one (`HOKS not found`), ours elsewhere" },
    errors: {
      type: "array",
      description: "every problem at once; a problem of the document or of a path parameter names its `path` (eHOKS JSON keys and list indexes joined with dots)",
      items: {
        type: "object",
        required: ["message"],
        properties: { path: { type: "string" }, message: { type: "string" } },
        additionalProperties: false,
      },
    },
    code: {
      type: "string",
      description: `what went wrong, for a program to act on: ${[...new Set([...Object.keys(STATUS_BY_CODE), "BAD_REQUEST", "GONE", "INTERNAL_SERVER_ERROR"])]
        .map((code) => `\`${code}\``)
        .join(", ")}`,
    },
  },
  additionalProperties: false,
} as const;

/** A REST error body: our `errors` and `code`, and the v1 `error` text. */
export function errorBody(code: string, errors: readonly unknown[], error: string): Record<string, unknown> {
  return { meta: {}, error, errors, code };
}

/** `notFoundText`: the v1 text of this route's 404 (the plan, or the plan of a study right). */
export function restError(errors: readonly GraphQLFormattedError[], notFoundText: string = ERROR_TEXT.planNotFound): RestAnswer {
  const first = errors[0]!;
  const code = String(first.extensions?.code ?? "INTERNAL_SERVER_ERROR");
  const status = STATUS_BY_CODE[code] ?? 500;
  const problems = first.extensions?.problems;
  const text = code === "NOT_FOUND" ? notFoundText : (TEXT_BY_CODE[code] ?? ERROR_TEXT.internal);
  return {
    status,
    body: errorBody(code, Array.isArray(problems) ? problems : [{ message: status === 500 ? ERROR_TEXT.internal : first.message }], status === 500 ? ERROR_TEXT.internal : text),
  };
}
