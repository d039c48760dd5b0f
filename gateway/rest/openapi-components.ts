/**
 * The reusable parts of the REST contract: path parameters and headers with the very patterns the
 * door checks them with, and the error answers with errorBody's schema (rest-errors.ts).
 */
import { KEY as IDEMPOTENCY_KEY } from "../../subgraphs/hoks/write/idempotency.js";
import { MAX_CALLER_ID_LENGTH } from "../../subgraphs/shared/http/caller-id.js";
import { MAX_JSON_DEPTH } from "../../subgraphs/shared/http/json-depth.js";
import { MAX_GRAPHQL_INT, STUDY_RIGHT_OID } from "../../subgraphs/shared/validation/identifiers.js";
import type { JsonSchema } from "../../subgraphs/hoks/validation/shape.js";
import { IF_MATCH_REFUSAL, MAX_REVISION, REVISION } from "./if-match.js";
import { ERROR_BODY_SCHEMA, ERROR_TEXT } from "./rest-errors.js";

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
export const schemaRef = (name: string) => ref("schemas", name);
export const parameterRef = (name: string) => ref("parameters", name);
export const responseRef = (name: string) => ref("responses", name);

export const PARAMETERS: Record<string, JsonSchema> = {
  HoksId: {
    name: "id",
    in: "path",
    required: true,
    description: "the plan's id, written without sign or leading zeros; anything else is a 400 whose `errors` name `hoks-id`",
    schema: { type: "integer", minimum: 1, maximum: MAX_GRAPHQL_INT },
  },
  StudyRightOid: {
    name: "oid",
    in: "path",
    required: true,
    description: "a study right OID with a valid check digit; anything else is a 400 whose `errors` name `opiskeluoikeus-oid`",
    schema: { type: "string", pattern: STUDY_RIGHT_OID.source },
  },
  IdempotencyKey: {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    description:
      "a create retried with the same key (by the same caller) answers the first result instead of storing a second plan; the same key with another document is a 409. Printable ASCII without spaces; anything else is a 400.",
    schema: { type: "string", pattern: IDEMPOTENCY_KEY.source },
  },
  IfMatch: {
    name: "If-Match",
    in: "header",
    required: false,
    description: `the write happens only if the plan is still at this revision (else 409). ${IF_MATCH_REFUSAL}; anything else (\`*\`, a weak tag, a list) is a 400, never a write without the condition. Without the header the write is unconditional.`,
    schema: { type: "string", pattern: REVISION.source, maxLength: String(MAX_REVISION).length + 2 },
  },
  CallerId: {
    name: "Caller-Id",
    in: "header",
    required: false,
    description: `the calling system's name (OPH's convention, e.g. \`1.2.246.562.10.00000000001.ehoks-frontend\`), recorded in the audit trail when it is a plain name (letters, digits, \`.\` \`_\` \`:\` \`-\`, at most ${MAX_CALLER_ID_LENGTH} characters). Never refused, never trusted: the token says who the caller is.`,
    schema: { type: "string" },
  },
};

export const HEADERS: Record<string, JsonSchema> = {
  ETag: { description: "the plan's revision as a strong tag, `\"3\"`: send it back as If-Match", schema: { type: "string", pattern: '^"\\d+"$' } },
  RetryAfter: { description: "seconds to wait before trying again", schema: { type: "integer", minimum: 1 } },
};

/** A JSON answer with errorBody's envelope. */
function errorAnswer(description: string, headers?: Record<string, JsonSchema>): JsonSchema {
  return { description, ...(headers ? { headers } : {}), content: { "application/json": { schema: schemaRef("ErrorBody") } } };
}

export const ERROR_SCHEMAS: Record<string, JsonSchema> = { ErrorBody: ERROR_BODY_SCHEMA };

export const RESPONSES: Record<string, JsonSchema> = {
  BadRequest: errorAnswer(
    "`BAD_USER_INPUT`: the document has problems, every one listed in `errors` with its `path`. " +
      `\`BAD_REQUEST\`: a body that is not a JSON object, nests deeper than ${MAX_JSON_DEPTH} levels or carries a NUL character; an If-Match that is not a revision; a malformed id or OID in the path.`,
  ),
  Unauthorized: errorAnswer(`\`UNAUTHENTICATED\`: no token, or one that does not verify (\`${ERROR_TEXT.unauthenticated}\`)`),
  Forbidden: errorAnswer(`\`FORBIDDEN\`: the token's privileges do not cover the study right's institution (\`${ERROR_TEXT.forbidden}\`)`),
  NotFound: errorAnswer(`\`NOT_FOUND\`: no such plan, or not one the caller may see (the same answer): \`${ERROR_TEXT.planNotFound}\``),
  NoPlanForStudyRight: errorAnswer(`\`NOT_FOUND\`: the study right has no plan the caller may see: \`${ERROR_TEXT.noPlanForStudyRight}\``),
  Conflict: errorAnswer(`\`CONFLICT\`: the plan has moved on from the If-Match revision, or an Idempotency-Key already used with another document (\`${ERROR_TEXT.conflict}\`)`),
  Gone: errorAnswer(`\`GONE\`: a retired per-part route, answered without looking at the plan: \`${ERROR_TEXT.gone}\``),
  PayloadTooLarge: errorAnswer("`BAD_REQUEST`: the body is larger than the door takes"),
  TooManyRequests: errorAnswer("`TOO_MANY_REQUESTS`: the caller's (or, without a valid token, the address's) rate limit is spent", { "Retry-After": HEADERS.RetryAfter! }),
  WriteTimeout: errorAnswer(`\`WRITE_TIMEOUT\`: the write took longer than the service waits and was rolled back, so nothing was stored (\`${ERROR_TEXT.writeTimeout}\`). Repeat it after a short pause.`),
  InternalError: errorAnswer(`\`INTERNAL_SERVER_ERROR\`: a fault of ours, without detail (\`${ERROR_TEXT.internal}\`); also when the answer could not be recorded in the audit trail. Try again later.`),
};
