/**
 * An official's (or a provider system's) students, a page at a time: persons with a study right
 * at an institution the caller's `read` covers (the R2(a)/R3(a) way of seeing a person). Only the
 * page's OIDs are picked here, by index; the persons themselves are read through the person
 * scope like any other, so the list can never show someone the scope would not. A name search
 * narrows the same statement (the same scope, the same OID order and cursor): a student outside
 * the caller's institutions is never matched, so a search for one answers like a search for no one.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../../../drizzle/db.js";
import { fixedTextStatement, type FixedTextStatement } from "../../../drizzle/fixed-text-statement.js";
import { henkilo, opiskeluoikeus } from "../../../drizzle/schema/index.js";
import { coveredOrganisations } from "../../shared/access/coverage.js";
import { providerOrganisationsWithRight, type Principal } from "../../shared/auth/principal.js";
import { namesContainEvery, NAME_SEARCH_MAX_WORDS } from "./name-search.js";

type PageValue = "readable" | "after" | "first" | `word${number}`;

/**
 * The page's statement for a search of `wordCount` words (0: no search), its text built once: an
 * official's list sends it on every page, and composing it anew was ~1.5 % of the persons
 * subgraph's CPU under the ladder's load.
 */
function pageStatementOf(wordCount: number): FixedTextStatement<PageValue> {
  const words = Array.from({ length: wordCount }, (_, i) => sql.placeholder(`word${i}`));
  const byName = wordCount > 0 ? sql`and exists (select 1 from ${henkilo} h where h.oid = ${opiskeluoikeus.oppijaOid} and ${namesContainEvery(sql`h`, words)})` : sql``;
  // Each covered institution's first students after the cursor, from the (institution, student)
  // index in order, then the first of them all: a page costs the same whatever the number of
  // students. One statement over all the institutions' study rights instead sorted them all (its
  // generic plan cannot know the page is small): 27 ms a page at 100 000 students.
  return fixedTextStatement(sql`select distinct first.oid from ${coveredOrganisations(sql`${sql.placeholder("readable")}`)} as institution(oid)
      cross join lateral (select distinct ${opiskeluoikeus.oppijaOid} as oid from ${opiskeluoikeus}
        where ${opiskeluoikeus.oppilaitosOid} = institution.oid and ${opiskeluoikeus.oppijaOid} > ${sql.placeholder("after")} ${byName}
        order by 1 limit ${sql.placeholder("first")}) first
      order by 1 limit ${sql.placeholder("first")}`);
}

/** One statement per number of search words, 0 to the most a search may have (parseNameSearch). */
const PAGE_STATEMENTS = Array.from({ length: NAME_SEARCH_MAX_WORDS + 1 }, (_, wordCount) => pageStatementOf(wordCount));

export async function studentOidsPage(db: Db, principal: Principal, first: number, after?: string | null, nameWords: readonly string[] = []): Promise<string[]> {
  const readable = providerOrganisationsWithRight(principal, "read");
  if (readable.length === 0) return [];
  const statement = PAGE_STATEMENTS[nameWords.length];
  if (!statement) throw new Error(`a name search of more than ${NAME_SEARCH_MAX_WORDS} words reached the page's statement`);
  const values: Record<string, unknown> = { readable, after: after ?? "", first };
  nameWords.forEach((word, i) => (values[`word${i}`] = word));
  const page = rowsOf<{ oid: string }>(await db.execute(statement.with(values)));
  return page.map((row) => row.oid);
}
