/**
 * The consents subgraph executed in-process: a student's consents and share links are theirs and
 * OPH's to read, on every door (the person's lists and `_entities` for each key).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jakolinkki, suostumus } from "../drizzle/schema/index.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { consentsSubgraph } from "../subgraphs/consents/definition.js";
import { errorCodes, executeAs } from "./support/execute.js";
import { demoPrincipal } from "./support/principals.js";
import { createSeededDatabase, type SeededDatabase } from "./support/seeded-database.js";

let database: SeededDatabase;
let consentId: string;
let linkId: string;

beforeAll(async () => {
  database = await createSeededDatabase();
  // Rows as the consent mutations will write them; this suite reads them back.
  const [consent] = await database.db
    .insert(suostumus)
    .values({
      oppijaOid: OIDS.aino,
      hoksId: database.planIds.full,
      vastaanottajaYTunnus: "7654321-2",
      osiot: ["urasuunnitelma"],
      tarkoitus: "Työnhaku",
      voimassaAlku: "2026-01-01",
      voimassaLoppu: "2026-12-31",
    })
    .returning();
  const [link] = await database.db
    .insert(jakolinkki)
    .values({
      tokenHash: "a".repeat(64),
      oppijaOid: OIDS.aino,
      hoksId: database.planIds.full,
      tutkinnonOsaModuleId: "00000000-0000-4000-8000-000000000001",
      kohdeTyyppi: "osaamisenOsoittaminen",
      kohdeModuleId: "00000000-0000-4000-8000-000000000002",
      voimassaAlku: "2026-02-01",
      voimassaLoppu: "2026-02-28",
    })
    .returning();
  consentId = consent!.id;
  linkId = link!.id;
});
afterAll(() => database.close());

const run = (role: Parameters<typeof demoPrincipal>[0], source: string) => executeAs(consentsSubgraph, database.db, demoPrincipal(role), source);

const PERSON_LISTS = `{ _entities(representations: [{ __typename: "Henkilo", oid: "${OIDS.aino}" }]) {
  ... on Henkilo { suostumukset { id osiot tarkoitus vastaanottaja { yTunnus henkiloOid } voimassaLoppu peruttu hoks { id } oppija { oid } }
                   jakolinkit { id kohdeTyyppi voimassaAlku voimassaLoppu hoks { id } } } } }`;

describe("a student's consents and share links", () => {
  it("are listed for the student herself", async () => {
    const result = await run("aino", PERSON_LISTS);
    expect(result.errors).toBeUndefined();
    const person = (result.data as any)._entities[0];
    expect(person.suostumukset).toEqual([
      {
        id: consentId,
        osiot: ["URASUUNNITELMA"],
        tarkoitus: "Työnhaku",
        vastaanottaja: { yTunnus: "7654321-2", henkiloOid: null },
        voimassaLoppu: "2026-12-31",
        peruttu: null,
        hoks: { id: String(database.planIds.full) },
        oppija: { oid: OIDS.aino },
      },
    ]);
    expect(person.jakolinkit).toEqual([
      { id: linkId, kohdeTyyppi: "OSAAMISEN_OSOITTAMINEN", voimassaAlku: "2026-02-01", voimassaLoppu: "2026-02-28", hoks: { id: String(database.planIds.full) } },
    ]);
  });

  it("are listed for OPH", async () => {
    const person = ((await run("oph", PERSON_LISTS)).data as any)._entities[0];
    expect(person.suostumukset).toHaveLength(1);
    expect(person.jakolinkit).toHaveLength(1);
  });

  it.each(["bertta", "liisa", "ville"] as const)("are hidden from %s", async (role) => {
    const result = await run(role, PERSON_LISTS);
    expect((result.data as any)._entities[0]).toEqual({ suostumukset: [], jakolinkit: [] });
  });
});

describe("_entities for Suostumus and Jakolinkki", () => {
  const entities = (typename: string, id: string) => `{ _entities(representations: [{ __typename: "${typename}", id: "${id}" }]) { ... on ${typename} { id } } }`;

  it("resolve the student's own by key", async () => {
    expect((await run("aino", entities("Suostumus", consentId))).data).toEqual({ _entities: [{ id: consentId }] });
    expect((await run("aino", entities("Jakolinkki", linkId))).data).toEqual({ _entities: [{ id: linkId }] });
  });

  it("answer another student, a malformed id and a missing id alike: null and NOT_FOUND", async () => {
    for (const [typename, id] of [["Suostumus", consentId], ["Jakolinkki", linkId], ["Suostumus", "not-a-uuid"], ["Jakolinkki", "00000000-0000-4000-8000-00000000abcd"]] as const) {
      const result = await run("bertta", entities(typename, id));
      expect((result.data as any)._entities).toEqual([null]);
      expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    }
  });
});
