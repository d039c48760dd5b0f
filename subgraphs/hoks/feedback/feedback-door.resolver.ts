/**
 * The consumer door of the feedback service (role `feedback`): the triggers due, a page at a time,
 * and its marks: handed over, handled (both idempotent), the survey link attached. OPH reads the
 * same list with every trigger's history. Every read and mark is audited.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FeedbackTriggerRow, FeedbackTriggerState } from "../../../drizzle/schema/index.js";
import type { AuditRule } from "../../shared/audit/audit-event.js";
import { badUserInput, conflict, notFound } from "../../shared/errors.js";
import { connectionOf, decodeCursor, encodeCursor, pageSize, type Connection } from "../../shared/pagination.js";
import type { HoksContext } from "../context.js";
import { isCalendarDate } from "../../shared/validation/calendar-date.js";
import { isPartId, isPlanId, isSerialId } from "../../shared/validation/identifiers.js";
import { changeTrigger, lockTrigger, triggersDue, type TriggerFilter } from "./feedback-door.queries.js";
import { PalauteHerateSuodatin } from "./trigger-filter.input.js";
import { PalauteHerate, PalauteHerateConnection, PalauteHerateTapahtuma, PalauteHerateTila } from "./feedback-trigger.type.js";

const PAGE_SIZE = 50;
const CURSOR = "palauteherateet";
const MAX_LINK_LENGTH = 2000;

type TriggerView = PalauteHerate & { key: string };

function viewOf(row: FeedbackTriggerRow): TriggerView {
  return {
    id: String(row.id),
    key: row.key,
    tyyppi: row.kind,
    kyselytyyppi: row.surveyType,
    hoksId: String(row.hoksId),
    oppijaOid: row.oppijaOid,
    opiskeluoikeusOid: row.opiskeluoikeusOid,
    koulutustoimijaOid: row.koulutustoimijaOid,
    heratepvm: row.triggerDate,
    niputuspvm: row.bundlingDate,
    vastausaikaAlku: row.answerWindowStart,
    vastausaikaLoppu: row.answerWindowEnd,
    yksiloivaTunniste: row.yksiloivaTunniste,
    tila: row.state as PalauteHerateTila,
    syy: row.reason,
    tyopaikanNimi: row.tyopaikanNimi,
    tyopaikanYTunnus: row.tyopaikanYTunnus,
    ohjaaja: row.ohjaaja,
    kyselylinkki: row.kyselylinkki,
  };
}

const ruleOf = (ctx: HoksContext): AuditRule => (ctx.principal.role === "oph" ? "R9" : "PALAUTE");

function audited(ctx: HoksContext, rows: FeedbackTriggerRow[]): FeedbackTriggerRow[] {
  ctx.audit.read(rows.map((row) => ({ operation: "read", dataKind: "palauteherate", rule: ruleOf(ctx), oppijaOid: row.oppijaOid, hoksId: row.hoksId, opiskeluoikeusOid: row.opiskeluoikeusOid })));
  return rows;
}

function triggerId(id: string): number {
  if (!isSerialId(id)) throw badUserInput([{ path: "id", message: "must be a feedback trigger id" }]);
  return Number(id);
}

const decodeAfter = (after: string | null | undefined) => {
  const parts = decodeCursor(CURSOR, after, ([due, id, ...rest]) => rest.length === 0 && isCalendarDate(due) && isSerialId(id ?? ""));
  return parts ? { due: parts[0]!, id: Number(parts[1]) } : undefined;
};

const KINDS = new Set(["opiskelija-aloitus", "opiskelija-paatto", "tyoelama"]);

/** The filter's values checked, each refusal naming its field. */
function filterOf(input: PalauteHerateSuodatin | undefined): TriggerFilter {
  if (!input) return {};
  const problems: { path: string; message: string }[] = [];
  const date = (name: "heratepvmAlku" | "heratepvmLoppu") => {
    const value = input[name];
    if (value != null && !isCalendarDate(value)) problems.push({ path: `suodatin.${name}`, message: "must be an ISO date (yyyy-mm-dd)" });
    return value ?? undefined;
  };
  // A plan id is a serial Int; a period's v1 id a bigint, read as a JavaScript number (safe to 15 digits).
  const id = (name: "hoksId" | "osaamisenHankkimistapaId", valid: (text: string) => boolean) => {
    const value = input[name];
    if (value == null) return undefined;
    if (!valid(value)) problems.push({ path: `suodatin.${name}`, message: "must be a whole number of an existing kind of id" });
    return Number(value);
  };
  (input.tyyppi ?? []).forEach((kind, i) => KINDS.has(kind) || problems.push({ path: `suodatin.tyyppi.${i}`, message: `must be one of ${[...KINDS].join(", ")}` }));
  const filter = { kinds: input.tyyppi, triggerDateFrom: date("heratepvmAlku"), triggerDateTo: date("heratepvmLoppu"), hoksId: id("hoksId", isPlanId), periodV1Id: id("osaamisenHankkimistapaId", isPartId) };
  if (problems.length) throw badUserInput(problems);
  return filter;
}

