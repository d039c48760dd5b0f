/**
 * The catalogue of every `extensions.code` (GraphQL) and `code` (REST) a client can receive, with
 * what it means, the HTTP status it comes with and what the client should do. Defined once here:
 * the error mask's PUBLIC_ERROR_CODES derives from it (errors.ts), the schema's documentation-only
 * `ErrorCode` enum is built from it (error-code.type.ts), and the README's table is checked
 * against it (test/error-codes.test.ts), so none of them can drift from the others.
 */

export interface ErrorCodeEntry {
  /** What happened, in a client developer's words. */
  meaning: string;
  /** The HTTP status of the GraphQL answer (`/graphql`) that carries it, or null where that door never sends it. */
  graphqlStatus: string | null;
  /** The HTTP status of the REST answer (`/api/v1/…`) that carries it, or null where that door never sends it. */
  restStatus: number | null;
  /** What a client should do about it. */
  clientAction: string;
  /**
   * Ours and safe to show: the error mask passes an error with this code on as it is (message and
   * code; `problems` and `retryAfterSeconds` beside). Other codes are made by the server outside
   * the mask, or are what the mask itself answers.
   */
  passesMask: boolean;
}

export const ERROR_CODES = {
  UNAUTHENTICATED: {
    meaning: "No access token, or one that is malformed, wrongly signed, expired or outside its role's lifetime. The whole request was refused.",
    graphqlStatus: "401",
    restStatus: 401,
    clientAction: "Get a new token (log in again) and repeat the request; do not retry with the same token.",
    passesMask: true,
  },
  FORBIDDEN: {
    meaning:
      "The caller may not do this: a write without the privilege (`write`, `update`, `delete`) covering the plan's institution, a write after the study right has ended, or a query for another role (`kayttoloki` for students, `auditLoki` for OPH). Nothing was changed.",
    graphqlStatus: "200 (the field is null)",
    restStatus: 403,
    clientAction: "Do not retry: show that the action is not allowed for this user. Reads never answer FORBIDDEN for data the caller may not see: they answer NOT_FOUND or leave it out.",
    passesMask: true,
  },
  NOT_FOUND: {
    meaning:
      "The object asked for by its key (`hoks(id:)`, a study right, a consent, a share link, an `_entities` reference) does not exist, or the caller may not see it: the two are answered alike on purpose.",
    graphqlStatus: "200 (the field is null)",
    restStatus: 404,
    clientAction: "Treat the object as absent. Do not retry and do not tell the user it exists.",
    passesMask: true,
  },
  BAD_USER_INPUT: {
    meaning:
      "An argument or input document is wrong: `extensions.problems` lists every problem at once, each with its `path` (eHOKS JSON keys and list indexes joined with dots, or the argument's name, such as `after` for a cursor this list did not give) and a `message`.",
    graphqlStatus: "400 when no data came back, else 200",
    restStatus: 400,
    clientAction: "Fix the input at each problem's `path` (show the message next to that field) and send again; sending it unchanged fails the same way.",
    passesMask: true,
  },
  CONFLICT: {
    meaning:
      "The write collides with the stored state: the plan is no longer at the revision given in `expectedRevision` (REST: `If-Match`), or an idempotency key was used before for a different document.",
    graphqlStatus: "200 (the field is null)",
    restStatus: 409,
    clientAction: "Read the plan again, apply the change to its current revision, and send it with the new revision (or a new idempotency key for a new document).",
    passesMask: true,
  },
  GRAPHQL_PARSE_FAILED: {
    meaning: "The query text is not valid GraphQL, or longer than the token limit (`GRAPHQL_MAX_TOKENS`).",
    graphqlStatus: "400",
    restStatus: null,
    clientAction: "Fix the query text; a program's generated documents should never meet this.",
    passesMask: true,
  },
  GRAPHQL_VALIDATION_FAILED: {
    meaning:
      "The query does not fit the schema (unknown field, wrong argument type, missing variable) or exceeds a query limit: depth, aliases, cost or directives (`GRAPHQL_MAX_*`).",
    graphqlStatus: "400",
    restStatus: 400,
    clientAction: "Fix the query against schema/api.graphql (regenerate types), or split a query that hits a limit into smaller ones.",
    passesMask: true,
  },
  BAD_REQUEST: {
    meaning:
      "The HTTP request itself is malformed: body not JSON, an `operationName` missing or not in the document, a malformed URL or path parameter, a request without `content-type: application/json` (refused as possible CSRF). A body over 1 MB gets 413.",
    graphqlStatus: "400 (413 for a body too large)",
    restStatus: 400,
    clientAction: "Fix how the request is built; it cannot succeed as sent.",
    passesMask: true,
  },
  PERSISTED_QUERY_NOT_FOUND: {
    meaning:
      "An automatic persisted query's hash is not known yet; or, where the gateway runs registered documents only (trusted documents), the document sent is not one of them.",
    graphqlStatus: "200 for an unknown hash (send the text); 400 where only registered documents run",
    restStatus: null,
    clientAction: "Send the same request again with the full query text beside the hash (Apollo Client's persisted-queries link does this). Where only registered documents run, register the operation (`npm run trust`).",
    passesMask: true,
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    meaning: "The server does not take automatic persisted queries on this door (Apollo Server's answer where they are turned off; this service keeps them on).",
    graphqlStatus: "200",
    restStatus: null,
    clientAction: "Send the full query text instead of a hash.",
    passesMask: true,
  },
  OPERATION_RESOLUTION_FAILURE: {
    meaning:
      "A subgraph's own door: the document holds several operations and the request does not say which one to run, or names one it does not hold. The gateway answers the same mistake with BAD_REQUEST.",
    graphqlStatus: "400",
    restStatus: null,
    clientAction: "Send `operationName` naming one operation of the document.",
    passesMask: true,
  },
  TOO_MANY_REQUESTS: {
    meaning:
      "The caller (by token, or by address without a valid token) sent more requests than its rate allows. The answer carries a `Retry-After` header and `extensions.retryAfterSeconds`.",
    graphqlStatus: "429",
    restStatus: 429,
    clientAction: "Wait the `Retry-After` seconds, then repeat the request; slow down or batch fields into fewer requests.",
    passesMask: true,
  },
  SHARE_LINK_NOT_YET_VALID: {
    meaning: "The share link in `x-share-link` is real but its validity has not begun; the message names the day it opens.",
    graphqlStatus: "200 (the field is null)",
    restStatus: null,
    clientAction: "Tell the user the link opens on its first day, and try again from then.",
    passesMask: true,
  },
  SHARE_LINK_EXPIRED: {
    meaning: "The share link in `x-share-link` is real but its validity has ended.",
    graphqlStatus: "200 (the field is null)",
    restStatus: null,
    clientAction: "Do not retry: the student must make a new link.",
    passesMask: true,
  },
  GONE: {
    meaning: "REST only: a route of the replaced eHOKS service that is retired here (the plan's part routes).",
    graphqlStatus: null,
    restStatus: 410,
    clientAction: "Read and write the whole plan at `/api/v1/hoks/{id}` instead.",
    passesMask: false,
  },
  WRITE_TIMEOUT: {
    meaning:
      "A write took longer than the gateway waits for a subgraph (busy database, lock waits, a database fault) and was rolled back instead of committed: nothing was stored, nothing changed.",
    graphqlStatus: "200 (the field is null)",
    restStatus: 503,
    clientAction: "Repeat the write after a short pause (with the same idempotency key, where one was sent).",
    passesMask: true,
  },
  SERVICE_UNAVAILABLE: {
    meaning:
      "A subgraph could not record the request in the audit trail, so it withheld the answer (every read must be recorded first). Seen only on a subgraph's own door; through the gateway it arrives as INTERNAL_SERVER_ERROR.",
    graphqlStatus: "503",
    restStatus: null,
    clientAction: "Retry shortly with backoff; nothing was disclosed and a read changed nothing.",
    passesMask: false,
  },
  INTERNAL_SERVER_ERROR: {
    meaning:
      "Something failed on the server (a subgraph down or too slow, a database fault, a bug). The message is always `Internal server error`: details are in the server log under the request's `x-request-id`.",
    graphqlStatus: "200 when other fields still came back (partial data), else 500",
    restStatus: 500,
    clientAction: "Retry later with backoff (a read is safe to repeat; for a write, read the plan first or repeat with the same idempotency key). If it persists, report the `x-request-id` response header.",
    passesMask: false,
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCodeName = keyof typeof ERROR_CODES;

export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as ErrorCodeName[];
