/**
 * Plan mutations. Each takes the plan either as typed input or as an eHOKS v1 document (the
 * kebab-case JSON study administration systems already send; the REST door uses this), and both
 * become the same document for the one write path (plan-service.ts).
 */
import { isPlanId } from "../../shared/validation/identifiers.js";
import { JSONObjectResolver } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../shared/errors.js";
import { nestsDeeperThan, TOO_DEEP } from "../../shared/http/json-depth.js";
import type { HoksContext } from "../context.js";
import { HoksInput, HoksTopLevelInput } from "./inputs/hoks.inputs.js";
import { kebabizeKeys } from "./json-keys.js";
import { createPlan, deletePlan, dryRunPlan, patchPlan, replacePlan, type WriteCaller, type WriteResult } from "./plan-service.js";
import { HoksValidation, HoksWriteResult, WriteKindEnum } from "./write-result.type.js";

type Document = Record<string, unknown>;

/** Exactly one of `input` and `document`, as the eHOKS v1 document the write path takes. */
function documentOf(input: object | null | undefined, document: Document | null | undefined): Document {
  if ((input == null) === (document == null)) throw badUserInput([{ path: "input", message: "give either input or document, not both" }]);
  // The HTTP host measures JSON bodies; a document written inline in the operation arrives here
  // unmeasured, and hashing and key mapping recurse over it.
  if (document != null && nestsDeeperThan(document)) throw badUserInput([{ path: "document", message: TOO_DEEP }]);
  // A JSON round trip drops what was not sent and turns instants into ISO text, as REST sends them.
  return document ?? kebabizeKeys<Document>(JSON.parse(JSON.stringify(input)));
}

function planId(id: string): number {
  if (!isPlanId(id)) throw badUserInput([{ path: "id", message: "is not a plan id" }]);
  return Number(id);
}

const caller = (ctx: HoksContext): WriteCaller => ({ db: ctx.db, principal: ctx.principal, today: ctx.today, audit: ctx.audit });

@Resolver(() => HoksWriteResult)
export class HoksMutations {
  @Mutation(() => HoksWriteResult, { description: "Stores a newly approved plan. Needs `write` covering the institution of the plan's study right. A retry with the same `idempotencyKey` answers the first result." })
  async createHoks(
    @Ctx() ctx: HoksContext,
    @Arg("input", () => HoksInput, { nullable: true, description: "The plan as typed input (camelCased eHOKS keys). Give either `input` or `document`, not both." }) input?: HoksInput,
    @Arg("document", () => JSONObjectResolver, { nullable: true, description: "The plan as an eHOKS v1 JSON document (kebab-case keys), as study administration systems send it. Give either `input` or `document`, not both." }) document?: Document,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "A key of the sender's choosing (e.g. a UUID) that makes a retry safe: the same key with the same document answers the first result without writing again; with another document, CONFLICT.",
    })
    idempotencyKey?: string,
  ): Promise<WriteResult> {
    return createPlan(caller(ctx), documentOf(input, document), idempotencyKey ?? undefined);
  }

  @Mutation(() => HoksWriteResult, { description: "Replaces a plan: top-level fields not sent become empty, lists are replaced. Needs `update`." })
  replaceHoks(
    @Ctx() ctx: HoksContext,
    @Arg("id", () => ID, { description: "Id of the plan (a positive whole number, as `Hoks.id`)." }) id: string,
    @Arg("input", () => HoksInput, { nullable: true, description: "The plan as typed input (camelCased eHOKS keys). Give either `input` or `document`, not both." }) input?: HoksInput,
    @Arg("document", () => JSONObjectResolver, { nullable: true, description: "The plan as an eHOKS v1 JSON document (kebab-case keys), as study administration systems send it. Give either `input` or `document`, not both." }) document?: Document,
    @Arg("expectedRevision", () => Int, { nullable: true, description: "Refuse with CONFLICT unless the plan is at this revision (`Hoks.revision`); not given, the write does not check." }) expectedRevision?: number,
  ): Promise<WriteResult> {
    return replacePlan(caller(ctx), planId(id), documentOf(input, document), expectedRevision);
  }

  @Mutation(() => HoksWriteResult, { description: "Changes a plan's own fields only; sending a list is an error. Needs `update`." })
  patchHoks(
    @Ctx() ctx: HoksContext,
    @Arg("id", () => ID, { description: "Id of the plan (a positive whole number, as `Hoks.id`)." }) id: string,
    @Arg("input", () => HoksTopLevelInput, { nullable: true, description: "The top-level fields to change (only those sent change). Give either `input` or `document`, not both." }) input?: HoksTopLevelInput,
    @Arg("document", () => JSONObjectResolver, { nullable: true, description: "The top-level fields to change as eHOKS v1 JSON (kebab-case keys); a list in it is an error. Give either `input` or `document`, not both." }) document?: Document,
    @Arg("expectedRevision", () => Int, { nullable: true, description: "Refuse with CONFLICT unless the plan is at this revision (`Hoks.revision`); not given, the write does not check." }) expectedRevision?: number,
  ): Promise<WriteResult> {
    return patchPlan(caller(ctx), planId(id), documentOf(input, document), expectedRevision);
  }

  @Mutation(() => HoksWriteResult, { description: "Deletes a plan (it disappears for every reader). Needs `delete`." })
  deleteHoks(
    @Ctx() ctx: HoksContext,
    @Arg("id", () => ID, { description: "Id of the plan (a positive whole number, as `Hoks.id`)." }) id: string,
    @Arg("expectedRevision", () => Int, { nullable: true, description: "Refuse with CONFLICT unless the plan is at this revision (`Hoks.revision`); not given, the write does not check." }) expectedRevision?: number,
  ): Promise<WriteResult> {
    return deletePlan(caller(ctx), planId(id), expectedRevision);
  }

  @Mutation(() => HoksValidation, { description: "A dry run: validates a create, replace or patch without writing anything." })
  async validateHoks(
    @Ctx() ctx: HoksContext,
    // No schema default: @apollo/subgraph builds the schema from SDL before enum values are mapped,
    // so a default would arrive as the name (CREATE), not the value.
    @Arg("kind", () => WriteKindEnum, { nullable: true, description: "CREATE (when not given), REPLACE or PATCH." }) kind?: WriteKindEnum,
    @Arg("id", () => ID, { nullable: true, description: "For REPLACE and PATCH: id of the plan the write would change." }) id?: string,
    @Arg("input", () => HoksInput, { nullable: true, description: "The plan as typed input (camelCased eHOKS keys). Give either `input` or `document`, not both." }) input?: HoksInput,
    @Arg("document", () => JSONObjectResolver, { nullable: true, description: "The plan as an eHOKS v1 JSON document (kebab-case keys), as study administration systems send it. Give either `input` or `document`, not both." }) document?: Document,
  ): Promise<HoksValidation> {
    const problems = await dryRunPlan(caller(ctx), documentOf(input, document), kind ?? WriteKindEnum.CREATE, id ? planId(id) : undefined);
    return { valid: problems.length === 0, problems };
  }

  @FieldResolver()
  hoks(@Root() result: WriteResult, @Ctx() ctx: HoksContext) {
    return ctx.loaders.hoksById.load(result.id);
  }
}