@Resolver(() => PalauteHerate)
export class FeedbackDoorResolver {
  @Query(() => PalauteHerateConnection, {
    description:
      "The feedback service and OPH: feedback triggers due by a date (a working-life trigger on its bundling date, a student trigger on its trigger date), in due-date order, a page at a time.",
  })
  async palauteHerateet(
    @Ctx() ctx: HoksContext,
    @Arg("tila", () => [PalauteHerateTila], { nullable: true, description: "Only triggers in these states (ODOTTAA when not given)." }) tila?: PalauteHerateTila[],
    @Arg("erapaiva", () => String, { nullable: true, description: "Due on or before this ISO date (the service's today when not given)." }) erapaiva?: string,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (50 when not given)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "`pageInfo.endCursor` of the previous page; the first page when not given." }) after?: string,
    @Arg("suodatin", () => PalauteHerateSuodatin, { nullable: true, description: "Narrower choices: kinds, trigger dates, one plan or one period." }) suodatin?: PalauteHerateSuodatin,
  ): Promise<Connection<TriggerView>> {
    if (erapaiva != null && !isCalendarDate(erapaiva)) throw badUserInput([{ path: "erapaiva", message: "must be an ISO date (yyyy-mm-dd)" }]);
    const filter = filterOf(suodatin);
    if (tila && tila.length === 0) throw badUserInput([{ path: "tila", message: "must name at least one state" }]);
    const size = pageSize(first, PAGE_SIZE);
    const states: FeedbackTriggerState[] = tila ?? [PalauteHerateTila.ODOTTAA];
    const rows = await triggersDue(ctx.readDb, states, erapaiva ?? ctx.today, size + 1, decodeAfter(after), filter);
    const page = connectionOf(rows, size, (row) => encodeCursor(CURSOR, [row.due, String(row.id)]), (row) => row);
    audited(ctx, page.nodes);
    return { ...page, nodes: page.nodes.map(viewOf), edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: viewOf(edge.node) })) };
  }

  @FieldResolver(() => [PalauteHerateTapahtuma], { description: "The trigger's history, oldest first." })
  async tapahtumat(@Root() trigger: TriggerView, @Ctx() ctx: HoksContext): Promise<PalauteHerateTapahtuma[]> {
    const events = await ctx.loaders.feedbackEvents.load(trigger.key);
    return events.map((e) => ({ aika: e.at.toISOString(), tapahtuma: e.event, tila: (e.state as PalauteHerateTila | null) ?? null, syy: e.reason, tekija: e.actor }));
  }

  @Mutation(() => PalauteHerate, { description: "The feedback service: marks a waiting trigger handed over. Marking one already handed over or handled changes nothing. A trigger not to be sent cannot be handed over." })
  luovutaPalauteHerate(@Arg("id", () => ID, { description: "The trigger's id." }) id: string, @Ctx() ctx: HoksContext): Promise<TriggerView> {
    return this.mark(ctx, id, (row) => {
      if (row.state === "luovutettu" || row.state === "kasitelty") return null;
      if (row.state === "ei-laheteta") throw conflict(`This trigger is not to be sent (${row.reason}); it cannot be handed over`);
      return { change: { state: "luovutettu" }, event: "luovutettu" };
    });
  }

  @Mutation(() => PalauteHerate, { description: "The feedback service: marks a trigger handled (its survey was sent). Marking one already handled changes nothing." })
  merkitsePalauteHerateKasitellyksi(@Arg("id", () => ID, { description: "The trigger's id." }) id: string, @Ctx() ctx: HoksContext): Promise<TriggerView> {
    return this.mark(ctx, id, (row) => {
      if (row.state === "kasitelty") return null;
      if (row.state === "ei-laheteta") throw conflict(`This trigger is not to be sent (${row.reason}); it cannot be handled`);
      return { change: { state: "kasitelty" }, event: "kasitelty" };
    });
  }

  @Mutation(() => PalauteHerate, { description: "The feedback service: attaches the survey's link (an https URL) to a trigger handed over or handled. The same link again changes nothing." })
  liitaPalautekyselylinkki(
    @Arg("id", () => ID, { description: "The trigger's id." }) id: string,
    @Arg("kyselylinkki", () => String, { description: "The survey's https URL, at most 2000 characters." }) kyselylinkki: string,
    @Ctx() ctx: HoksContext,
  ): Promise<TriggerView> {
    if (!isHttpsUrl(kyselylinkki)) throw badUserInput([{ path: "kyselylinkki", message: `must be an https URL of at most ${MAX_LINK_LENGTH} characters` }]);
    return this.mark(ctx, id, (row) => {
      if (row.kyselylinkki === kyselylinkki) return null;
      if (row.state === "odottaa" || row.state === "ei-laheteta") throw conflict("A survey link is attached to a trigger handed over to the feedback service; hand it over first");
      return { change: { kyselylinkki }, event: "kyselylinkki" };
    });
  }

  /** One transaction: lock, decide, change, record. An unknown id is NOT_FOUND. */
  private async mark(
    ctx: HoksContext,
    id: string,
    decide: (row: FeedbackTriggerRow) => { change: { state?: FeedbackTriggerState; kyselylinkki?: string }; event: string } | null,
  ): Promise<TriggerView> {
    const triggerKey = triggerId(id);
    const row = await ctx.audit.transaction(ctx.db, async (tx, record) => {
      const locked = await lockTrigger(tx, triggerKey);
      if (!locked) throw notFound("Feedback trigger");
      const decision = decide(locked);
      if (!decision) return locked;
      const changed = await changeTrigger(tx, locked, decision.change, decision.event, ctx.principal.sub);
      record({
        operation: "update",
        dataKind: "palauteherate",
        rule: ruleOf(ctx),
        oppijaOid: changed.oppijaOid,
        hoksId: changed.hoksId,
        opiskeluoikeusOid: changed.opiskeluoikeusOid,
        changes: Object.entries(decision.change).map(([path, value]) => ({ path, oldValue: locked[path as keyof FeedbackTriggerRow] ?? null, newValue: value })),
      });
      return changed;
    });
    return viewOf(audited(ctx, [row])[0]!);
  }
}

function isHttpsUrl(text: string): boolean {
  if (text.length > MAX_LINK_LENGTH) return false;
  try {
    return new URL(text).protocol === "https:";
  } catch {
    return false;
  }
}
