/**
 * The feedback service's REST paths, where the existing service's fit a pull door (role
 * `feedback`): each becomes a GraphQL operation on the feedback door (palauteHerateet and its
 * marks), so REST and GraphQL keep one set of rules.
 *
 *   GET   /api/v1/heratepalvelu/kasittelemattomat-heratteet?start&end[&limit]  student triggers waiting, trigger date in [start, end]
 *   GET   /api/v1/heratepalvelu/tyoelamajaksot?start&end[&limit]               working-life triggers waiting, period ended in [start, end]
 *   PATCH /api/v1/heratepalvelu/hoksit/{id}/aloitusherate-kasitelty           the plan's start trigger handled → 204
 *   PATCH /api/v1/heratepalvelu/hoksit/{id}/paattoherate-kasitelty            the plan's end trigger handled → 204
 *   PATCH /api/v1/heratepalvelu/osaamisenhankkimistavat/{id}/kasitelty        the period's trigger handled (the period's v1 id) → 204
 *
 * The existing service pushed what these found to a queue and answered a count; here they answer
 * the triggers themselves (`data`) with their count (`meta.count`). Default page 10, at most 100.
 */
import type { IncomingMessage } from "node:http";
import type { ExecuteAs, OperationResult } from "./ehoks-v1-routes.js";
import { errorBody, restError, type RestAnswer } from "./rest-errors.js";
import { isCalendarDate } from "../../subgraphs/shared/validation/calendar-date.js";
import { isPartId, isPlanId } from "../../subgraphs/shared/validation/identifiers.js";

export const HERATEPALVELU_PREFIX = "/heratepalvelu";
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** Lookups by plan or period ask for every trigger, whenever due. */
const ANY_DUE_DATE = "9999-12-31";
const TRIGGER_FIELDS = `id tyyppi kyselytyyppi hoksId oppijaOid opiskeluoikeusOid koulutustoimijaOid heratepvm niputuspvm vastausaikaAlku vastausaikaLoppu
  yksiloivaTunniste tyopaikanNimi tyopaikanYTunnus ohjaaja { nimi sahkoposti puhelinnumero } kyselylinkki`;
const LIST = `query ($tila: [PalauteHerateTila!], $erapaiva: String, $first: Int, $suodatin: PalauteHerateSuodatin) {
  result: palauteHerateet(tila: $tila, erapaiva: $erapaiva, first: $first, suodatin: $suodatin) { nodes { ${TRIGGER_FIELDS} } } }`;
const HANDLED = `mutation ($id: ID!) { result: merkitsePalauteHerateKasitellyksi(id: $id) { id } }`;

type Problem = { path: string; message: string };

/** A trigger in the v1 JSON style (kebab-case keys), as the feedback service reads it. */
function herateDocument(t: Record<string, any>) {
  return {
    id: Number(t.id),
    tyyppi: t.tyyppi,
    kyselytyyppi: t.kyselytyyppi,
    "hoks-id": Number(t.hoksId),
    "oppija-oid": t.oppijaOid,
    "opiskeluoikeus-oid": t.opiskeluoikeusOid,
    koulutustoimija: t.koulutustoimijaOid,
    heratepvm: t.heratepvm,
    niputuspvm: t.niputuspvm,
    "vastaamisajan-alkupvm": t.vastausaikaAlku,
    "vastaamisajan-loppupvm": t.vastausaikaLoppu,
    "yksiloiva-tunniste": t.yksiloivaTunniste,
    "tyopaikan-nimi": t.tyopaikanNimi,
    "tyopaikan-y-tunnus": t.tyopaikanYTunnus,
    ohjaaja: t.ohjaaja,
    kyselylinkki: t.kyselylinkki,
  };
}

function dateRange(url: URL, problems: Problem[]): { start: string; end: string; limit: number } {
  const read = (name: string) => {
    const value = url.searchParams.get(name);
    if (value === null || !isCalendarDate(value)) problems.push({ path: name, message: "must be an ISO date (yyyy-mm-dd)" });
    return value ?? "";
  };
  const start = read("start");
  const end = read("end");
  const limitText = url.searchParams.get("limit");
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) problems.push({ path: "limit", message: `must be a whole number from 1 to ${MAX_LIMIT}` });
  if (!problems.length && end < start) problems.push({ path: "end", message: "must not be before start" });
  return { start, end, limit };
}

const badRequest = (problems: Problem[]): RestAnswer => ({ status: 400, body: errorBody("BAD_REQUEST", problems, "Bad request") });

function listAnswer(result: OperationResult): RestAnswer {
  if (result.errors?.length) return restError(result.errors, "Not found");
  const nodes = result.data!.result.nodes as Record<string, any>[];
  return { status: 200, body: { meta: { count: nodes.length }, data: nodes.map(herateDocument) } };
}

