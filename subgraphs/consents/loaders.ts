/** The consents subgraph's per-request loaders; every read goes through the owner scope and is audited. */
import type DataLoader from "dataloader";
import { jakolinkki, suostumus } from "../../drizzle/schema/index.js";
import type { SubgraphContext } from "../shared/context.js";
import { auditTargetOf } from "./audit-target.js";
import type { Granted } from "../shared/grant.js";
import { groupedLoader, uniqueLoader } from "../shared/loaders.js";
import type { Jakolinkki } from "./jakolinkki/jakolinkki.type.js";
import { jakolinkkiView } from "./jakolinkki/jakolinkki.view.js";
import { visibleOwnedRows } from "./owned-rows.queries.js";
import type { Suostumus } from "./suostumus/suostumus.type.js";
import { suostumusView } from "./suostumus/suostumus.view.js";

export interface ConsentsLoaders {
  suostumusById: DataLoader<string, Granted<Suostumus> | null>;
  suostumuksetByOppija: DataLoader<string, Granted<Suostumus>[]>;
  jakolinkkiById: DataLoader<string, Granted<Jakolinkki> | null>;
  jakolinkitByOppija: DataLoader<string, Granted<Jakolinkki>[]>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot name a row; dropping it keeps the database from rejecting the batch. */
const wellFormedIds = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));

// Every loader is one scoped statement: it reads from the request's read database (a replica when fresh enough).
export function createConsentsLoaders({ readDb: db, principal, audit }: SubgraphContext): ConsentsLoaders {
  const suostumukset = async (by: "id" | "oppijaOid", keys: readonly string[]) =>
    audit.disclosed("suostumus", auditTargetOf, await visibleOwnedRows(db, principal, suostumus, by, by === "id" ? wellFormedIds(keys) : keys)).map(suostumusView);
  const jakolinkit = async (by: "id" | "oppijaOid", keys: readonly string[]) =>
    audit.disclosed("jakolinkki", auditTargetOf, await visibleOwnedRows(db, principal, jakolinkki, by, by === "id" ? wellFormedIds(keys) : keys)).map(jakolinkkiView);
  return {
    suostumusById: uniqueLoader((ids) => suostumukset("id", ids), (s) => s.id),
    suostumuksetByOppija: groupedLoader((oids) => suostumukset("oppijaOid", oids), (s) => s.oppija.oid),
    jakolinkkiById: uniqueLoader((ids) => jakolinkit("id", ids), (l) => l.id),
    jakolinkitByOppija: groupedLoader((oids) => jakolinkit("oppijaOid", oids), (l) => l.oppija.oid),
  };
}
