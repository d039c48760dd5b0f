/** Audit rows as the two readers see them: the student (no individual's OID, address or changes) and OPH (everything). */
import type { AuditEntryRow } from "../../../drizzle/schema/index.js";
import type { AuditRule } from "../../shared/audit/audit-event.js";
import type { AuditMerkinta, Kayttolokimerkinta } from "./kayttoloki.type.js";
import { RULE_DESCRIPTIONS } from "./rule-descriptions.js";
import { Y_TUNNUS } from "../../shared/validation/identifiers.js";

/** The actor's organisations as recorded: OIDs, and a consent recipient's business by Y-tunnus (audit-event.ts). */
function actorOf(row: AuditEntryRow): Kayttolokimerkinta["kayttaja"] {
  const yTunnus = row.actorOrganisations.find((id) => Y_TUNNUS.test(id)) ?? null;
  return { rooli: row.actorRole, yTunnus, organisaatiot: row.actorOrganisations.filter((id) => !Y_TUNNUS.test(id)).map((oid) => ({ oid })) };
}

export function studentView(row: AuditEntryRow): Kayttolokimerkinta {
  return {
    aika: row.occurredAt,
    toiminto: row.operation,
    tieto: row.dataKind,
    hoksId: row.hoksId,
    opiskeluoikeusOid: row.opiskeluoikeusOid,
    peruste: row.rule,
    perusteenKuvaus: RULE_DESCRIPTIONS[row.rule as AuditRule] ?? row.rule,
    kayttaja: actorOf(row),
  };
}

export function ophView(row: AuditEntryRow): AuditMerkinta {
  return {
    ...studentView(row),
    oppijaOid: row.oppijaOid,
    kayttajaOid: row.actorOid,
    ipOsoite: row.ipAddress,
    istunto: row.session,
    userAgent: row.userAgent,
    pyyntoId: row.requestId,
    tulos: row.outcome,
    palvelu: row.serviceName,
    logSeq: row.logSeq,
    muutokset: (row.changes ?? []).map((change) => ({ polku: change.path, vanhaArvo: change.oldValue ?? null, uusiArvo: change.newValue ?? null })),
  };
}
