/**
 * The eHOKS v1 REST door, served by the gateway process, for study administration systems that
 * send v1 JSON today: they switch by changing the base URL to `<gateway>/api/v1` and sending our
 * token. Every request becomes a GraphQL operation on this very gateway, so REST and GraphQL share
 * one write path, one validation and the same rules.
 *
 *   POST  /api/v1/hoks                      create (Idempotency-Key header optional) → 200 {meta: {id, revision}, data: {uri}}
 *   GET   /api/v1/hoks/{id}                 read → 200 {meta: {revision}, data: document}, ETag "revision"
 *   PUT   /api/v1/hoks/{id}                 replace (If-Match: revision optional, see if-match.ts) → 204
 *   PATCH /api/v1/hoks/{id}                 patch the top level (If-Match optional) → 204
 *   GET   /api/v1/hoks/{id}/hankintakoulutukset  the plan's procured-training study rights → 200 [oid, …]
 *   GET   /api/v1/hoks/opiskeluoikeus/{oid} the plan of a study right → 200
 *   POST  /api/v1/validointi                dry-run validation of a create → 200 {data: {valid: true}} or 400
 *   any   /api/v1/hoks/{id}/<retired part>/…  410 Gone (retired-routes.ts)
 *   GET   /api/v1/openapi.json              the door's OpenAPI 3.1 contract, without a token (openapi-route.ts)
 *
 * The shapes are the existing service's; ours add `revision` in `meta` and `errors`/`code` beside
 * its `error` text. A malformed id or OID in a path is a 400 before anything is looked up.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphQLFormattedError } from "graphql";
import { PayloadTooLarge, readBody, sendJson, type Route } from "../../subgraphs/shared/http/http-server.js";
import { nestsDeeperThan, TOO_DEEP } from "../../subgraphs/shared/http/json-depth.js";
import { carriesNul } from "../../subgraphs/shared/http/nul-check.js";
import { FULL_HOKS_FIELDS, toEhoksDocument } from "./full-plan.js";
import { isPlanId, isStudyRightOid } from "../../subgraphs/shared/validation/identifiers.js";
import { IF_MATCH_REFUSAL, ifMatchRevision, revisionTag } from "./if-match.js";
import { OPENAPI_PATH } from "./openapi-document.js";
import { createdBody, planBody, procuredTrainingBody, validBody } from "./openapi-envelopes.js";
import { sendOpenApi } from "./openapi-route.js";
import { ERROR_TEXT, errorBody, restError, type RestAnswer } from "./rest-errors.js";
import { isRetiredPartRoute } from "./retired-routes.js";
import { HERATEPALVELU_PREFIX, heratepalveluAnswer } from "./heratepalvelu-routes.js";

export const REST_PREFIX = "/api/v1";
const REST_BODY_LIMIT_BYTES = 5_000_000;

export interface OperationResult {
  data?: Record<string, any> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs a GraphQL operation on the gateway as the caller of `req`. */
export type ExecuteAs = (req: IncomingMessage, query: string, variables: Record<string, unknown>) => Promise<OperationResult>;

const READ = /* GraphQL */ `query ($id: ID!) { hoks(id: $id) { ${FULL_HOKS_FIELDS} } }`;
const PROCURED_TRAINING = /* GraphQL */ `query ($id: ID!) { hoks(id: $id) { hankintakoulutusOpiskeluoikeusOids } }`;
const READ_BY_STUDY_RIGHT = /* GraphQL */ `query ($oid: String!) { hoks: hoksByOpiskeluoikeus(opiskeluoikeusOid: $oid) { ${FULL_HOKS_FIELDS} } }`;
const CREATE = /* GraphQL */ `mutation ($document: JSONObject!, $key: String) { result: createHoks(document: $document, idempotencyKey: $key) { id revision } }`;
const REPLACE = /* GraphQL */ `mutation ($id: ID!, $document: JSONObject!, $revision: Int) { result: replaceHoks(id: $id, document: $document, expectedRevision: $revision) { id revision } }`;
const PATCH = /* GraphQL */ `mutation ($id: ID!, $document: JSONObject!, $revision: Int) { result: patchHoks(id: $id, document: $document, expectedRevision: $revision) { id revision } }`;
const VALIDATE = /* GraphQL */ `mutation ($document: JSONObject!) { result: validateHoks(kind: CREATE, document: $document) { valid problems { path message } } }`;

class BadRequest extends Error {
  constructor(
    message: string,
    /** Problems at named places (a path parameter), as a 400 of validation lists them. */
    readonly problems?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

/** A path id that is not a plan id is malformed, as in the existing service. */
function planIdOf(text: string): string {
  if (!isPlanId(text)) throw new BadRequest("The plan id in the path is not a plan id", [{ path: "hoks-id", message: "must be a whole number" }]);
  return text;
}

function studyRightOidOf(text: string): string {
  let oid: string;
  try {
    oid = decodeURIComponent(text);
  } catch {
    oid = text;
  }
  if (!isStudyRightOid(oid)) {
    throw new BadRequest("The study right OID in the path is malformed", [
      { path: "opiskeluoikeus-oid", message: "must be a study right OID (1.2.246.562.15.…) with a valid check digit" },
    ]);
  }
  return oid;
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req, REST_BODY_LIMIT_BYTES);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadRequest("The request body is not valid JSON");
  }
  // Before anything walks it: what follows may recurse (json-depth.ts).
  if (nestsDeeperThan(parsed)) throw new BadRequest(`The request body ${TOO_DEEP}`);
  if (carriesNul(parsed)) throw new BadRequest("The request body contains a NUL character");
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new BadRequest("The request body must be a JSON object");
  return parsed as Record<string, unknown>;
}

