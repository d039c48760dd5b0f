/**
 * The audit trail over real HTTP: every door (gateway GraphQL, REST, a subgraph called directly)
 * records reads and writes with the rule that allowed them; a failed write records nothing; the
 * student reads who else used their data, and OPH searches the whole trail.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTarget, hoks, type AuditEntryRow } from "../drizzle/schema/index.js";
import { DEMO_ROLES, OIDS } from "../scripts/demo/demo-roles.js";
import { actorOf } from "../subgraphs/shared/audit/audit-event.js";
import { AuditLog, AuditUnavailable } from "../subgraphs/shared/audit/audit-log.js";
import { jsonLinesFile } from "../subgraphs/shared/audit/json-lines-file.js";
import { RequestAudit } from "../subgraphs/shared/audit/request-audit.js";
import type { EhoksClaims } from "../subgraphs/shared/auth/principal.js";
import { exampleDocument } from "./support/examples.js";
import { principal } from "./support/principals.js";
import { rest } from "./support/rest.js";
import { startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
let base: string;
let fullPlan: number;
beforeAll(async () => {
  service = await startTestService();
  base = service.gatewayUrl.replace(/\/graphql$/, "");
  fullPlan = service.database.planIds.full;
});
afterAll(() => service.close());

type Role = keyof typeof DEMO_ROLES | EhoksClaims;

/** Sends one GraphQL request with its own request id and user agent; answers the body and the id. */
async function ask(who: Role, query: string, variables?: Record<string, unknown>, url = service.gatewayUrl) {
  const requestId = randomUUID();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await service.token(who)}`, "x-request-id": requestId, "user-agent": "audit-test/1.0" },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string; problems?: unknown } }[] }, requestId };
}

/** The rows a request left, once the queued reads are stored. */
async function rowsOf(requestId: string): Promise<AuditEntryRow[]> {
  await service.audit.flush();
  return service.database.db.select().from(auditTarget).where(eq(auditTarget.requestId, requestId));
}

const summary = (rows: AuditEntryRow[]) =>
  rows.map((r) => `${r.serviceName} ${r.operation} ${r.dataKind} ${r.rule} ${r.oppijaOid}${r.hoksId ? ` hoks ${r.hoksId}` : ""}${r.opiskeluoikeusOid ? ` ${r.opiskeluoikeusOid}` : ""}`).sort();

describe("reads are recorded at every door", () => {
  it("a student reading their plan through the gateway: each subgraph records what it disclosed, with R1", async () => {
    const { body, requestId } = await ask("aino", `{ me { etunimet opiskeluoikeudet { oid } hoksit { id } } }`);
    expect(body.errors).toBeUndefined();
    const rows = await rowsOf(requestId);
    const studyRights = body.data.me.opiskeluoikeudet.map((o: { oid: string }) => `ehoks-persons read opiskeluoikeus R1 ${OIDS.aino} ${o.oid}`);
    expect(studyRights).toHaveLength(3);
    expect(summary(rows)).toEqual(
      [`ehoks-hoks read hoks R1 ${OIDS.aino} hoks ${fullPlan} ${OIDS.opiskeluoikeusRantala}`, `ehoks-persons read henkilo R1 ${OIDS.aino}`, ...studyRights].sort(),
    );
    for (const row of rows) {
      expect(row).toMatchObject({ actorOid: OIDS.aino, actorRole: "student", userAgent: "audit-test/1.0", session: expect.stringMatching(/^[0-9a-f]{32}$/) });
      // The caller's address as the gateway saw it, then the gateway's as the subgraph saw it.
      expect(row.ipAddress).toMatch(/127\.0\.0\.1|::1/);
      expect(row.ipAddress!.split(",").length).toBe(2);
    }
  });

  it("records a plan once per request however often the request reaches it", async () => {
    const { requestId } = await ask("aino", `{ a: hoks(id: ${fullPlan}) { id } b: hoks(id: ${fullPlan}) { id } }`);
    expect(summary(await rowsOf(requestId))).toEqual([`ehoks-hoks read hoks R1 ${OIDS.aino} hoks ${fullPlan} ${OIDS.opiskeluoikeusRantala}`]);
  });

  it("an official's read names the rule variant's rule and the official's organisations", async () => {
    const { requestId } = await ask("liisa", `{ hoks(id: ${fullPlan}) { id oppija { etunimet } } }`);
    const rows = await rowsOf(requestId);
    expect(summary(rows)).toEqual([`ehoks-hoks read hoks R2 ${OIDS.aino} hoks ${fullPlan} ${OIDS.opiskeluoikeusRantala}`, `ehoks-persons read henkilo R2 ${OIDS.aino}`].sort());
    expect(rows[0]!.actorOrganisations).toContain(OIDS.rantala);
  });

  it("a subgraph called directly records the read just the same", async () => {
    const { body, requestId } = await ask("ville", `{ workplaceAssignments { id } }`, undefined, service.subgraphUrls.hoks);
    expect(body.data.workplaceAssignments).toEqual([{ id: String(fullPlan) }]);
    const rows = await rowsOf(requestId);
    expect(summary(rows)).toEqual([`ehoks-hoks read hoks R4 ${OIDS.aino} hoks ${fullPlan} ${OIDS.opiskeluoikeusRantala}`]);
    expect(rows[0]!.ipAddress!.split(",").length).toBe(1);
  });

  it("a REST read is recorded", async () => {
    const requestId = randomUUID();
    const response = await rest(base, "GET", `/hoks/${fullPlan}`, await service.token("rantalasystem"), undefined, { "x-request-id": requestId });
    expect(response.status).toBe(200);
    expect(summary(await rowsOf(requestId))).toContain(`ehoks-hoks read hoks R3 ${OIDS.aino} hoks ${fullPlan} ${OIDS.opiskeluoikeusRantala}`);
  });

  it("nothing is recorded for what the caller was not shown", async () => {
    const { body, requestId } = await ask("bertta", `{ hoks(id: ${fullPlan}) { id } }`);
    expect(body.data.hoks).toBeNull();
    expect(await rowsOf(requestId)).toEqual([]);
  });
});

describe("writes record their changes in their own transaction", () => {
  const PATCH = `mutation ($id: ID!, $d: JSONObject!, $revision: Int) { patchHoks(id: $id, document: $d, expectedRevision: $revision) { revision } }`;
  const writesOf = async (requestId: string) => (await rowsOf(requestId)).filter((row) => row.operation !== "read");

  it("a REST replace records each changed field with its old and new value", async () => {
    const document = exampleDocument("valid-full.json") as Record<string, unknown>;
    const requestId = randomUUID();
    const response = await rest(base, "PUT", `/hoks/${fullPlan}`, await service.token("rantalasystem"), { ...document, "puhelinnumero": "+358401234567" }, { "x-request-id": requestId });
    expect(response.status).toBe(204);
    const [write, ...others] = await writesOf(requestId);
    expect(others).toEqual([]);
    expect(write).toMatchObject({ operation: "overwrite", dataKind: "hoks", rule: "R3", oppijaOid: OIDS.aino, hoksId: fullPlan, serviceName: "ehoks-hoks" });
    expect(write!.changes).toEqual([{ path: "puhelinnumero", oldValue: document.puhelinnumero, newValue: "+358401234567" }]);
  });

  it("a GraphQL patch records the top-level field it changed", async () => {
    const { body, requestId } = await ask("liisa", PATCH, { id: fullPlan, d: { "urasuunnitelma-koodi-uri": "urasuunnitelma_0002", "urasuunnitelma-koodi-versio": 1 } });
    expect(body.errors).toBeUndefined();
    const [write] = await writesOf(requestId);
    expect(write).toMatchObject({ operation: "update", rule: "R2", actorOid: OIDS.liisa });
    expect(write!.changes).toEqual(expect.arrayContaining([{ path: "urasuunnitelma-koodi-uri", oldValue: expect.any(String), newValue: "urasuunnitelma_0002" }]));
    expect(write!.changes!.every((change) => change.path.startsWith("urasuunnitelma-koodi-"))).toBe(true);
  });

  it("a refused write records nothing and changes nothing: bad input, no privilege, stale revision", async () => {
    const [before] = await service.database.db.select().from(hoks).where(eq(hoks.id, fullPlan));
    const bad = await ask("liisa", PATCH, { id: fullPlan, d: { "ensikertainen-hyvaksyminen": "not a date" } });
    const forbidden = await ask(DEMO_ROLES.harju!.claims, PATCH, { id: fullPlan, d: { puhelinnumero: "+358400000000" } });
    const stale = await ask("liisa", PATCH, { id: fullPlan, d: { puhelinnumero: "+358400000000" }, revision: 1 });
    expect([bad, forbidden, stale].map((r) => r.body.errors?.[0]?.extensions?.code)).toEqual(["BAD_USER_INPUT", "FORBIDDEN", "CONFLICT"]);
    for (const { requestId } of [bad, forbidden, stale]) expect(await writesOf(requestId)).toEqual([]);
    const [after] = await service.database.db.select().from(hoks).where(eq(hoks.id, fullPlan));
    expect(after).toEqual(before);
  });

  it("a delete records the deletion, and a create through GraphQL every value sent", async () => {
    const tuvaPlan = service.database.planIds.tuva;
    const deleted = await ask("liisa", `mutation { deleteHoks(id: ${tuvaPlan}) { revision } }`);
    expect(deleted.body.errors).toBeUndefined();
    expect(await writesOf(deleted.requestId)).toEqual([
      expect.objectContaining({ operation: "delete", hoksId: tuvaPlan, rule: "R2", changes: [{ path: "poistettu", newValue: expect.any(String) }] }),
    ]);
    // The deleted plan's study right is free for a new plan.
    const tuva = exampleDocument("valid-tuva.json") as Record<string, unknown>;
    const created = await ask("rantalasystem", `mutation ($d: JSONObject!) { createHoks(document: $d) { id } }`, {
      d: { "oppija-oid": tuva["oppija-oid"], "opiskeluoikeus-oid": tuva["opiskeluoikeus-oid"], "ensikertainen-hyvaksyminen": "2026-01-20", "osaamisen-hankkimisen-tarve": false },
    });
    expect(created.body.errors).toBeUndefined();
    const id = Number(created.body.data.createHoks.id);
    const [create, ...others] = await writesOf(created.requestId);
    expect(others).toEqual([]);
    expect(create).toMatchObject({ operation: "create", hoksId: id, oppijaOid: tuva["oppija-oid"], rule: "R3", actorOid: "rantala-sis" });
    expect(create!.changes).toEqual(
      expect.arrayContaining([
        { path: "ensikertainen-hyvaksyminen", newValue: "2026-01-20" },
        { path: "osaamisen-hankkimisen-tarve", newValue: false },
        { path: "opiskeluoikeus-oid", newValue: tuva["opiskeluoikeus-oid"] },
      ]),
    );
  });

  it("a student's consent is recorded as their own write (R1)", async () => {
    const { body, requestId } = await ask("aino", `mutation ($input: CreateConsentInput!) { createConsent(input: $input) { id } }`, {
      input: { hoksId: String(fullPlan), tarkoitus: "Harjoittelu", voimassaAlku: "2026-01-15", voimassaLoppu: "2026-03-31", vastaanottaja: { yTunnus: "7654322-0" }, osiot: ["URASUUNNITELMA"] },
    });
    expect(body.errors).toBeUndefined();
    const [write] = await writesOf(requestId);
    expect(write).toMatchObject({ operation: "create", dataKind: "suostumus", rule: "R1", oppijaOid: OIDS.aino, hoksId: fullPlan });
    expect(write!.changes).toEqual(expect.arrayContaining([{ path: "tarkoitus", newValue: "Harjoittelu" }]));
  });
});

describe("the student's access log", () => {
  const LOG = `query ($first: Int, $after: String) { kayttoloki(first: $first, after: $after) {
    nodes { aika toiminto tieto hoksId peruste perusteenKuvaus kayttaja { rooli organisaatiot { oid } } } pageInfo { endCursor hasNextPage } } }`;

  beforeAll(async () => {
    // An instructor, an official and a consent recipient each read Aino's plan.
    await ask("ville", `{ workplaceAssignments { id } }`);
    await ask("liisa", `{ hoks(id: ${fullPlan}) { id } }`);
    const employer: EhoksClaims = { sub: "1.2.246.562.24.10000000010", role: "workplace", ytunnus: "7654322-0" };
    const seen = await ask(employer, `{ hoks(id: ${fullPlan}) { id urasuunnitelmaKoodiUri } }`);
    expect(seen.body.data.hoks?.id).toBe(String(fullPlan));
    await service.audit.flush();
  });

  it("shows who else read the plan, on which basis, and never the student's own reads", async () => {
    const { body } = await ask("aino", LOG, { first: 100 });
    const entries = body.data.kayttoloki.nodes as { toiminto: string; tieto: string; peruste: string; hoksId: string | null; kayttaja: { rooli: string } }[];
    const planReads = entries.filter((e) => e.toiminto === "read" && e.tieto === "hoks" && e.hoksId === String(fullPlan)).map((e) => `${e.peruste} ${e.kayttaja.rooli}`);
    expect(planReads).toEqual(expect.arrayContaining(["R4 workplace", "R2 official", "R6 workplace"]));
    expect(entries.some((e) => e.peruste === "R1")).toBe(false);
    const official = body.data.kayttoloki.nodes.find((e: any) => e.peruste === "R2");
    expect(official.kayttaja.organisaatiot).toContainEqual({ oid: OIDS.rantala });
    expect(official.perusteenKuvaus).toMatch(/official/);
  });

  it("names the business a consent recipient read for by its Y-tunnus, and no one by their OID or name", async () => {
    const { body } = await ask("aino", `{ kayttoloki(first: 100) { nodes { peruste tieto kayttaja { rooli yTunnus organisaatiot { oid } } } } }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.kayttoloki.nodes as { peruste: string; kayttaja: { rooli: string; yTunnus: string | null; organisaatiot: { oid: string }[] } }[];
    expect(nodes.filter((e) => e.peruste === "R6").map((e) => e.kayttaja)).toContainEqual({ rooli: "workplace", yTunnus: "7654322-0", organisaatiot: [] });
    // Everyone else acted for no business of that kind: an instructor by nothing, an official by OIDs.
    for (const entry of nodes.filter((e) => e.peruste !== "R6")) expect(entry.kayttaja.yTunnus, entry.peruste).toBeNull();
    expect(JSON.stringify(body)).not.toContain("1.2.246.562.24.10000000010");
    // OPH's trail carries the same, beside the user's OID.
    const trail = await ask("oph", `{ auditLoki(oppijaOid: "${OIDS.aino}", kayttajaOid: "1.2.246.562.24.10000000010", first: 10) { nodes { peruste kayttajaOid kayttaja { yTunnus organisaatiot { oid } } } } }`);
    expect(trail.body.errors).toBeUndefined();
    expect(trail.body.data.auditLoki.nodes[0]).toEqual({ peruste: "R6", kayttajaOid: "1.2.246.562.24.10000000010", kayttaja: { yTunnus: "7654322-0", organisaatiot: [] } });
  });

  it("is newest first and pages with a cursor; a cursor it did not give is named as bad input", async () => {
    const first = await ask("aino", LOG, { first: 2 });
    const page1 = first.body.data.kayttoloki;
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.nodes[0].aika >= page1.nodes[1].aika).toBe(true);
    const second = await ask("aino", LOG, { first: 2, after: page1.pageInfo.endCursor });
    const page2 = second.body.data.kayttoloki;
    expect(page2.nodes[0].aika <= page1.nodes[1].aika).toBe(true);
    expect(page2.nodes).not.toContainEqual(page1.nodes[1]);
    // To the last page: it says so, and its cursor leads to an empty page.
    const all = await ask("aino", LOG, { first: 100 });
    const count = all.body.data.kayttoloki.nodes.length;
    const last = await ask("aino", LOG, { first: count - 1, after: null });
    const tail = await ask("aino", LOG, { first: 100, after: last.body.data.kayttoloki.pageInfo.endCursor });
    expect(tail.body.data.kayttoloki.nodes.length).toBeGreaterThanOrEqual(1);
    expect(tail.body.data.kayttoloki.pageInfo.hasNextPage).toBe(false);
    for (const cursor of ["bm90IGEgY3Vyc29y", "not base64 at all", Buffer.from("opiskelijat|1.2.246.562.24.55500012349").toString("base64url")]) {
      const bad = await ask("aino", LOG, { after: cursor });
      expect(bad.body.errors?.[0]?.extensions, cursor).toMatchObject({ code: "BAD_USER_INPUT", problems: [{ path: "after", message: expect.any(String) }] });
    }
  });

  it("still answers the deprecated merkinnat and seuraavaSivu, the same as nodes and the next page's cursor", async () => {
    const { body } = await ask("aino", `{ kayttoloki(first: 2) { nodes { aika tieto } merkinnat { aika tieto } seuraavaSivu pageInfo { endCursor hasNextPage } } }`);
    const page = body.data.kayttoloki;
    expect(page.merkinnat).toEqual(page.nodes);
    expect(page.seuraavaSivu).toBe(page.pageInfo.endCursor);
  });

  it("gives the page as edges too, each cursor continuing after its entry", async () => {
    const { body } = await ask("aino", `{ kayttoloki(first: 3) { nodes { aika tieto } edges { cursor node { aika tieto } } pageInfo { endCursor } } }`);
    const page = body.data.kayttoloki;
    expect(page.edges.map((edge: { node: unknown }) => edge.node)).toEqual(page.nodes);
    expect(page.edges.at(-1).cursor).toBe(page.pageInfo.endCursor);
    const next = await ask("aino", `query ($after: String) { kayttoloki(first: 2, after: $after) { nodes { aika tieto } } }`, { after: page.edges[0].cursor });
    expect(next.body.data.kayttoloki.nodes).toEqual(page.nodes.slice(1));
  });

  it("never shows another student's entries", async () => {
    const { body } = await ask("bertta", LOG, { first: 100 });
    const entries = body.data.kayttoloki.nodes as { hoksId: string | null }[];
    expect(entries.filter((e) => e.hoksId === String(fullPlan))).toEqual([]);
    const aino = await service.database.db.select().from(auditTarget).where(and(eq(auditTarget.oppijaOid, OIDS.aino), ne(auditTarget.actorOid, OIDS.aino)));
    expect(aino.length).toBeGreaterThan(3);
  });

  it("is refused to anyone but its reader, through the gateway and at the consents subgraph itself", async () => {
    const SEARCH = `{ auditLoki(oppijaOid: "${OIDS.aino}") { nodes { kayttajaOid } } }`;
    for (const url of [service.gatewayUrl, service.subgraphUrls.consents]) {
      for (const who of ["aino", "liisa", "ville"] as const) {
        const search = await ask(who, SEARCH, undefined, url);
        expect(search.body.errors?.[0]?.extensions?.code, `${who} at ${url}`).toBe("FORBIDDEN");
        expect(search.body.data?.auditLoki ?? null).toBeNull();
      }
      for (const who of ["liisa", "oph"] as const) {
        const log = await ask(who, LOG, undefined, url);
        expect(log.body.errors?.[0]?.extensions?.code, `${who} at ${url}`).toBe("FORBIDDEN");
      }
    }
  });

  it("is for students only; OPH searches the whole trail by student, user and time, and that search is recorded", async () => {
    const refused = await ask("liisa", LOG);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const search = await ask("oph", `{ auditLoki(oppijaOid: "${OIDS.aino}", kayttajaOid: "${OIDS.ville}", alkaen: "${since}", first: 50) {
      nodes { oppijaOid kayttajaOid peruste palvelu ipOsoite userAgent muutokset { polku } } pageInfo { hasNextPage } } }`);
    const entries = search.body.data.auditLoki.nodes;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e: any) => e.oppijaOid === OIDS.aino && e.kayttajaOid === OIDS.ville && e.peruste === "R4")).toBe(true);
    await service.audit.flush();
    const log = await ask("aino", LOG, { first: 100 });
    expect(log.body.data.kayttoloki.nodes).toContainEqual(expect.objectContaining({ tieto: "kayttoloki", peruste: "R9", kayttaja: { rooli: "oph", organisaatiot: expect.any(Array) } }));
  });
});

