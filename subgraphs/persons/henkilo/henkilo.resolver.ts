import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { PersonsContext } from "../context.js";
import type { GrantedOpiskeluoikeus } from "../opiskeluoikeus/opiskeluoikeus.queries.js";
import { Opiskeluoikeus } from "../opiskeluoikeus/opiskeluoikeus.type.js";
import type { GrantedHenkilo } from "./henkilo.queries.js";
import { loadVisibleHenkilo } from "./henkilo.reference.js";
import { Henkilo } from "./henkilo.type.js";

@Resolver(() => Henkilo)
export class HenkiloResolver {
  // Null rather than NOT_FOUND: asking about oneself reveals nothing about anyone else.
  @Query(() => Henkilo, { nullable: true, description: "The caller's own person, by the token's subject; null when unknown." })
  me(@Ctx() ctx: PersonsContext): Promise<GrantedHenkilo | null> {
    return ctx.loaders.henkiloByOid.load(ctx.principal.sub);
  }

  @Query(() => Henkilo, {
    nullable: true,
    description: "A person by OID. A person the caller may not see is reported exactly like a missing one.",
  })
  henkilo(@Arg("oid", () => ID) oid: string, @Ctx() ctx: PersonsContext): Promise<GrantedHenkilo> {
    return loadVisibleHenkilo(ctx, oid);
  }

  @FieldResolver(() => [Opiskeluoikeus], { description: "The person's study rights that the caller may see." })
  opiskeluoikeudet(@Root() person: GrantedHenkilo, @Ctx() ctx: PersonsContext): Promise<GrantedOpiskeluoikeus[]> {
    return ctx.loaders.opiskeluoikeudetByOppija.load(person.oid);
  }
}
