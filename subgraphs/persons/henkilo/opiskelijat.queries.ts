/**
 * An official's (or a provider system's) students, a page at a time: persons with a study right
 * at an institution the caller's `read` covers (the R2(a)/R3(a) way of seeing a person). The page
 * is picked from the study rights by index, then read through the person scope like any person,
 * so the list can never show someone the scope would not.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../../../drizzle/db.js";
import { opiskeluoikeus } from "../../../drizzle/schema/index.js";
import { coveredBy } from "../../shared/access/coverage.js";
import { organisationsWithRight, type Principal } from "../../shared/auth/principal.js";
import { visibleHenkilotByOids, type GrantedHenkilo } from "./henkilo.queries.js";

export async function studentsPage(db: Db, principal: Principal, today: string, first: number, after?: string | null): Promise<GrantedHenkilo[]> {
  const readable = organisationsWithRight(principal, "read");
  if ((principal.role !== "official" && principal.role !== "service") || readable.length === 0) return [];
  const page = rowsOf<{ oid: string }>(
    await db.execute(sql`select distinct ${opiskeluoikeus.oppijaOid} as oid from ${opiskeluoikeus}
      where ${coveredBy(opiskeluoikeus.oppilaitosOid, readable)} and ${opiskeluoikeus.oppijaOid} > ${after ?? ""}
      order by 1 limit ${first}`),
  );
  return page.length ? visibleHenkilotByOids(db, principal, today, page.map((row) => row.oid)) : [];
}
