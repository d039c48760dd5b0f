/** A consent row as the GraphQL type shows it. */
import type { SuostumusRow } from "../../../drizzle/schema/index.js";
import { withGrant, grantOf, type Granted } from "../../shared/grant.js";
import type { Suostumus, SuostumuksenOsio } from "./suostumus.type.js";

export function suostumusView(row: Granted<SuostumusRow>): Granted<Suostumus> {
  return withGrant(
    {
      id: row.id,
      oppija: { oid: row.oppijaOid },
      hoks: { id: row.hoksId },
      vastaanottaja: {
        henkiloOid: row.vastaanottajaHenkiloOid,
        organisaatioOid: row.vastaanottajaOrganisaatioOid,
        yTunnus: row.vastaanottajaYTunnus,
      },
      osiot: row.osiot as SuostumuksenOsio[],
      tutkinnonOsaModuleIds: row.tutkinnonOsaModuleIds,
      tarkoitus: row.tarkoitus,
      voimassaAlku: row.voimassaAlku,
      voimassaLoppu: row.voimassaLoppu,
      peruttu: row.peruttu,
      createdAt: row.createdAt,
    },
    grantOf(row)!,
  );
}
