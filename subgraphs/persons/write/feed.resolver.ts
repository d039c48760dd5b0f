/**
 * The Koski-like feed: upserts of organisations, persons and study rights in one transaction,
 * newer data winning (subgraphs/persons/import/world.ts). The same import serves the
 * `npm run import:world` command.
 */
import { JSONObjectResolver } from "graphql-scalars";
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Db } from "../../../drizzle/db.js";
import { badUserInput, forbidden } from "../../shared/errors.js";
import type { PersonsContext } from "../context.js";
import { importWorld } from "../import/world.js";
import { parseWorldDocument, WorldDocumentError, type WorldDocument } from "../import/world-document.js";
import { writeRuleOf } from "../../shared/audit/audit-event.js";
import { feedRefusals, mayFeedAtAll } from "./feed-access.js";

@ObjectType({ simpleResolvers: true, description: "How many entities of one kind a feed carried, and how many it wrote (older data does not overwrite newer)." })
export class FeedCount {
  @Field(() => Int, { description: "Distinct entities in the document." })
  received!: number;

  @Field(() => Int, { description: "Rows inserted or overwritten." })
  written!: number;
}

@ObjectType({ simpleResolvers: true, description: "The outcome of a feed." })
export class FeedResult {
  @Field(() => FeedCount, { description: "Organisations received and written." }) organisaatiot!: FeedCount;
  @Field(() => FeedCount, { description: "Persons received and written." }) henkilot!: FeedCount;
  @Field(() => FeedCount, { description: "Study rights received and written." }) opiskeluoikeudet!: FeedCount;
}

function parsed(document: unknown): WorldDocument {
  try {
    return parseWorldDocument(document);
  } catch (error) {
    if (error instanceof WorldDocumentError) throw badUserInput([{ path: error.path, message: error.message.replace(/^[^:]*: /, "") }]);
    throw error;
  }
}

@Resolver()
export class FeedMutations {
  @Mutation(() => FeedResult, {
    description:
      "Upserts organisations, persons and study rights (the shape of world.json; each entity may carry `updatedAt`, and a stored row is only overwritten by data at least as new). OPH: anything. A provider's system: study rights at institutions its `write` covers, and their persons.",
  })
  async upsertKoskiData(
    @Arg("document", () => JSONObjectResolver, {
      description: "A world.json-shaped document: `organisaatiot`, `henkilot` and `opiskeluoikeudet` lists (Koski-like keys). A malformed one is refused as BAD_USER_INPUT naming the path; one the caller may not feed, as FORBIDDEN; nothing is written then.",
    })
    document: Record<string, unknown>, @Ctx() ctx: PersonsContext): Promise<FeedResult> {
    if (!mayFeedAtAll(ctx.principal)) throw forbidden("Feeding persons and study rights needs OPH or a provider system's write privilege");
    const world = parsed(document);
    return ctx.audit.transaction(ctx.db, async (tx, record) => {
      const refusals = await feedRefusals(tx as unknown as Db, ctx.principal, world);
      if (refusals.length) throw forbidden(`Not allowed: ${refusals.map((r) => `${r.path}: ${r.message}`).join("; ")}`);
      return importWorld(tx as unknown as Db, world, { record, rule: writeRuleOf(ctx.principal) }, { today: ctx.today, actor: ctx.principal.sub });
    });
  }
}
