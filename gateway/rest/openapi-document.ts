/**
 * The OpenAPI 3.1 contract of the REST door (`/api/v1`), served at `/api/v1/openapi.json`
 * (openapi-route.ts). Generated, never written by hand: the plan documents from the validation's
 * shapes (openapi-plan-schema.ts), the bodies from the code that builds them (openapi-envelopes.ts,
 * rest-errors.ts), parameters and headers from the checks the door makes (openapi-components.ts).
 */
import { readFileSync } from "node:fs";
import type { WriteKind } from "../../subgraphs/hoks/validation/context.js";
import type { JsonSchema } from "../../subgraphs/hoks/validation/shape.js";
import { STUDY_RIGHT_RULES } from "../../subgraphs/hoks/validation/study-right.js";
import { PLAN_SHAPES } from "../../subgraphs/hoks/validation/validate-plan.js";
import { MAX_JSON_DEPTH } from "../../subgraphs/shared/http/json-depth.js";
import { ERROR_SCHEMAS, HEADERS, PARAMETERS, parameterRef, RESPONSES, responseRef, schemaRef } from "./openapi-components.js";
import { CREATED_SCHEMA, planBodySchema, PROCURED_TRAINING_SCHEMA, VALID_SCHEMA } from "./openapi-envelopes.js";
import { PlanSchemaGenerator } from "./openapi-plan-schema.js";
import { RETIRED_PARTS } from "./retired-routes.js";
import { HERATE_LIST_SCHEMA, HERATE_SCHEMA } from "./heratepalvelu-routes.js";
import { heratepalveluPaths } from "./openapi-heratepalvelu.js";

export const OPENAPI_PATH = "/openapi.json";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const json = (schema: JsonSchema) => ({ "application/json": { schema } });

/**
 * The error answers every operation behind the token may give. A read answers no 403: a plan the
 * caller may not see is not found, the same answer as a plan that is not there.
 */
const AUTHENTICATED = { "401": responseRef("Unauthorized"), "429": responseRef("TooManyRequests"), "500": responseRef("InternalError") };
/** What a write adds: a body the door refuses or one too large, and a caller without the privilege. */
const WRITING = { "400": responseRef("BadRequest"), "403": responseRef("Forbidden"), "413": responseRef("PayloadTooLarge"), "503": responseRef("WriteTimeout") };

const DOOR_RULES = `The body is a JSON object that nests at most ${MAX_JSON_DEPTH} levels deep and carries no NUL character; a null counts as a value not sent.`;

/** The plan documents, generated from the validation's shapes: one per write kind, and the plan as read. */
function planSchemas(): { documents: Record<WriteKind, JsonSchema>; read: JsonSchema; components: Record<string, JsonSchema> } {
  const generator = new PlanSchemaGenerator();
  const documents = Object.fromEntries(
    (["create", "replace", "patch"] as const).map((kind) => [kind, generator.object(PLAN_SHAPES[kind], kind, STUDY_RIGHT_RULES[kind])]),
  ) as Record<WriteKind, JsonSchema>;
  const read = generator.object(PLAN_SHAPES.replace, "read");
  return { documents, read, components: generator.components };
}

