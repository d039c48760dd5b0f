import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { isPersonOid } from "../../shared/validation/identifiers.js";
import { connectionOf, decodeCursor, encodeCursor, pageSize, withVisibleNodes, type Connection } from "../../shared/pagination.js";
import type { PersonsContext } from "../context.js";
import type { GrantedOpiskeluoikeus } from "../opiskeluoikeus/opiskeluoikeus.queries.js";
import { Opiskeluoikeus } from "../opiskeluoikeus/opiskeluoikeus.type.js";
import type { GrantedHenkilo } from "./henkilo.queries.js";
import { HenkiloConnection } from "./henkilo-connection.type.js";
import { loadVisibleHenkilo } from "./henkilo.reference.js";
import { Henkilo } from "./henkilo.type.js";
import { NAME_SEARCH_MAX_LENGTH, NAME_SEARCH_MAX_WORDS, parseNameSearch } from "./name-search.js";
import { studentOidsPage } from "./opiskelijat.queries.js";

const STUDENT_PAGE_SIZE = 50;

/** A student list's cursor: the last OID of a page, opaque to callers. */
const STUDENT_CURSOR = "opiskelijat";
const decodeStudentCursor = (after: string | null | undefined) => decodeCursor(STUDENT_CURSOR, after, ([oid, ...rest]) => rest.length === 0 && isPersonOid(oid ?? ""))?.[0];

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
  henkilo(@Arg("oid", () => ID, { description: "Person OID (1.2.246.562.24.…)." }) oid: string, @Ctx() ctx: PersonsContext): Promise<GrantedHenkilo> {
    return loadVisibleHenkilo(ctx, oid);
  }

  @Query(() => HenkiloConnection, {
    description:
      "Officials and provider systems: the students with a study right at an institution your `read` covers, in OID order, a page at a time; with `nimi`, only those whose names match. Empty for everyone else.",
  })
  async opiskelijalista(
    @Ctx() ctx: PersonsContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (50 when not given)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "`pageInfo.endCursor` of the previous page (of the same search); the first page when not given." }) after?: string,
    @Arg("nimi", () => String, {
      nullable: true,
      description: `Search by name: only the students whose first names, calling name or surname together contain every word of this, ignoring case (\`aaltonen\`, \`Aino Aalt\`, \`ÄIJÄLÄ\`). 1–${NAME_SEARCH_MAX_LENGTH} characters, at most ${NAME_SEARCH_MAX_WORDS} words; every student when not given. Searches only the students the list would show.`,
    })
    nimi?: string,
  ): Promise<Connection<GrantedHenkilo>> {
    const size = pageSize(first, STUDENT_PAGE_SIZE);
    const nameWords = parseNameSearch(nimi);
    const oids = await studentOidsPage(ctx.readDb, ctx.principal, size + 1, decodeStudentCursor(after), nameWords);
    const page = connectionOf(oids, size, (oid) => encodeCursor(STUDENT_CURSOR, [oid]), (oid) => oid);
    // One batch through the request's scoped loader: the scope decides again, and the reads are audited.
    return withVisibleNodes(page, (pageOids) => Promise.all(pageOids.map((oid) => ctx.loaders.henkiloByOid.load(oid))));
  }

  @Query(() => [Henkilo], {
    deprecationReason: "Use `opiskelijalista`, a connection like every paged list of the graph.",
    description:
      "Officials and provider systems: the students with a study right at an institution your `read` covers, by OID, a page at a time (pass the last OID as `after`).",
  })
  async opiskelijat(
    @Ctx() ctx: PersonsContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (50 when not given)." }) first?: number,
    @Arg("after", () => ID, { nullable: true, description: "The last OID of the previous page." }) after?: string,
  ): Promise<GrantedHenkilo[]> {
    const oids = await studentOidsPage(ctx.readDb, ctx.principal, pageSize(first, STUDENT_PAGE_SIZE), after);
    return this.visiblePersons(ctx, oids);
  }

  /** One batch through the request's scoped loader: the scope decides again, and the reads are audited. */
  private async visiblePersons(ctx: PersonsContext, oids: readonly string[]): Promise<GrantedHenkilo[]> {
    const persons = await Promise.all(oids.map((oid) => ctx.loaders.henkiloByOid.load(oid)));
    return persons.filter((person): person is GrantedHenkilo => person !== null);
  }

  @FieldResolver(() => [Opiskeluoikeus], { description: "The person's study rights that the caller may see." })
  opiskeluoikeudet(@Root() person: GrantedHenkilo, @Ctx() ctx: PersonsContext): Promise<GrantedOpiskeluoikeus[]> {
    return ctx.loaders.opiskeluoikeudetByOppija.load(person.oid);
  }
}
