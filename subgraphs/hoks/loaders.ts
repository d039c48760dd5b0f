/**
 * The hoks subgraph's per-request loaders. Plans come only through the scoped loaders; the child
 * loaders are reached only from a plan the caller was granted, one statement per table per request.
 */
import type DataLoader from "dataloader";
import type { Db } from "../../drizzle/db.js";
import {
  hankittavaKoulutuksenOsa,
  opiskeluvalmiuksiaTukevaOpinto,
  oppimisenTuki,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
  type HankittavaKoulutuksenOsaRow,
  type OpiskeluvalmiuksiaTukevaOpintoRow,
  type OppimisenTukiRow,
  type OsaamisenHankkimistapaRow,
  type OsaamisenOsoittaminenRow,
  type TutkinnonOsaRow,
} from "../../drizzle/schema/index.js";
import type { Principal } from "../shared/auth/principal.js";
import { groupedLoader, uniqueLoader } from "../shared/loaders.js";
import {
  visibleHoksByIds,
  visibleHoksByOpiskeluoikeudet,
  visibleHoksByOppijat,
  type GrantedHoks,
} from "./hoks/hoks.queries.js";
import { rowsOfPlans, type PlanChildTable } from "./plan-rows.queries.js";

export interface HoksLoaders {
  hoksById: DataLoader<number, GrantedHoks | null>;
  hoksByOppija: DataLoader<string, GrantedHoks[]>;
  hoksByOpiskeluoikeus: DataLoader<string, GrantedHoks | null>;
  units: DataLoader<number, TutkinnonOsaRow[]>;
  periods: DataLoader<number, OsaamisenHankkimistapaRow[]>;
  demonstrations: DataLoader<number, OsaamisenOsoittaminenRow[]>;
  readinessStudies: DataLoader<number, OpiskeluvalmiuksiaTukevaOpintoRow[]>;
  learningSupport: DataLoader<number, OppimisenTukiRow[]>;
  tuvaParts: DataLoader<number, HankittavaKoulutuksenOsaRow[]>;
}

function byPlan<T extends PlanChildTable>(db: Db, table: T): DataLoader<number, T["$inferSelect"][]> {
  return groupedLoader((ids: readonly number[]) => rowsOfPlans(db, table, ids), (row) => row.hoksId);
}

export function createHoksLoaders(db: Db, principal: Principal): HoksLoaders {
  return {
    hoksById: uniqueLoader((ids) => visibleHoksByIds(db, principal, ids), (h) => h.id),
    hoksByOppija: groupedLoader((oids) => visibleHoksByOppijat(db, principal, oids), (h) => h.oppijaOid),
    hoksByOpiskeluoikeus: uniqueLoader((oids) => visibleHoksByOpiskeluoikeudet(db, principal, oids), (h) => h.opiskeluoikeusOid),
    units: byPlan(db, tutkinnonOsa),
    periods: byPlan(db, osaamisenHankkimistapa),
    demonstrations: byPlan(db, osaamisenOsoittaminen),
    readinessStudies: byPlan(db, opiskeluvalmiuksiaTukevaOpinto),
    learningSupport: byPlan(db, oppimisenTuki),
    tuvaParts: byPlan(db, hankittavaKoulutuksenOsa),
  };
}
