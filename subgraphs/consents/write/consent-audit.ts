/**
 * The audit events of the student's own writes (R1): consents and share links given, revoked and
 * deleted. A link's secret and its hash never enter the trail.
 */
import type { AuditOperation, JakolinkkiRow, SuostumusRow } from "../../../drizzle/schema/index.js";
import { changesBetween } from "../../shared/audit/changes.js";
import type { RecordWrite } from "../../shared/audit/request-audit.js";
import { auditTargetOf } from "../audit-target.js";

type Written = { kind: "suostumus"; row: SuostumusRow } | { kind: "jakolinkki"; row: JakolinkkiRow };

function recordedValues(written: Written): Record<string, unknown> {
  if (written.kind === "suostumus") return { ...written.row };
  const { tokenHash: _secret, ...values } = written.row;
  return values;
}

/** Records a consent or link given (create), revoked (update) or deleted (delete). */
export function recordConsentWrite(record: RecordWrite, operation: Extract<AuditOperation, "create" | "update" | "delete">, written: Written): void {
  const values = recordedValues(written);
  const [before, after] =
    operation === "create" ? [undefined, values] : operation === "delete" ? [values, undefined] : [{ peruttu: null }, { peruttu: values.peruttu }];
  record({ operation, dataKind: written.kind, rule: "R1", ...auditTargetOf(written.row), changes: changesBetween(before, after) });
}
