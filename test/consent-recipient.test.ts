/**
 * A consent recipient's own list (disclosure.md R6), through the gateway over HTTP: the consents
 * valid today that name the caller (by person OID, organisation OID or Y-tunnus), each with what
 * the recipient may know and a plan id they can then read; nothing of other recipients', nothing
 * revoked, expired or not yet valid; every consent shown recorded in the audit trail under R6.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTarget } from "../drizzle/schema/index.js";
import { DEMO_RECIPIENT_YTUNNUS, OIDS } from "../scripts/demo/demo-roles.js";
import type { EhoksClaims } from "../subgraphs/shared/auth/principal.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
const ask = async (who: Parameters<TestService["token"]>[0], query: string, variables?: Record<string, unknown>) =>
  (await postGraphQL(service.gatewayUrl, query, { token: await service.token(who), variables })).body;

const MINE = `query ($first: Int, $after: String) { suostumuksetMinulle(first: $first, after: $after) {
  nodes { id osiot tutkinnonOsaModuleIds tarkoitus voimassaAlku voimassaLoppu peruttu vastaanottaja { henkiloOid organisaatioOid yTunnus }
          hoks { id } oppija { oid etunimet sukunimi } }
  pageInfo { endCursor hasNextPage } } }`;

type Consent = { id: string; tarkoitus: string; hoks: { id: string }; oppija: { oid: string; etunimet: string | null }; vastaanottaja: Record<string, string | null> };
const mine = async (who: Parameters<TestService["token"]>[0], variables?: Record<string, unknown>) => (await ask(who, MINE, variables)).data.suostumuksetMinulle as { nodes: Consent[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };

// Recipients: a person, an organisation's user, and a business's user (the demo recruiter).
// Valid person OIDs of the demo world that no seeded consent names.
const person: EhoksClaims = { sub: "1.2.246.562.24.55500012459", role: "workplace", name: "Jaana Jokinen" };
const ORGANISATION = "1.2.246.562.10.55500099991";
const organisationUser: EhoksClaims = { sub: "1.2.246.562.24.55500012420", role: "workplace", org: ORGANISATION };
const OTHER_BUSINESS = "7654322-0";

const consents: Record<string, string> = {};
async function consent(name: string, vastaanottaja: Record<string, string>, validity: [string, string] = ["2026-01-15", "2026-06-30"], tarkoitus = `Tarkoitus ${name}`) {
  const { data, errors } = await ask("aino", `mutation ($input: CreateConsentInput!) { createConsent(input: $input) { id } }`, {
    input: { hoksId: String(service.database.planIds.full), vastaanottaja, osiot: ["URASUUNNITELMA"], tarkoitus, voimassaAlku: validity[0], voimassaLoppu: validity[1] },
  });
  expect(errors).toBeUndefined();
  consents[name] = data.createConsent.id;
}

beforeAll(async () => {
  service = await startTestService();
  await consent("person", { henkiloOid: person.sub });
  await consent("person-second", { henkiloOid: person.sub }, ["2026-01-20", "2026-03-31"]);
  await consent("person-not-yet", { henkiloOid: person.sub }, ["2026-03-01", "2026-06-30"]);
  await consent("organisation", { organisaatioOid: ORGANISATION });
  await consent("business", { yTunnus: DEMO_RECIPIENT_YTUNNUS });
  await consent("other-business", { yTunnus: OTHER_BUSINESS });
});
afterAll(() => service?.close());

describe("suostumuksetMinulle", () => {
  it("lists exactly the valid consents naming the person, oldest first, with what they may know", async () => {
    const page = await mine(person);
    expect(page.nodes.map((c) => c.id)).toEqual([consents.person, consents["person-second"]]);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.nodes[0]).toMatchObject({
      tarkoitus: "Tarkoitus person",
      osiot: ["URASUUNNITELMA"],
      voimassaAlku: "2026-01-15",
      voimassaLoppu: "2026-06-30",
      peruttu: null,
      vastaanottaja: { henkiloOid: person.sub, organisaatioOid: null, yTunnus: null },
      hoks: { id: String(service.database.planIds.full) },
      oppija: { oid: OIDS.aino, etunimet: expect.any(String) },
    });
  });

  it("gives a plan id the recipient can read, and only the consented section of it", async () => {
    const [first] = (await mine(person)).nodes;
    const { data, errors } = await ask(person, `query ($id: ID!) { hoks(id: $id) { id urasuunnitelmaKoodiUri hankittavatAmmatTutkinnonOsat { moduleId } } }`, { id: first!.hoks.id });
    expect(errors).toBeUndefined();
    expect(data.hoks.id).toBe(first!.hoks.id);
    expect(data.hoks.hankittavatAmmatTutkinnonOsat).toEqual([]);
  });

  it("matches an organisation's user by the token's org, and a business's by its Y-tunnus, as the plan scope does", async () => {
    expect((await mine(organisationUser)).nodes.map((c) => c.id)).toEqual([consents.organisation]);
    const business = (await mine("tyonantaja")).nodes;
    expect(business.map((c) => c.id)).toContain(consents.business);
    expect(business.map((c) => c.id)).not.toContain(consents["other-business"]);
    expect(business.every((c) => c.vastaanottaja.yTunnus === DEMO_RECIPIENT_YTUNNUS)).toBe(true);
  });

  it("shows nothing to callers no valid consent names: the student herself, officials, instructors, another business", async () => {
    const otherBusiness: EhoksClaims = { sub: "1.2.246.562.24.55500012433", role: "workplace", ytunnus: "7654321-2" };
    for (const who of ["aino", "bertta", "liisa", "ville", "oph", otherBusiness] as const) {
      expect(await mine(who), JSON.stringify(who)).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
    }
  });

  it("pages with opaque cursors, and refuses a cursor it did not give at `after`", async () => {
    const first = await mine(person, { first: 1 });
    expect(first.nodes.map((c) => c.id)).toEqual([consents.person]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).not.toContain(consents.person!);
    const edges = (await ask(person, `{ suostumuksetMinulle(first: 1) { edges { cursor node { id } } } }`)).data.suostumuksetMinulle.edges;
    expect(edges).toEqual([{ cursor: first.pageInfo.endCursor, node: { id: consents.person } }]);
    const second = await mine(person, { first: 1, after: first.pageInfo.endCursor });
    expect(second.nodes.map((c) => c.id)).toEqual([consents["person-second"]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    for (const cursor of ["garbage", Buffer.from(`opiskelijat|${OIDS.aino}`).toString("base64url"), Buffer.from(`suostumuksetMinulle|x|y`).toString("base64url"),
      // Well-shaped, but naming no instant: refused as the caller's mistake, not failed on in the database.
      Buffer.from(`suostumuksetMinulle|2026-02-30T25:61:00.000000|${consents.person}`).toString("base64url")]) {
      const { errors } = await ask(person, MINE, { after: cursor });
      expect(errors?.[0]?.extensions, cursor).toMatchObject({ code: "BAD_USER_INPUT", problems: [{ path: "after", message: expect.any(String) }] });
    }
    const { errors } = await ask(person, MINE, { first: 101 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", problems: [{ path: "first", message: expect.any(String) }] });
  });

  it("records each consent shown as a read of the student's data under R6", async () => {
    await mine(organisationUser);
    await service.audit.flush();
    const entries = await service.database.db
      .select()
      .from(auditTarget)
      .where(and(eq(auditTarget.actorOid, organisationUser.sub), eq(auditTarget.dataKind, "suostumus")));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.rule === "R6" && e.oppijaOid === OIDS.aino && e.hoksId === service.database.planIds.full && e.operation === "read")).toBe(true);
  });

  it("follows the calendar: a consent appears on its first day and is gone after its last", async () => {
    try {
      service.clock.set("2026-03-01");
      expect((await mine(person)).nodes.map((c) => c.id)).toEqual([consents.person, consents["person-second"], consents["person-not-yet"]]);
      service.clock.set("2026-04-01");
      expect((await mine(person)).nodes.map((c) => c.id)).toEqual([consents.person, consents["person-not-yet"]]);
    } finally {
      service.clock.set("2026-02-01");
    }
  });

  it("drops a consent on the very next request once the student revokes it, and the plan closes with it", async () => {
    const before = await mine(organisationUser);
    expect(before.nodes).toHaveLength(1);
    const revoked = await ask("aino", `mutation ($id: ID!) { revokeConsent(id: $id) { id peruttu } }`, { id: consents.organisation });
    expect(revoked.errors).toBeUndefined();
    expect((await mine(organisationUser)).nodes).toEqual([]);
    const plan = await ask(organisationUser, `query ($id: ID!) { hoks(id: $id) { id } }`, { id: before.nodes[0]!.hoks.id });
    expect(plan.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // The person's consents are untouched by another recipient's revocation.
    expect((await mine(person)).nodes.map((c) => c.id)).toEqual([consents.person, consents["person-second"]]);
  });
});
