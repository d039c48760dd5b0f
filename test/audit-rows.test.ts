/**
 * The audit trail stores a run of entries that differ only in their student as one row (a list's
 * students read under one rule; migration 0016, audit-insert.ts). Nothing a reader sees may change
 * for it, so this proves, on the same requests (every example operation of operations/, run
 * through the gateway as its role), that:
 * - the rows give back exactly the entries recorded, in order, each the OPH log line the JSON-lines
 *   copy was written from;
 * - the student's access log and OPH's search answer, page by page, exactly what the one-row-per-
 *   entry trail did: a table of the entries as the earlier trail held them (ids in the order they
 *   were stored) is read with the earlier statement (one student's entries by their own column,
 *   newest first by time and id), and the answers compared;
 * - and that rows are in fact shared: fewer rows than entries, an official's list in one row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../drizzle/db.js";
import type { AuditEntryRow, NewAuditEntry } from "../drizzle/schema/index.js";
import { readOperations } from "../gateway/operations.js";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import { ophView, studentView } from "../subgraphs/consents/kayttoloki/kayttoloki.view.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import { ophLogLine } from "../subgraphs/shared/audit/oph-log-line.js";
import { systemActor } from "../subgraphs/shared/audit/audit-event.js";
import { RequestAudit } from "../subgraphs/shared/audit/request-audit.js";
import { withGrant, type GrantRule } from "../subgraphs/shared/grant.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;

const STUDENT_LOG = `query($first: Int, $after: String) { kayttoloki(first: $first, after: $after) {
  nodes { aika toiminto tieto hoksId opiskeluoikeusOid peruste perusteenKuvaus kayttaja { rooli yTunnus organisaatiot { oid } } }
  pageInfo { endCursor hasNextPage } } }`;
const OPH_SEARCH = `query($oppijaOid: String, $kayttajaOid: String, $alkaen: DateTimeISO, $asti: DateTimeISO, $first: Int, $after: String) {
  auditLoki(oppijaOid: $oppijaOid, kayttajaOid: $kayttajaOid, alkaen: $alkaen, asti: $asti, first: $first, after: $after) {
    nodes { aika toiminto tieto hoksId opiskeluoikeusOid peruste perusteenKuvaus oppijaOid kayttajaOid ipOsoite istunto userAgent pyyntoId tulos palvelu logSeq
      muutokset { polku vanhaArvo uusiArvo } kayttaja { rooli yTunnus organisaatiot { oid } } }
    pageInfo { endCursor hasNextPage } } }`;

/** Every page of a connection, `first` at a time, concatenated. */
async function allPages(role: keyof typeof DEMO_ROLES, query: string, field: string, variables: Record<string, unknown>, first: number): Promise<unknown[]> {
  const token = await service.token(role);
  const nodes: unknown[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const answer = await postGraphQL(service.gatewayUrl, query, { token, variables: { ...variables, first, after } });
    expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    const connection = answer.body.data[field];
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
  throw new Error("more than 200 pages");
}

/**
 * The entries as the one-row-per-entry trail held them: one row each, numbered in the order they
 * were stored (a row's entries in their order), which is what its bigserial ids were.
 */
async function earlierTrail(where: ReturnType<typeof sql>): Promise<AuditEntryRow[]> {
  const rows = rowsOf<Record<string, unknown>>(
    await service.database.db.execute(sql`
      with earlier as (select row_number() over (order by id, item) as earlier_id, * from audit.entry_target)
      select * from earlier where ${where} order by occurred_at desc, earlier_id desc`),
  );
  return rows.map((row) => ({
    id: Number(row.id), item: Number(row.item), occurredAt: new Date(row.occurred_at as string), logSeq: Number(row.log_seq), bootTime: new Date(row.boot_time as string),
    hostname: row.hostname as string, serviceName: row.service_name as string, operation: row.operation as AuditEntryRow["operation"], outcome: row.outcome as AuditEntryRow["outcome"],
    dataKind: row.data_kind as AuditEntryRow["dataKind"], rule: row.rule as string, actorOid: row.actor_oid as string, actorRole: row.actor_role as string,
    actorOrganisations: row.actor_organisations as string[], ipAddress: row.ip_address as string | null, session: row.session as string | null, userAgent: row.user_agent as string | null,
    requestId: row.request_id as string | null, callerId: row.caller_id as string | null, changes: (row.changes ?? null) as AuditEntryRow["changes"],
    oppijaOid: row.oppija_oid as string, hoksId: row.hoks_id as number | null, opiskeluoikeusOid: row.opiskeluoikeus_oid as string | null, targets: row.targets as string[],
  }));
}

/** As the API shows an entry: instants as ISO text, the plan's id as an ID (text), absent as null. */
const asAnswered = (value: { hoksId?: number | null }) =>
  JSON.parse(JSON.stringify({ ...value, hoksId: value.hoksId == null ? null : String(value.hoksId) }, (_key, v) => (v === undefined ? null : v)));
const studentShown = (row: AuditEntryRow) => asAnswered(studentView(row));
const ophShown = (row: AuditEntryRow) => asAnswered(ophView(row));

beforeAll(async () => {
  service = await startTestService({ sharing: true });
  // The same requests as a day of the service: every example, as its role, in order (writes too).
  for (const operation of readOperations()) {
    const role = DEMO_ROLES[operation.role]!;
    const response = await fetch(service.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await service.token(operation.role as keyof typeof DEMO_ROLES)}`, ...role.headers, ...operation.headers },
      body: JSON.stringify({ query: operation.document, variables: operation.variables }),
    });
    expect(response.status, operation.file).toBe(200);
  }
}, 120_000);

afterAll(async () => {
  await service?.close();
});

describe("audit rows holding several entries", () => {
  it("are shared: fewer rows than entries, and an official's list of students in one row", async () => {
    const [counts] = rowsOf<{ rows: number; entries: number; widest: number }>(
      await service.database.db.execute(sql`select count(*)::int as rows, coalesce(sum(cardinality(oppija_oids)), 0)::int as entries, coalesce(max(cardinality(oppija_oids)), 0)::int as widest from audit.entry`),
    );
    expect(counts!.rows).toBeLessThan(counts!.entries);
    const [official] = rowsOf<{ widest: number }>(
      await service.database.db.execute(sql`select coalesce(max(cardinality(oppija_oids)), 0)::int as widest from audit.entry where actor_oid = ${DEMO_ROLES.liisa!.claims.sub} and data_kind = 'henkilo'`),
    );
    expect(official!.widest).toBeGreaterThan(1);
  });

  it("give back the entries recorded, in order, each the line the OPH log copy was written from", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = new AuditLog({ db: service.database.db, sink: { append: async (written) => void lines.push(...written) } });
    const actor = systemActor("rows-test");
    const at = new Date("2026-02-01T09:00:00.000Z");
    const entries: Omit<NewAuditEntry, "logSeq">[] = [
      ...["1.2.246.562.24.10000000001", "1.2.246.562.24.10000000002", "1.2.246.562.24.10000000001"].map((oppijaOid, i) =>
        log.entry("ehoks-test", actor, { operation: "read", dataKind: "hoks", rule: "R9", oppijaOid, hoksId: i === 1 ? null : 10 + i, opiskeluoikeusOid: i === 2 ? "1.2.246.562.15.1" : null }, at),
      ),
      // Another rule, then a write with its changes: rows of their own.
      log.entry("ehoks-test", actor, { operation: "read", dataKind: "hoks", rule: "R2", oppijaOid: "1.2.246.562.24.10000000003" }, at),
      log.entry("ehoks-test", actor, { operation: "update", dataKind: "hoks", rule: "R9", oppijaOid: "1.2.246.562.24.10000000003", hoksId: 7, changes: [{ path: "a", oldValue: 1, newValue: 2 }] }, at),
      log.entry("ehoks-test", actor, { operation: "read", dataKind: "hoks", rule: "R2", oppijaOid: "1.2.246.562.24.10000000004" }, at),
    ];
    await log.store(entries);
    const stored = await earlierTrail(sql`actor_oid = ${actor.oid}`);
    expect(stored.reverse().map((row) => ophLogLine(row))).toEqual(lines);
    expect(new Set(stored.map((row) => row.id)).size).toBe(4);
    await log.close();
  });

  it("hold a list's students read under one rule in one row, however the rules alternate, each student once", async () => {
    const log = new AuditLog({ db: service.database.db });
    const actor = systemActor("rules-test");
    const request = new RequestAudit(log, "ehoks-test", actor);
    const grants: GrantRule[] = ["R2a", "R3a", "R2b", "R3a"];
    const persons = grants.map((grant, i) => withGrant({ oid: `1.2.246.562.24.1000000020${i}` }, grant));
    // The first student comes twice (a loader may return a row again): one entry.
    request.disclosed("henkilo", (person) => ({ oppijaOid: person.oid }), [...persons, persons[0]!]);
    await request.settled();
    const rows = rowsOf<{ rule: string; oppija_oids: string[]; log_seq: string }>(
      await service.database.db.execute(sql`select rule, oppija_oids, log_seq from audit.entry where actor_oid = ${actor.oid} order by id`),
    );
    expect(rows.map((row) => [row.rule, row.oppija_oids])).toEqual([
      ["R2", [persons[0]!.oid, persons[2]!.oid]],
      ["R3", [persons[1]!.oid, persons[3]!.oid]],
    ]);
    // Each entry its own sequence number: the second row's first follows the first row's last.
    expect(Number(rows[1]!.log_seq)).toBe(Number(rows[0]!.log_seq) + 2);
    await log.close();
  });

  it("are stored together when several requests disclose in one turn of the event loop, and later ones in the next insert", async () => {
    const log = new AuditLog({ db: service.database.db });
    const disclose = (name: string, oppijaOid: string) => {
      const request = new RequestAudit(log, "ehoks-test", systemActor(name));
      request.disclosed("henkilo", (person) => ({ oppijaOid: person.oid }), [withGrant({ oid: oppijaOid }, "R2a")]);
      return request.settled();
    };
    // Three requests in one turn (as when one poll reads the database's answers to all three).
    const together = ["turn-test-1", "turn-test-2", "turn-test-3"];
    const first = Promise.all(together.map((name, i) => disclose(name, `1.2.246.562.24.1000000030${i}`)));
    // One more once the first insert has been taken: it waits for the next.
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([first, disclose("turn-test-4", "1.2.246.562.24.10000000304")]);
    // Rows stored by one insert share its transaction id.
    const rows = rowsOf<{ actor_oid: string; insert: string }>(
      await service.database.db.execute(sql`select actor_oid, xmin::text as insert from audit.entry where actor_oid like 'ehoks-turn-test-%' order by actor_oid`),
    );
    expect(rows.map((row) => row.actor_oid)).toEqual([...together, "turn-test-4"].map((name) => systemActor(name).oid));
    expect(new Set(rows.slice(0, 3).map((row) => row.insert)).size).toBe(1);
    expect(rows[3]!.insert).not.toBe(rows[0]!.insert);
    await log.close();
  });

  it("answer each student's access log page by page as one row per entry did", async () => {
    for (const role of ["aino", "bertta"] as const) {
      const oid = DEMO_ROLES[role]!.claims.sub;
      const expected = (await earlierTrail(sql`oppija_oid = ${oid} and actor_oid <> ${oid} and outcome = 'success'`)).map(studentShown);
      expect(expected.length, role).toBeGreaterThan(3);
      expect(await allPages(role, STUDENT_LOG, "kayttoloki", {}, 3), role).toEqual(expected);
    }
  });

  it("answer OPH's searches page by page as one row per entry did: by student, by user, by time, and all", async () => {
    const aino = DEMO_ROLES.aino!.claims.sub;
    const liisa = DEMO_ROLES.liisa!.claims.sub;
    const searches: { variables: Record<string, unknown>; where: ReturnType<typeof sql> }[] = [
      { variables: { oppijaOid: aino }, where: sql`oppija_oid = ${aino}` },
      { variables: { kayttajaOid: liisa }, where: sql`actor_oid = ${liisa}` },
      { variables: { alkaen: "2000-01-01T00:00:00.000Z", asti: "2100-01-01T00:00:00.000Z" }, where: sql`occurred_at between '2000-01-01' and '2100-01-01'` },
      { variables: {}, where: sql`true` },
    ];
    for (const search of searches) {
      // Paging OPH's search records OPH's reads: newer than the first page, so never on a later one.
      const expected = (await earlierTrail(search.where)).map(ophShown);
      expect(expected.length).toBeGreaterThan(3);
      expect(await allPages("oph", OPH_SEARCH, "auditLoki", search.variables, 7), JSON.stringify(search.variables)).toEqual(expected);
    }
  });
});
