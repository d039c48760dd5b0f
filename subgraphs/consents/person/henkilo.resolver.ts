import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ConsentsContext } from "../context.js";
import { Jakolinkki } from "../jakolinkki/jakolinkki.type.js";
import { Suostumus } from "../suostumus/suostumus.type.js";
import { Henkilo } from "./henkilo.type.js";

@Resolver(() => Henkilo)
export class HenkiloConsentsResolver {
  @FieldResolver(() => [Suostumus], { description: "The person's consents, for the person themselves and OPH." })
  suostumukset(@Root() person: Henkilo, @Ctx() ctx: ConsentsContext) {
    return ctx.loaders.suostumuksetByOppija.load(person.oid);
  }

  @FieldResolver(() => [Jakolinkki], { description: "The person's share links, for the person themselves and OPH." })
  jakolinkit(@Root() person: Henkilo, @Ctx() ctx: ConsentsContext) {
    return ctx.loaders.jakolinkitByOppija.load(person.oid);
  }
}
