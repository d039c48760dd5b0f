/** What the audit trail names when a consent or a share link is read or written: its student and plan. */
export const auditTargetOf = (row: { oppijaOid: string; hoksId: number }) => ({ oppijaOid: row.oppijaOid, hoksId: row.hoksId });
