/** `Caller-Id`: which values are recorded, and where the OPH audit log line carries it. */
import { describe, expect, it } from "vitest";
import { callerIdOf, MAX_CALLER_ID_LENGTH } from "../subgraphs/shared/http/caller-id.js";
import { ophLogLine } from "../subgraphs/shared/audit/oph-log-line.js";

describe("Caller-Id", () => {
  it("is taken when it is a plain name of at most 200 characters", () => {
    for (const value of ["1.2.246.562.10.00000000001.ehoks-frontend", "rantala-sis", "a:b_c.d-e", "x".repeat(MAX_CALLER_ID_LENGTH)]) {
      expect(callerIdOf({ "caller-id": value })).toBe(value);
    }
  });

  it("is not taken when missing, repeated, too long or with other characters", () => {
    for (const value of [undefined, "", "x".repeat(MAX_CALLER_ID_LENGTH + 1), "a b", "a\nb", "<script>", "name;drop", "ä", ["a", "b"]]) {
      expect(callerIdOf({ "caller-id": value as never })).toBeUndefined();
    }
  });

  it("travels in the OPH log line's user", () => {
    const line = ophLogLine({
      occurredAt: new Date("2026-02-01T10:00:00Z"),
      logSeq: 1,
      bootTime: new Date("2026-02-01T09:00:00Z"),
      hostname: "h",
      serviceName: "ehoks-hoks",
      operation: "read",
      outcome: "success",
      dataKind: "hoks",
      rule: "R3",
      actorOid: "sis",
      actorRole: "service",
      actorOrganisations: [],
      ipAddress: null,
      session: null,
      userAgent: null,
      requestId: "r",
      callerId: "rantala-sis",
      oppijaOid: "1.2.246.562.24.55500012349",
      hoksId: 1,
      opiskeluoikeusOid: null,
      changes: null,
    });
    expect(line.user).toMatchObject({ oid: "sis", callerId: "rantala-sis" });
  });
});