/** Marks the one trigger a lookup finds handled; none found is a 404 (as a plan without one). */
async function markHandled(req: IncomingMessage, execute: ExecuteAs, suodatin: Record<string, unknown>): Promise<RestAnswer> {
  const found = await execute(req, LIST, { tila: ["ODOTTAA", "LUOVUTETTU", "KASITELTY", "EI_LAHETETA"], erapaiva: ANY_DUE_DATE, first: 1, suodatin });
  if (found.errors?.length) return restError(found.errors, "No such feedback trigger");
  const trigger = found.data!.result.nodes[0];
  if (!trigger) return { status: 404, body: errorBody("NOT_FOUND", [{ message: "No such feedback trigger" }], "No such feedback trigger") };
  const marked = await execute(req, HANDLED, { id: trigger.id });
  return marked.errors?.length ? restError(marked.errors, "No such feedback trigger") : { status: 204 };
}

export async function heratepalveluAnswer(req: IncomingMessage, path: string, url: URL, execute: ExecuteAs): Promise<RestAnswer | undefined> {
  const method = req.method ?? "GET";
  const rest = path.slice(HERATEPALVELU_PREFIX.length);
  const list = rest === "/kasittelemattomat-heratteet" ? ["opiskelija-aloitus", "opiskelija-paatto"] : rest === "/tyoelamajaksot" ? ["tyoelama"] : undefined;
  if (list && method === "GET") {
    const problems: Problem[] = [];
    const { start, end, limit } = dateRange(url, problems);
    if (problems.length) return badRequest(problems);
    const suodatin = { tyyppi: list, heratepvmAlku: start, heratepvmLoppu: end };
    return listAnswer(await execute(req, LIST, { tila: ["ODOTTAA"], erapaiva: ANY_DUE_DATE, first: limit, suodatin }));
  }
  const byPlan = /^\/hoksit\/([^/]+)\/(aloitusherate|paattoherate)-kasitelty$/.exec(rest);
  const byPeriod = /^\/osaamisenhankkimistavat\/([^/]+)\/kasitelty$/.exec(rest);
  if ((byPlan || byPeriod) && method === "PATCH") {
    const id = (byPlan ?? byPeriod)![1]!;
    if (!(byPlan ? isPlanId : isPartId)(id)) return badRequest([{ path: "id", message: byPlan ? "must be a plan id" : "must be a period's id" }]);
    if (byPlan) return markHandled(req, execute, { hoksId: id, tyyppi: [byPlan[2] === "aloitusherate" ? "opiskelija-aloitus" : "opiskelija-paatto"] });
    return markHandled(req, execute, { osaamisenHankkimistapaId: id, tyyppi: ["tyoelama"] });
  }
  return undefined;
}

const nullable = (type: string) => ({ type: [type, "null"] });

/** The schema of `herateDocument`, beside it so that the two change together. */
export const HERATE_SCHEMA = {
  type: "object",
  description: "A feedback trigger.",
  required: ["id", "tyyppi", "kyselytyyppi", "hoks-id", "oppija-oid", "opiskeluoikeus-oid", "heratepvm", "vastaamisajan-alkupvm", "vastaamisajan-loppupvm"],
  properties: {
    id: { type: "integer", description: "the trigger's id" },
    tyyppi: { enum: ["opiskelija-aloitus", "opiskelija-paatto", "tyoelama"] },
    kyselytyyppi: { enum: ["aloittaneet", "valmistuneet", "osia-suorittaneet", "tyopaikkajakson-suorittaneet"] },
    "hoks-id": { type: "integer" },
    "oppija-oid": { type: "string" },
    "opiskeluoikeus-oid": { type: "string" },
    koulutustoimija: nullable("string"),
    heratepvm: { type: "string", format: "date" },
    niputuspvm: { type: ["string", "null"], format: "date" },
    "vastaamisajan-alkupvm": { type: "string", format: "date" },
    "vastaamisajan-loppupvm": { type: "string", format: "date" },
    "yksiloiva-tunniste": nullable("string"),
    "tyopaikan-nimi": nullable("string"),
    "tyopaikan-y-tunnus": nullable("string"),
    ohjaaja: {
      type: ["object", "null"],
      properties: { nimi: nullable("string"), sahkoposti: nullable("string"), puhelinnumero: nullable("string") },
      additionalProperties: false,
    },
    kyselylinkki: nullable("string"),
  },
  additionalProperties: false,
} as const;

export const HERATE_LIST_SCHEMA = {
  type: "object",
  required: ["meta", "data"],
  properties: {
    meta: { type: "object", required: ["count"], properties: { count: { type: "integer" } }, additionalProperties: false },
    data: { type: "array", items: { $ref: "#/components/schemas/Herate" } },
  },
  additionalProperties: false,
} as const;
