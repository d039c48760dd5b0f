import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HoksContext } from "../context.js";
import { Hoks } from "../hoks/hoks.type.js";
import { Henkilo } from "./henkilo.type.js";

@Resolver(() => Henkilo)
export class HenkiloHoksitResolver {
  @FieldResolver(() => [Hoks], { description: "The person's plans that the caller may see." })
  hoksit(@Root() person: Henkilo, @Ctx() ctx: HoksContext) {
    return ctx.loaders.hoksByOppija.load(person.oid);
  }
}

/** A person reference carries nothing but the key; what it leads to is scoped by `hoksit`. */
export const henkiloReference = {
  Henkilo: { __resolveReference: (reference: { oid: string }): Henkilo => ({ oid: reference.oid }) },
};