/** Where the caller reached us: behind a proxy, its forwarded protocol and the Host header. */
function publicOrigin(req: IncomingMessage): string {
  const forwarded = req.headers["x-forwarded-proto"];
  const protocol = typeof forwarded === "string" && /^https?$/.test(forwarded) ? forwarded : "http";
  return `${protocol}://${req.headers.host ?? "localhost"}`;
}

/** The revision `If-Match` makes the write conditional on, or null; a header that is not a revision is a 400. */
function expectedRevision(req: IncomingMessage): number | null {
  const revision = ifMatchRevision(req.headers["if-match"]);
  if (revision === undefined) throw new BadRequest(IF_MATCH_REFUSAL);
  return revision;
}

function readAnswer(result: OperationResult, notFoundText?: string): RestAnswer {
  if (result.errors?.length) return restError(result.errors, notFoundText);
  const plan = result.data?.hoks;
  return { status: 200, headers: { etag: revisionTag(plan.revision) }, body: planBody(plan.revision, toEhoksDocument(plan)) };
}

async function answer(req: IncomingMessage, url: URL, execute: ExecuteAs): Promise<RestAnswer | undefined> {
  const path = url.pathname.slice(REST_PREFIX.length);
  const method = req.method ?? "GET";
  const byId = /^\/hoks\/([^/]+)$/.exec(path);
  const byStudyRight = /^\/hoks\/opiskeluoikeus\/([^/]+)$/.exec(path);
  const procuredTraining = /^\/hoks\/([^/]+)\/hankintakoulutukset$/.exec(path);
  if (path.startsWith(`${HERATEPALVELU_PREFIX}/`)) return heratepalveluAnswer(req, path, url, execute);
  if (isRetiredPartRoute(path)) return { status: 410, body: errorBody("GONE", [{ message: ERROR_TEXT.gone }], ERROR_TEXT.gone) };
  const write = async (query: string, variables: Record<string, unknown>, status: (data: any) => RestAnswer) => {
    const result = await execute(req, query, variables);
    return result.errors?.length ? restError(result.errors) : status(result.data!.result);
  };

  if (path === "/hoks" && method === "POST") {
    const key = req.headers["idempotency-key"];
    return write(CREATE, { document: await jsonBody(req), key: typeof key === "string" ? key : null }, (r) => ({
      status: 200,
      body: createdBody(Number(r.id), r.revision, `${publicOrigin(req)}${REST_PREFIX}/hoks/${r.id}`),
    }));
  }
  if (byStudyRight && method === "GET") {
    return readAnswer(await execute(req, READ_BY_STUDY_RIGHT, { oid: studyRightOidOf(byStudyRight[1]!) }), ERROR_TEXT.noPlanForStudyRight);
  }
  if (procuredTraining && method === "GET") {
    const result = await execute(req, PROCURED_TRAINING, { id: planIdOf(procuredTraining[1]!) });
    if (result.errors?.length) return restError(result.errors);
    // The existing service answers the bare list of OIDs.
    return { status: 200, body: procuredTrainingBody(result.data?.hoks?.hankintakoulutusOpiskeluoikeusOids) };
  }
  if (byId && method === "GET") return readAnswer(await execute(req, READ, { id: planIdOf(byId[1]!) }));
  if (byId && (method === "PUT" || method === "PATCH")) {
    const variables = { id: planIdOf(byId[1]!), document: await jsonBody(req), revision: expectedRevision(req) };
    return write(method === "PUT" ? REPLACE : PATCH, variables, () => ({ status: 204 }));
  }
  if (path === "/validointi" && method === "POST") {
    return write(VALIDATE, { document: await jsonBody(req) }, (r) =>
      r.valid ? { status: 200, body: validBody() } : { status: 400, body: errorBody("BAD_USER_INPUT", r.problems, ERROR_TEXT.invalidDocument) },
    );
  }
  return undefined;
}

function send(res: ServerResponse, reply: RestAnswer): void {
  if (reply.body === undefined) {
    res.writeHead(reply.status, reply.headers);
    res.end();
  } else {
    sendJson(res, reply.status, reply.body, reply.headers);
  }
}

export function ehoksV1Routes(execute: ExecuteAs): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith(`${REST_PREFIX}/`)) return false;
    if (url.pathname === REST_PREFIX + OPENAPI_PATH && (req.method === "GET" || req.method === "HEAD")) {
      sendOpenApi(req, res, REST_PREFIX);
      return true;
    }
    try {
      const reply = await answer(req, url, execute);
      send(res, reply ?? { status: 404, body: errorBody("NOT_FOUND", [{ message: ERROR_TEXT.noSuchResource }], ERROR_TEXT.noSuchResource) });
    } catch (error) {
      if (error instanceof BadRequest) {
        send(res, { status: 400, body: errorBody("BAD_REQUEST", error.problems ?? [{ message: error.message }], error.message) });
      } else if (error instanceof PayloadTooLarge) {
        // In the door's own envelope, like every other refusal here (the contract has one error shape).
        send(res, { status: 413, body: errorBody("BAD_REQUEST", [{ message: error.message }], error.message) });
      } else {
        throw error;
      }
    }
    return true;
  };
}
