import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { pageSize } from "../../shared/pagination.js";
import type { PersonsContext } from "../context.js";
import type { GrantedOpiskeluoikeus } from "../opiskeluoikeus/opiskeluoikeus.queries.js";
import { Opiskeluoikeus } from "../opiskeluoikeus/opiskeluoikeus.type.js";
import type { GrantedHenkilo } from "./henkilo.queries.js";
import { loadVisibleHenkilo } from "./henkilo.reference.js";
import { Henkilo } from "./henkilo.type.js";
import { studentOidsPage } from "./opiskelijat.queries.js";

const STUDENT_PAGE_SIZE = 50;

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

  @Query(() => [Henkilo], {
    description:
      "Officials and provider systems: the students with a study right at an institution your `read` covers, by OID, a page at a time (pass the last OID as `after`).",
  })
  async opiskelijat(
    @Ctx() ctx: PersonsContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (50 when not given)." }) first?: number,
    @Arg("after", () => ID, { nullable: true, description: "The last OID of the previous page." }) after?: string,
  ): Promise<GrantedHenkilo[]> {
    const oids = await studentOidsPage(ctx.db, ctx.principal, pageSize(first, STUDENT_PAGE_SIZE), after);
    // One batch through the request's scoped loader: the scope decides again, and the reads are audited.
    const persons = await Promise.all(oids.map((oid) => ctx.loaders.henkiloByOid.load(oid)));
    return persons.filter((person): person is GrantedHenkilo => person !== null);
  }

  @FieldResolver(() => [Opiskeluoikeus], { description: "The person's study rights that the caller may see." })
  opiskeluoikeudet(@Root() person: GrantedHenkilo, @Ctx() ctx: PersonsContext): Promise<GrantedOpiskeluoikeus[]> {
    return ctx.loaders.opiskeluoikeudetByOppija.load(person.oid);
  }
}
