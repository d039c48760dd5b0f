/**
 * The hoks subgraph executed in-process: the whole plan model, the whole-plan access rules
 * (R1, R2a/R3a, R9, R10) on every door (queries, nested fields, `_entities`), and a statement
 * count that does not grow with the plan. The partial rules have their own suite
 * (disclosure-rules.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hoksSubgraph } from "../subgraphs/hoks/definition.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { errorCodes, executeAs } from "./support/execute.js";
import { exampleDocument } from "./support/examples.js";
import { asEhoksDocument, FULL_HOKS_FIELDS } from "./support/full-hoks.js";
import { addStudentWithPlan } from "./support/plan-factory.js";
import { demoPrincipal, principal } from "./support/principals.js";
import { createSeededDatabase, type SeededDatabase } from "./support/seeded-database.js";

let database: SeededDatabase;
beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.close());

const HOKS_BY_ID = `query ($id: ID!) { hoks(id: $id) { ${FULL_HOKS_FIELDS} } }`;
const run = (who: Parameters<typeof executeAs>[2], source: string, variables?: Record<string, unknown>) =>
  executeAs(hoksSubgraph, database.db, who, source, variables);

describe("reading a plan", () => {
  it("gives the student every section of valid-full.json with the same values", async () => {
    const result = await run(demoPrincipal("aino"), HOKS_BY_ID, { id: database.planIds.full });
    expect(result.errors).toBeUndefined();
    expect(asEhoksDocument((result.data as any).hoks)).toEqual(exampleDocument("valid-full.json"));
  });

  it("round-trips the minimal and the TUVA plan too", async () => {
    const minimal = await run(demoPrincipal("bertta"), HOKS_BY_ID, { id: database.planIds.minimal });
    expect(asEhoksDocument((minimal.data as any).hoks)).toEqual(exampleDocument("valid-minimal.json"));
    const tuva = await run(demoPrincipal("oph"), HOKS_BY_ID, { id: database.planIds.tuva });
    expect(asEhoksDocument((tuva.data as any).hoks)).toEqual(exampleDocument("valid-tuva.json"));
  });

  it("keeps document order and server-made UUIDs on units, periods and demonstrations", async () => {
    const result = await run(demoPrincipal("aino"), HOKS_BY_ID, { id: database.planIds.full });
    const units = (result.data as any).hoks.hankittavatAmmatTutkinnonOsat;
    expect(units.map((u: any) => u.tutkinnonOsaKoodiUri)).toEqual(["tutkinnonosat_106729", "tutkinnonosat_106730"]);
    const ids = [units[0].moduleId, ...units[0].osaamisenHankkimistavat.map((p: any) => p.moduleId), units[0].osaamisenOsoittaminen[0].moduleId];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds the plan of a study right", async () => {
    const result = await run(demoPrincipal("aino"), `{ hoksByOpiskeluoikeus(opiskeluoikeusOid: "${OIDS.opiskeluoikeusRantala}") { id } }`);
    expect((result.data as any).hoksByOpiskeluoikeus.id).toBe(String(database.planIds.full));
  });
});

describe("who may read a plan (foundation rules)", () => {
  const readPlan = async (who: ReturnType<typeof principal>) => run(who, `query ($id: ID!) { hoks(id: $id) { id sahkoposti } }`, { id: database.planIds.full });

  it.each([
    ["the student herself (R1)", demoPrincipal("aino")],
    ["an official with read at the provider above the institution (R2a)", demoPrincipal("liisa")],
    ["the provider's system (R3a)", demoPrincipal("rantalasystem")],
    ["OPH (R9)", demoPrincipal("oph")],
    ["an official with read at the institution itself", principal({ sub: "1.2.246.562.24.1", role: "official", privileges: [{ org: "1.2.246.562.10.55500012350", rights: ["read"] }] })],
  ])("allows %s", async (_label, who) => {
    const result = await readPlan(who);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).hoks).toEqual({ id: String(database.planIds.full), sahkoposti: "aino.aaltonen@example.invalid" });
  });

  it.each([
    ["another student", demoPrincipal("bertta")],
    ["an official of a provider where the student has only an ended study right", principal({ sub: "1.2.246.562.24.2", role: "official", privileges: [{ org: "1.2.246.562.10.55500012392", rights: ["read"] }] })],
    ["an official at a site below the institution", principal({ sub: "1.2.246.562.24.3", role: "official", privileges: [{ org: "1.2.246.562.10.55500012368", rights: ["read"] }] })],
    ["an official at Rantala without read", principal({ sub: "1.2.246.562.24.4", role: "official", privileges: [{ org: OIDS.rantala, rights: ["write", "update"] }] })],
    ["an authority with no basis", principal({ sub: "1.2.246.562.24.5", role: "authority" })],
  ])("answers %s exactly as if the plan did not exist", async (_label, who) => {
    const hidden = await readPlan(who);
    const missing = await run(who, `{ hoks(id: 999999) { id sahkoposti } }`);
    expect(hidden.data).toEqual({ hoks: null });
    expect(errorCodes(hidden)).toEqual(["NOT_FOUND"]);
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });

  it("treats a malformed id like a missing plan", async () => {
    const result = await run(demoPrincipal("oph"), `{ hoks(id: "1; drop table hoks") { id } }`);
    expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
  });

  it("lists only visible plans under a person", async () => {
    const query = `{ _entities(representations: [{ __typename: "Henkilo", oid: "${OIDS.aino}" }]) { ... on Henkilo { hoksit { id } } } }`;
    expect((await run(demoPrincipal("aino"), query)).data).toEqual({ _entities: [{ hoksit: [{ id: String(database.planIds.full) }] }] });
    expect((await run(demoPrincipal("bertta"), query)).data).toEqual({ _entities: [{ hoksit: [] }] });
  });

  it("gives a study right's plan only to those who may see it", async () => {
    const query = `{ _entities(representations: [{ __typename: "Opiskeluoikeus", oid: "${OIDS.opiskeluoikeusRantala}" }]) { ... on Opiskeluoikeus { hoks { id } } } }`;
    expect((await run(demoPrincipal("liisa"), query)).data).toEqual({ _entities: [{ hoks: { id: String(database.planIds.full) } }] });
    expect((await run(demoPrincipal("bertta"), query)).data).toEqual({ _entities: [{ hoks: null }] });
  });
});

describe("_entities for Hoks", () => {
  const entities = (ids: number[]) =>
    `{ _entities(representations: [${ids.map((id) => `{ __typename: "Hoks", id: "${id}" }`).join(", ")}]) { ... on Hoks { id sahkoposti } } }`;

  it("resolves a visible plan by key", async () => {
    const result = await run(demoPrincipal("aino"), entities([database.planIds.full]));
    expect(result.data).toEqual({ _entities: [{ id: String(database.planIds.full), sahkoposti: "aino.aaltonen@example.invalid" }] });
  });

  it("answers hidden and missing plans alike: null and NOT_FOUND", async () => {
    const result = await run(demoPrincipal("bertta"), entities([database.planIds.full, 999999, database.planIds.minimal]));
    expect((result.data as any)._entities).toEqual([null, null, { id: String(database.planIds.minimal), sahkoposti: null }]);
    expect(errorCodes(result)).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    expect(result.errors![0]!.message).toBe(result.errors![1]!.message);
  });

  it("gives a workplace person who is named nowhere nothing", async () => {
    const result = await run(principal({ sub: "1.2.246.562.24.77", role: "workplace" }), entities([database.planIds.full]));
    expect((result.data as any)._entities).toEqual([null]);
    expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
  });
});

describe("SQL statements per request", () => {
  it("are the same for a plan of 1 unit and of 20 units", async () => {
    const small = await addStudentWithPlan(database.db, 1, 1);
    const large = await addStudentWithPlan(database.db, 2, 20);
    const read = (id: number) => run(demoPrincipal("oph"), HOKS_BY_ID, { id });
    const one = await read(small.hoksId);
    const twenty = await read(large.hoksId);
    expect((twenty.data as any).hoks.hankittavatAmmatTutkinnonOsat).toHaveLength(20);
    expect((twenty.data as any).hoks.hankittavatAmmatTutkinnonOsat[19].osaamisenHankkimistavat).toHaveLength(2);
    expect(one.statements).toBeGreaterThan(0);
    expect(twenty.statements).toBe(one.statements);
  });

  it("resolve many `_entities` representations in one statement", async () => {
    const plans = await Promise.all([3, 4, 5].map((i) => addStudentWithPlan(database.db, i, 2)));
    const query = `{ _entities(representations: [${plans.map((p) => `{ __typename: "Hoks", id: "${p.hoksId}" }`).join(", ")}]) { ... on Hoks { id } } }`;
    const result = await run(demoPrincipal("oph"), query);
    expect((result.data as any)._entities).toHaveLength(3);
    expect(result.statements).toBe(1);
  });
});