describe("the JSON-lines copy and shutdown", () => {
  it("has a request's reads in the database and in OPH-shaped lines once they settle, and refuses entries after close", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "ehoks-audit-")), "audit.jsonl");
    const audit = new AuditLog({ db: service.database.db, sink: jsonLinesFile(file) });
    const actor = actorOf(principal(DEMO_ROLES.liisa!.claims), { requestId: "close-test", ipAddress: "192.0.2.1", userAgent: "t" });
    const reads = new RequestAudit(audit, "ehoks-test", actor);
    reads.read([1, 2, 3].map((i) => ({ operation: "read", dataKind: "hoks", rule: "R2", oppijaOid: OIDS.aino, hoksId: 1000 + i })));
    await reads.settled();
    // No flush and no close: settling is what the HTTP host waits for before it answers.
    const stored = await service.database.db.select().from(auditTarget).where(eq(auditTarget.requestId, "close-test"));
    expect(stored.map((r) => r.hoksId).sort()).toEqual([1001, 1002, 1003]);
    await audit.close();
    const late = new RequestAudit(audit, "ehoks-test", actor);
    late.read([{ operation: "read", dataKind: "hoks", rule: "R2", oppijaOid: OIDS.aino, hoksId: 1004 }]);
    await expect(late.settled()).rejects.toThrow(AuditUnavailable);
    const lines = (await readFile(file, "utf8")).trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      version: 1,
      logSeq: expect.any(Number),
      type: "log",
      bootTime: expect.any(String),
      hostname: expect.any(String),
      serviceName: "ehoks-test",
      applicationType: "backend",
      user: { oid: OIDS.liisa, ipAddress: "192.0.2.1", session: expect.any(String), userAgent: "t" },
      target: { oppijaOid: OIDS.aino, hoksId: 1001 },
      operation: "read",
      changes: [],
    });
    expect(new Set(lines.map((l) => l.logSeq)).size).toBe(3);
  });
});
