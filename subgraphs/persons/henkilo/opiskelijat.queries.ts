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
import { henkilo, opiskeluoikeus } from "../../../drizzle/schema/index.js";
import { coveredOrganisations } from "../../shared/access/coverage.js";
import { providerOrganisationsWithRight, type Principal } from "../../shared/auth/principal.js";
import { namesContainEvery } from "./name-search.js";

export async function studentOidsPage(db: Db, principal: Principal, first: number, after?: string | null, nameWords?: readonly string[]): Promise<string[]> {
  const readable = providerOrganisationsWithRight(principal, "read");
  if (readable.length === 0) return [];
  const byName = nameWords?.length
    ? sql`and exists (select 1 from ${henkilo} h where h.oid = ${opiskeluoikeus.oppijaOid} and ${namesContainEvery(sql`h`, nameWords)})`
    : sql``;
  // Each covered institution's first students after the cursor, from the (institution, student)
  // index in order, then the first of them all: a page costs the same whatever the number of
  // students. One statement over all the institutions' study rights instead sorted them all (its
  // generic plan cannot know the page is small): 27 ms a page at 100 000 students.
  const page = rowsOf<{ oid: string }>(
    await db.execute(sql`select distinct first.oid from ${coveredOrganisations(readable)} as institution(oid)
      cross join lateral (select distinct ${opiskeluoikeus.oppijaOid} as oid from ${opiskeluoikeus}
        where ${opiskeluoikeus.oppilaitosOid} = institution.oid and ${opiskeluoikeus.oppijaOid} > ${after ?? ""} ${byName}
        order by 1 limit ${first}) first
      order by 1 limit ${first}`),
  );
  return page.map((row) => row.oid);
}