function paths(documents: Record<WriteKind, JsonSchema>): Record<string, JsonSchema> {
  const requestBody = (kind: WriteKind, description: string) => ({ required: true, description: `${description} ${DOOR_RULES}`, content: json(documents[kind]) });
  const planRead = { description: "the plan in the caller's view", headers: { ETag: HEADERS.ETag }, content: json(schemaRef("PlanBody")) };
  const retired = (withPart: boolean) => {
    const operation = (method: string) => ({
      operationId: `retired${method}${withPart ? "Part" : "List"}`,
      summary: "a retired per-part route",
      description: "Retired as in the existing service: read and write the whole plan instead. Answered without a token and without looking at the plan.",
      security: [],
      responses: { "410": responseRef("Gone"), "429": responseRef("TooManyRequests") },
    });
    const parameters = [
      { name: "id", in: "path", required: true, schema: { type: "string" } },
      { name: "part", in: "path", required: true, schema: { enum: [...RETIRED_PARTS] } },
      ...(withPart ? [{ name: "partId", in: "path", required: true, schema: { type: "string" } }] : []),
    ];
    return { parameters, ...Object.fromEntries(["get", "post", "put", "patch", "delete"].map((m) => [m, operation(m[0]!.toUpperCase() + m.slice(1))])) };
  };
  return {
    "/hoks": {
      post: {
        operationId: "createHoks",
        summary: "store a newly approved plan",
        parameters: [parameterRef("IdempotencyKey"), parameterRef("CallerId")],
        requestBody: requestBody("create", "The plan as eHOKS v1 JSON."),
        responses: { "200": { description: "stored", content: json(schemaRef("CreatedBody")) }, ...WRITING, ...AUTHENTICATED, "409": responseRef("Conflict") },
      },
    },
    "/hoks/{id}": {
      parameters: [parameterRef("HoksId"), parameterRef("CallerId")],
      get: {
        operationId: "readHoks",
        summary: "read a plan",
        responses: { "200": planRead, "400": responseRef("BadRequest"), ...AUTHENTICATED, "404": responseRef("NotFound") },
      },
      put: {
        operationId: "replaceHoks",
        summary: "replace the whole plan",
        description:
          "Every part list is replaced. Left out, `puhelinnumero`, `tuva-opiskeluoikeus-oid` and the plan's student and study right are kept; every other top-level value is cleared.",
        parameters: [parameterRef("IfMatch")],
        requestBody: requestBody("replace", "The whole plan; its `id` may be sent and must then be the path's."),
        responses: { "204": { description: "replaced" }, ...WRITING, ...AUTHENTICATED, "404": responseRef("NotFound"), "409": responseRef("Conflict") },
      },
      patch: {
        operationId: "patchHoks",
        summary: "change top-level values of a plan",
        parameters: [parameterRef("IfMatch")],
        requestBody: requestBody("patch", "Top-level values only; the part lists change with a replace."),
        responses: { "204": { description: "patched" }, ...WRITING, ...AUTHENTICATED, "404": responseRef("NotFound"), "409": responseRef("Conflict") },
      },
    },
    "/hoks/{id}/hankintakoulutukset": {
      parameters: [parameterRef("HoksId"), parameterRef("CallerId")],
      get: {
        operationId: "readProcuredTraining",
        summary: "the procured-training study rights contained in the plan's study right",
        responses: { "200": { description: "a bare list, as the existing service answers", content: json(schemaRef("ProcuredTraining")) }, "400": responseRef("BadRequest"), ...AUTHENTICATED, "404": responseRef("NotFound") },
      },
    },
    "/hoks/opiskeluoikeus/{oid}": {
      parameters: [parameterRef("StudyRightOid"), parameterRef("CallerId")],
      get: {
        operationId: "readHoksByStudyRight",
        summary: "the plan of a study right",
        responses: { "200": planRead, "400": responseRef("BadRequest"), ...AUTHENTICATED, "404": responseRef("NoPlanForStudyRight") },
      },
    },
    "/validointi": {
      post: {
        operationId: "validateHoks",
        summary: "dry run of a create: is the document valid? Nothing is stored",
        parameters: [parameterRef("CallerId")],
        requestBody: requestBody("create", "The plan as a create would send it."),
        responses: { "200": { description: "valid", content: json(schemaRef("ValidBody")) }, ...WRITING, ...AUTHENTICATED },
      },
    },
    ...heratepalveluPaths(),
    "/hoks/{id}/{part}": retired(false),
    "/hoks/{id}/{part}/{partId}": retired(true),
    [OPENAPI_PATH]: {
      get: {
        operationId: "openApiDocument",
        summary: "this document",
        security: [],
        responses: { "200": { description: "the OpenAPI 3.1 document of the door", content: json({ type: "object" }) }, "429": responseRef("TooManyRequests") },
      },
    },
  };
}

export function openApiDocument(restPrefix: string): JsonSchema {
  const plans = planSchemas();
  return {
    openapi: "3.1.0",
    info: {
      title: "eHOKS REST door, compatible with eHOKS v1",
      version: VERSION,
      description:
        "The write and read path for study administration systems: eHOKS v1 JSON (kebab-case keys) as systems send it to the national eHOKS service today. " +
        "Generated from the rules the door validates with; what JSON Schema cannot say is in the descriptions, in the rules' own words. " +
        "Every error answers the same envelope (`ErrorBody`).",
    },
    servers: [{ url: restPrefix }],
    security: [{ bearerAuth: [] }],
    paths: paths(plans.documents),
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "the eHOKS access token" } },
      parameters: PARAMETERS,
      headers: HEADERS,
      responses: RESPONSES,
      schemas: {
        ...plans.components,
        PlanBody: planBodySchema(plans.read),
        CreatedBody: CREATED_SCHEMA,
        ValidBody: VALID_SCHEMA,
        ProcuredTraining: PROCURED_TRAINING_SCHEMA,
        Herate: HERATE_SCHEMA as unknown as JsonSchema,
        HerateList: HERATE_LIST_SCHEMA as unknown as JsonSchema,
        ...ERROR_SCHEMAS,
      },
    },
  };
}
