/**
 * The REST door's success bodies, each built beside its JSON Schema: the routes build their
 * answers here (ehoks-v1-routes.ts) and the contract takes the schemas from here
 * (openapi-document.ts), so a change to a body is a change to its schema's neighbour. The error
 * body is errorBody in rest-errors.ts, with its schema beside it there.
 */
import type { JsonSchema } from "../../subgraphs/hoks/validation/shape.js";
import { STUDY_RIGHT_OID } from "../../subgraphs/shared/validation/identifiers.js";

const revision = { type: "integer", minimum: 1, description: "the plan's revision: If-Match takes it, GET answers it as the ETag too" } as const;

/** POST /hoks: the new plan's id and revision, and where to read it. */
export function createdBody(id: number, planRevision: number, uri: string): unknown {
  return { meta: { id, revision: planRevision }, data: { uri } };
}

export const CREATED_SCHEMA: JsonSchema = {
  type: "object",
  required: ["meta", "data"],
  properties: {
    meta: { type: "object", required: ["id", "revision"], properties: { id: { type: "integer", minimum: 1 }, revision }, additionalProperties: false },
    data: { type: "object", required: ["uri"], properties: { uri: { type: "string", format: "uri" } }, additionalProperties: false },
  },
  additionalProperties: false,
};

/** GET /hoks/{id} and /hoks/opiskeluoikeus/{oid}: the plan in the caller's view. */
export function planBody(planRevision: number, document: unknown): unknown {
  return { meta: { revision: planRevision }, data: document };
}

export function planBodySchema(document: JsonSchema): JsonSchema {
  return {
    type: "object",
    required: ["meta", "data"],
    properties: { meta: { type: "object", required: ["revision"], properties: { revision }, additionalProperties: false }, data: document },
    additionalProperties: false,
  };
}

/** POST /validointi: the document would be stored. */
export function validBody(): unknown {
  return { meta: {}, data: { valid: true } };
}

export const VALID_SCHEMA: JsonSchema = {
  type: "object",
  required: ["meta", "data"],
  properties: {
    meta: { type: "object", maxProperties: 0 },
    data: { type: "object", required: ["valid"], properties: { valid: { const: true } }, additionalProperties: false },
  },
  additionalProperties: false,
};

/** GET /hoks/{id}/hankintakoulutukset: a bare list of study right OIDs, as the existing service answers. */
export function procuredTrainingBody(oids: readonly string[] | null | undefined): unknown {
  return oids ?? [];
}

export const PROCURED_TRAINING_SCHEMA: JsonSchema = {
  type: "array",
  items: { type: "string", pattern: STUDY_RIGHT_OID.source },
  description: "the procured-training study rights contained in the plan's study right (empty to a caller who does not see the whole plan)",
};
