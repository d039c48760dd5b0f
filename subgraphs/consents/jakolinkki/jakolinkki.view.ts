/** A share link row as the GraphQL type shows it; the token hash never leaves the store. */
import type { JakolinkkiRow } from "../../../drizzle/schema/index.js";
import { withGrant, grantOf, type Granted } from "../../shared/grant.js";
import type { Jakolinkki, JakolinkinKohde } from "./jakolinkki.type.js";

export function jakolinkkiView(row: Granted<JakolinkkiRow>): Granted<Jakolinkki> {
  return withGrant(
    {
      id: row.id,
      oppija: { oid: row.oppijaOid },
      hoks: { id: row.hoksId },
      tutkinnonOsaModuleId: row.tutkinnonOsaModuleId,
      kohdeTyyppi: row.kohdeTyyppi as JakolinkinKohde,
      kohdeModuleId: row.kohdeModuleId,
      voimassaAlku: row.voimassaAlku,
      voimassaLoppu: row.voimassaLoppu,
      createdAt: row.createdAt,
    },
    grantOf(row)!,
  );
}
