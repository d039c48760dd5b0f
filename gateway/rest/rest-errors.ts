/** GraphQL errors as eHOKS v1 REST answers: the status codes the replaced service used. */
import type { GraphQLFormattedError } from "graphql";

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

export interface RestAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export function restError(errors: readonly GraphQLFormattedError[]): RestAnswer {
  const first = errors[0]!;
  const code = String(first.extensions?.code ?? "INTERNAL_SERVER_ERROR");
  const status = STATUS_BY_CODE[code] ?? 500;
  const problems = first.extensions?.problems;
  return {
    status,
    body: {
      meta: {},
      errors: Array.isArray(problems) ? problems : [{ message: status === 500 ? "Internal server error" : first.message }],
      code,
    },
  };
}
