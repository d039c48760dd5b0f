/** The feedback service's REST paths in the door's OpenAPI contract (heratepalvelu-routes.ts). */
import type { JsonSchema } from "../../subgraphs/hoks/validation/shape.js";
import { parameterRef, responseRef, schemaRef } from "./openapi-components.js";

const FEEDBACK_ONLY = "Only the feedback service (token role `feedback`); anyone else is refused with 403.";
const ANSWERS = { "401": responseRef("Unauthorized"), "403": responseRef("Forbidden"), "429": responseRef("TooManyRequests"), "500": responseRef("InternalError") };

const dateQuery = (name: string, description: string) => ({ name, in: "query", required: true, description, schema: { type: "string", format: "date" } });
const LIMIT = { name: "limit", in: "query", required: false, description: "how many at most, 1–100 (10 when not given)", schema: { type: "integer", minimum: 1, maximum: 100 } };
const ID = (description: string) => ({ name: "id", in: "path", required: true, description, schema: { type: "string", pattern: "^[1-9][0-9]{0,14}$" } });

function list(operationId: string, summary: string, range: string): JsonSchema {
  return {
    get: {
      operationId,
      summary,
      description: `${FEEDBACK_ONLY} The existing service pushed what it found to a queue and answered a count; this one answers the triggers themselves.`,
      parameters: [dateQuery("start", `${range} from`), dateQuery("end", `${range} to (inclusive)`), LIMIT, parameterRef("CallerId")],
      responses: { "200": { description: "the waiting triggers", content: { "application/json": { schema: schemaRef("HerateList") } } }, "400": responseRef("BadRequest"), ...ANSWERS },
    },
  };
}

function handled(operationId: string, summary: string, id: string): JsonSchema {
  return {
    patch: {
      operationId,
      summary,
      description: `${FEEDBACK_ONLY} Idempotent. A trigger not to be sent cannot be handled (409).`,
      parameters: [ID(id), parameterRef("CallerId")],
      responses: { "204": { description: "handled" }, "400": responseRef("BadRequest"), "404": { $ref: "#/components/responses/NotFound" }, "409": responseRef("Conflict"), "503": responseRef("WriteTimeout"), ...ANSWERS },
    },
  };
}

export function heratepalveluPaths(): Record<string, JsonSchema> {
  return {
    "/heratepalvelu/kasittelemattomat-heratteet": list("listStudentFeedbackTriggers", "student feedback triggers waiting, by trigger date", "trigger date"),
    "/heratepalvelu/tyoelamajaksot": list("listWorkplaceFeedbackTriggers", "working-life feedback triggers waiting, by the period's end", "period end"),
    "/heratepalvelu/hoksit/{id}/aloitusherate-kasitelty": handled("markStartTriggerHandled", "the plan's start-of-studies trigger handled", "the plan's id"),
    "/heratepalvelu/hoksit/{id}/paattoherate-kasitelty": handled("markEndTriggerHandled", "the plan's end-of-studies trigger handled", "the plan's id"),
    "/heratepalvelu/osaamisenhankkimistavat/{id}/kasitelty": handled("markPeriodTriggerHandled", "the workplace period's trigger handled", "the period's eHOKS v1 id"),
  };
}
