import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HoksContext } from "../context.js";
import { Hoks } from "../hoks/hoks.type.js";
import { Opiskeluoikeus } from "./opiskeluoikeus.type.js";

@Resolver(() => Opiskeluoikeus)
export class OpiskeluoikeusHoksResolver {
  @FieldResolver(() => Hoks, { nullable: true, description: "The study right's plan, when there is one the caller may see." })
  hoks(@Root() studyRight: Opiskeluoikeus, @Ctx() ctx: HoksContext) {
    return ctx.loaders.hoksByOpiskeluoikeus.load(studyRight.oid);
  }
}

export const opiskeluoikeusReference = {
  Opiskeluoikeus: { __resolveReference: (reference: { oid: string }): Opiskeluoikeus => ({ oid: reference.oid }) },
};
