/**
 * The persons subgraph's per-request loaders. Persons and study rights come only through the
 * scoped loaders; organisations are public reference data. Each loader makes one statement per
 * tick whatever the number of keys, so `_entities` batches and nested lists stay flat. What the
 * scoped loaders return is recorded in the audit trail as read.
 */
import type DataLoader from "dataloader";
import type { OrganisaatioRow } from "../../drizzle/schema/index.js";
import type { SubgraphContext } from "../shared/context.js";
import { groupedLoader, uniqueLoader } from "../shared/loaders.js";
import { visibleHenkilotByOids, type GrantedHenkilo } from "./henkilo/henkilo.queries.js";
import {
  visibleOpiskeluoikeudetByOids,
  visibleOpiskeluoikeudetByOppijat,
  type GrantedOpiskeluoikeus,
} from "./opiskeluoikeus/opiskeluoikeus.queries.js";
import { organisaatiotByOids } from "./organisaatio/organisaatio.queries.js";

export interface PersonsLoaders {
  henkiloByOid: DataLoader<string, GrantedHenkilo | null>;
  opiskeluoikeusByOid: DataLoader<string, GrantedOpiskeluoikeus | null>;
  opiskeluoikeudetByOppija: DataLoader<string, GrantedOpiskeluoikeus[]>;
  organisaatioByOid: DataLoader<string, OrganisaatioRow | null>;
}

// Every loader is one scoped statement: it reads from the request's read database (a replica when fresh enough).
export function createPersonsLoaders({ readDb: db, principal, today, audit }: SubgraphContext): PersonsLoaders {
  const persons = async (found: Promise<GrantedHenkilo[]>) => audit.disclosed("henkilo", (h) => ({ oppijaOid: h.oid }), await found);
  const studyRights = async (found: Promise<GrantedOpiskeluoikeus[]>) =>
    audit.disclosed("opiskeluoikeus", (o) => ({ oppijaOid: o.oppijaOid, opiskeluoikeusOid: o.oid }), await found);
  return {
    henkiloByOid: uniqueLoader((oids) => persons(visibleHenkilotByOids(db, principal, today, oids)), (h) => h.oid),
    opiskeluoikeusByOid: uniqueLoader((oids) => studyRights(visibleOpiskeluoikeudetByOids(db, principal, today, oids)), (o) => o.oid),
    opiskeluoikeudetByOppija: groupedLoader((oids) => studyRights(visibleOpiskeluoikeudetByOppijat(db, principal, today, oids)), (o) => o.oppijaOid),
    organisaatioByOid: uniqueLoader((oids) => organisaatiotByOids(db, oids), (o) => o.oid),
  };
}
