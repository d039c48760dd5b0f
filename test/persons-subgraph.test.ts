/**
 * The persons subgraph executed in-process over the shared example world (PGlite, or PostgreSQL
 * when DATABASE_URL is set): who sees which persons and study rights (R1, R2a/R3a, R9, R10), that
 * a hidden object answers exactly like a missing one on every door (queries and `_entities`),
 * and that `_entities` batches make one statement per entity type however many keys they carry.
 */
import { auditLogFor } from "./support/audit.js";
import { graphql, type ExecutionResult, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../drizzle/db.js";
import { countStatements } from "../drizzle/statement-counter.js";
import { principalFromClaims } from "../subgraphs/shared/auth/principal.js";
import { fixedClock } from "../subgraphs/shared/clock.js";
import { grantOf } from "../subgraphs/shared/grant.js";
import { personsSubgraph } from "../subgraphs/persons/definition.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import { parseWorldDocument } from "../subgraphs/persons/import/world-document.js";
import { exampleDocument } from "./support/examples.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";
import { activeStudyRight } from "./support/feed-documents.js";
import { walkPagesOfOne } from "./support/paging.js";

const worldJson: unknown = exampleDocument("world.json");

const OPH_ORG = "1.2.246.562.10.00000000001";
const RANTALA_PROVIDER = "1.2.246.562.10.55500012343";
const RANTALA_INSTITUTION = "1.2.246.562.10.55500012350";
const RANTALA_SITE = "1.2.246.562.10.55500012368";
const KOIVU_INSTITUTION = "1.2.246.562.10.55500012400";

const AINO = "1.2.246.562.24.55500012349";
const BERTTA = "1.2.246.562.24.55500012352";
const VILLE = "1.2.246.562.24.55500012365";
const CECILIA = "1.2.246.562.24.55500012404";
const NOBODY = "1.2.246.562.24.99999999999";

const AINO_RANTALA = "1.2.246.562.15.55500012343";
const AINO_HARJU = "1.2.246.562.15.55500012350";
const AINO_KOIVU = "1.2.246.562.15.55500012368";
const BERTTA_RANTALA = "1.2.246.562.15.55500012376";
const CECILIA_TUVA = "1.2.246.562.15.55500012384";
const NO_STUDY_RIGHT = "1.2.246.562.15.99999999999";

type Claims = Record<string, unknown>;

const aino: Claims = { sub: AINO, role: "student" };
const bertta: Claims = { sub: BERTTA, role: "student" };
const rantalaOfficial: Claims = { sub: "1.2.246.562.24.55500099991", role: "official", privileges: [{ org: RANTALA_PROVIDER, rights: ["read"] }] };
const rantalaSystem: Claims = { sub: "rantala-sis", role: "service", privileges: [{ org: RANTALA_PROVIDER, rights: ["read"] }] };
const writeOnlyOfficial: Claims = {
  sub: "1.2.246.562.24.55500099992",
  role: "official",
  privileges: [{ org: OPH_ORG, rights: ["write", "update", "delete"] }],
};
const officialWithoutPrivileges: Claims = { sub: "1.2.246.562.24.55500099993", role: "official" };
const oph: Claims = { sub: "1.2.246.562.24.55500099994", role: "oph" };

let database: TestDatabase;
let schema: GraphQLSchema;

beforeAll(async () => {
  database = await createTestDatabase();
  await importWorld(database.db, parseWorldDocument(structuredClone(worldJson)));
  schema = await personsSubgraph.buildSchema();
});

afterAll(async () => {
  await database?.close();
});

/** A fresh context per call, as a server makes one per request. */
function contextFor(claims: Claims) {
  const principal = principalFromClaims(claims, "test-token");
  return personsSubgraph.createContext({ db: database.db, clock: fixedClock("2026-02-01"), keys: undefined as never, audit: auditLogFor(database.db) }, principal);
}

function run(claims: Claims, source: string, variableValues?: Record<string, unknown>): Promise<ExecutionResult> {
  return graphql({ schema, source, variableValues, contextValue: contextFor(claims) }) as Promise<ExecutionResult>;
}

const codes = (result: ExecutionResult) => (result.errors ?? []).map((e) => e.extensions?.code);
/** Errors in path order: list items resolve concurrently, so errors arrive in whatever order the database answers. */
const byPath = (result: ExecutionResult) => [...(result.errors ?? [])].sort((a, b) => String(a.path).localeCompare(String(b.path)));
const oids = (list: { oid: string }[]) => list.map((x) => x.oid).sort();

const HENKILO = /* GraphQL */ `
  query ($oid: ID!) {
    henkilo(oid: $oid) { oid etunimet kutsumanimi sukunimi opiskeluoikeudet { oid } }
  }
`;

const OPISKELUOIKEUS = /* GraphQL */ `
  query ($oid: ID!) {
    opiskeluoikeus(oid: $oid) {
      oid
      tyyppi
      oppilaitos { oid nimi { fi } }
      koulutustoimija { oid }
      alkamispaiva
      arvioituPaattymispaiva
      paattymispaiva
      tila { opiskeluoikeusjaksot { alku tila } }
      sisaltyyOpiskeluoikeuteen { oid oppilaitos { oid } }
      suoritukset {
        tyyppi
        koulutusmoduuli { tunniste { koodiarvo nimi { fi sv en } } perusteenDiaarinumero }
        osaamisala { koodiarvo }
        tutkintonimike { koodiarvo }
        suorituskieli
        toimipiste { oid }
        vahvistus { paiva }
      }
      oppija { oid sukunimi }
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Henkilo { oid sukunimi }
      ... on Opiskeluoikeus { oid tyyppi oppilaitos { oid } }
      ... on Organisaatio { oid nimi { fi } }
    }
  }
`;

async function henkilo(claims: Claims, oid: string) {
  return run(claims, HENKILO, { oid });
}

async function opiskeluoikeus(claims: Claims, oid: string) {
  return run(claims, OPISKELUOIKEUS, { oid });
}

/** The answer for an object that does not exist at all: what a hidden one must look like. */
async function expectLikeMissing(result: ExecutionResult, field: "henkilo" | "opiskeluoikeus", missing: ExecutionResult) {
  expect(result.data).toEqual({ [field]: null });
  expect(codes(result)).toEqual(["NOT_FOUND"]);
  expect(result.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  expect(result.errors?.[0]?.path).toEqual([field]);
}

describe("student (R1)", () => {
  it("sees herself and her three study rights", async () => {
    const result = await run(aino, /* GraphQL */ `{ me { oid etunimet kutsumanimi sukunimi opiskeluoikeudet { oid } } }`);
    expect(result.errors).toBeUndefined();
    const me = (result.data as any).me;
    expect(me).toMatchObject({ oid: AINO, etunimet: "Aino Maria", kutsumanimi: "Aino", sukunimi: "Aaltonen" });
    expect(oids(me.opiskeluoikeudet)).toEqual([AINO_RANTALA, AINO_HARJU, AINO_KOIVU].sort());

    const byOid = await henkilo(aino, AINO);
    expect(byOid.errors).toBeUndefined();
    expect((byOid.data as any).henkilo).toEqual(me);
  });

  it("reads a study right in full, Koski's shape", async () => {
    const result = await opiskeluoikeus(aino, AINO_HARJU);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).opiskeluoikeus).toEqual({
      oid: AINO_HARJU,
      tyyppi: "ammatillinenkoulutus",
      oppilaitos: { oid: "1.2.246.562.10.55500012384", nimi: { fi: "Harjun ammattikoulu" } },
      koulutustoimija: { oid: "1.2.246.562.10.55500012376" },
      alkamispaiva: "2025-09-01",
      arvioituPaattymispaiva: expect.any(String),
      paattymispaiva: null,
      tila: { opiskeluoikeusjaksot: [{ alku: "2025-09-01", tila: "lasna" }] },
      // Procured training: the master study right and its institution, joined from the master row.
      sisaltyyOpiskeluoikeuteen: { oid: AINO_RANTALA, oppilaitos: { oid: RANTALA_INSTITUTION } },
      suoritukset: [
        {
          tyyppi: "ammatillinentutkinto",
          koulutusmoduuli: {
            tunniste: { koodiarvo: "371101", nimi: { fi: "Sosiaali- ja terveysalan perustutkinto", sv: null, en: null } },
            perusteenDiaarinumero: "OPH-2629-2017",
          },
          osaamisala: [],
          tutkintonimike: null,
          suorituskieli: "FI",
          toimipiste: { oid: "1.2.246.562.10.55500012384" },
          vahvistus: null,
        },
      ],
      oppija: { oid: AINO, sukunimi: "Aaltonen" },
    });
  });

  it("shows an ended study right's status history and end date", async () => {
    const result = await opiskeluoikeus(aino, AINO_KOIVU);
    const studyRight = (result.data as any).opiskeluoikeus;
    expect(studyRight.paattymispaiva).toBe("2023-05-31");
    expect(studyRight.tila.opiskeluoikeusjaksot.map((j: { tila: string }) => j.tila)).toEqual(["lasna", "valmistunut"]);
    expect(studyRight.sisaltyyOpiskeluoikeuteen).toBeNull();
    expect(studyRight.oppilaitos.oid).toBe(KOIVU_INSTITUTION);
  });

  it("another student gets NOT_FOUND for Aino and her study right, exactly as for a missing one", async () => {
    await expectLikeMissing(await henkilo(bertta, AINO), "henkilo", await henkilo(bertta, NOBODY));
    await expectLikeMissing(await opiskeluoikeus(bertta, AINO_RANTALA), "opiskeluoikeus", await opiskeluoikeus(bertta, NO_STUDY_RIGHT));
  });

  it("a student's organisation privileges grant nothing: R2 is for officials", async () => {
    const privileged = { ...bertta, privileges: [{ org: OPH_ORG, rights: ["read"] }] };
    expect(codes(await henkilo(privileged, AINO))).toEqual(["NOT_FOUND"]);
    expect(codes(await opiskeluoikeus(privileged, AINO_RANTALA))).toEqual(["NOT_FOUND"]);
  });

  it("me is null for an unknown person, without an error", async () => {
    const result = await run({ sub: NOBODY, role: "student" }, `{ me { oid } }`);
    expect(result).toEqual({ data: { me: null } });
  });
});

describe("provider official and system (R2a, R3a)", () => {
  it("an official reading at the provider sees Aino's Rantala study right but not her Koivu or Harju ones", async () => {
    const visible = await opiskeluoikeus(rantalaOfficial, AINO_RANTALA);
    expect(visible.errors).toBeUndefined();
    expect((visible.data as any).opiskeluoikeus).toMatchObject({
      oid: AINO_RANTALA,
      oppilaitos: { oid: RANTALA_INSTITUTION },
      koulutustoimija: { oid: RANTALA_PROVIDER },
      oppija: { oid: AINO },
    });
    const missing = await opiskeluoikeus(rantalaOfficial, NO_STUDY_RIGHT);
    await expectLikeMissing(await opiskeluoikeus(rantalaOfficial, AINO_KOIVU), "opiskeluoikeus", missing);
    // Procured training (R2b) is not enforced yet: the contained Harju study right stays hidden.
    await expectLikeMissing(await opiskeluoikeus(rantalaOfficial, AINO_HARJU), "opiskeluoikeus", missing);
  });

  it("sees Aino with only the study rights it may see", async () => {
    const result = await henkilo(rantalaOfficial, AINO);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).henkilo.opiskeluoikeudet).toEqual([{ oid: AINO_RANTALA }]);
  });

  it("sees the persons behind its study rights and no one else", async () => {
    expect((await henkilo(rantalaOfficial, CECILIA)).errors).toBeUndefined();
    expect((await henkilo(rantalaOfficial, BERTTA)).errors).toBeUndefined();
    await expectLikeMissing(await henkilo(rantalaOfficial, VILLE), "henkilo", await henkilo(rantalaOfficial, NOBODY));
  });

  it("is not a student: me is null", async () => {
    expect(await run(rantalaOfficial, `{ me { oid } }`)).toEqual({ data: { me: null } });
  });

  it("stamps each object with the rule that granted it", async () => {
    const official = contextFor(rantalaOfficial);
    const system = contextFor(rantalaSystem);
    expect(grantOf(await official.loaders.opiskeluoikeusByOid.load(AINO_RANTALA))).toBe("R2a");
    expect(grantOf(await official.loaders.henkiloByOid.load(AINO))).toBe("R2a");
    expect(grantOf(await system.loaders.opiskeluoikeusByOid.load(AINO_RANTALA))).toBe("R3a");
    expect(grantOf(await system.loaders.henkiloByOid.load(AINO))).toBe("R3a");
    expect(grantOf(await contextFor(aino).loaders.henkiloByOid.load(AINO))).toBe("R1");
    expect(grantOf(await contextFor(oph).loaders.opiskeluoikeusByOid.load(AINO_KOIVU))).toBe("R9");
  });

  it("an official without a read privilege sees no person and no study right", async () => {
    for (const claims of [writeOnlyOfficial, officialWithoutPrivileges]) {
      expect(codes(await henkilo(claims, AINO))).toEqual(["NOT_FOUND"]);
      for (const oid of [AINO_RANTALA, AINO_KOIVU, BERTTA_RANTALA]) {
        expect(codes(await opiskeluoikeus(claims, oid))).toEqual(["NOT_FOUND"]);
      }
    }
  });
});

describe("OPH (R9)", () => {
  it("sees every person and every study right", async () => {
    for (const oid of [AINO, BERTTA, VILLE, CECILIA]) {
      const result = await henkilo(oph, oid);
      expect(result.errors).toBeUndefined();
      expect((result.data as any).henkilo.oid).toBe(oid);
    }
    const ainoResult = await henkilo(oph, AINO);
    expect(oids((ainoResult.data as any).henkilo.opiskeluoikeudet)).toEqual([AINO_RANTALA, AINO_HARJU, AINO_KOIVU].sort());
    for (const oid of [AINO_RANTALA, AINO_HARJU, AINO_KOIVU, BERTTA_RANTALA, CECILIA_TUVA]) {
      const result = await opiskeluoikeus(oph, oid);
      expect(result.errors).toBeUndefined();
      expect((result.data as any).opiskeluoikeus.oid).toBe(oid);
    }
  });
});

describe("anyone else (R10)", () => {
  it("a role with no rule gets nothing, even with the student's own OID as subject", async () => {
    for (const claims of [
      { sub: AINO, role: "workplace" },
      { sub: "1.2.246.562.24.55500099995", role: "authority", basis: "verohallinto" },
    ]) {
      expect(await run(claims, `{ me { oid } }`)).toEqual({ data: { me: null } });
      expect(codes(await henkilo(claims, AINO))).toEqual(["NOT_FOUND"]);
      expect(codes(await opiskeluoikeus(claims, AINO_RANTALA))).toEqual(["NOT_FOUND"]);
    }
  });
});

describe("the Employment Fund (R8)", () => {
  it("sees a person's OID but not the names", async () => {
    const result = await run({ sub: "1.2.246.562.24.55500099995", role: "authority", basis: "tyollisyysrahasto" }, `{ henkilo(oid: "${AINO}") { oid etunimet kutsumanimi sukunimi } }`);
    expect(result).toEqual({ data: { henkilo: { oid: AINO, etunimet: null, kutsumanimi: null, sukunimi: null } } });
  });
});

describe("_entities", () => {
  const representations = [
    { __typename: "Henkilo", oid: AINO },
    { __typename: "Opiskeluoikeus", oid: AINO_RANTALA },
    { __typename: "Opiskeluoikeus", oid: AINO_KOIVU },
    { __typename: "Organisaatio", oid: RANTALA_INSTITUTION },
    { __typename: "Organisaatio", oid: "1.2.246.562.10.99999999999" },
  ];

  it("answers like the queries for the official: hidden study right and unknown organisation are NOT_FOUND", async () => {
    const result = await run(rantalaOfficial, ENTITIES, { representations });
    expect((result.data as any)._entities).toEqual([
      { __typename: "Henkilo", oid: AINO, sukunimi: "Aaltonen" },
      { __typename: "Opiskeluoikeus", oid: AINO_RANTALA, tyyppi: "ammatillinenkoulutus", oppilaitos: { oid: RANTALA_INSTITUTION } },
      null,
      { __typename: "Organisaatio", oid: RANTALA_INSTITUTION, nimi: { fi: "Rantalan ammattiopisto" } },
      null,
    ]);
    const errors = byPath(result).map((e) => ({ code: e.extensions?.code, path: e.path, message: e.message }));
    expect(errors).toEqual([
      { code: "NOT_FOUND", path: ["_entities", 2], message: (await opiskeluoikeus(rantalaOfficial, AINO_KOIVU)).errors?.[0]?.message },
      { code: "NOT_FOUND", path: ["_entities", 4], message: "Organisaatio not found" },
    ]);
  });

  it("hides another student's person and study rights; organisations stay public", async () => {
    const result = await run(bertta, ENTITIES, { representations });
    expect((result.data as any)._entities).toEqual([
      null,
      null,
      null,
      { __typename: "Organisaatio", oid: RANTALA_INSTITUTION, nimi: { fi: "Rantalan ammattiopisto" } },
      null,
    ]);
    expect(byPath(result).map((e) => [e.extensions?.code, e.path?.[1]])).toEqual([
      ["NOT_FOUND", 0],
      ["NOT_FOUND", 1],
      ["NOT_FOUND", 2],
      ["NOT_FOUND", 4],
    ]);
    expect(byPath(result)[0]?.message).toBe((await henkilo(bertta, AINO)).errors?.[0]?.message);
  });

  it("gives the student and OPH everything the queries give them", async () => {
    for (const claims of [aino, oph]) {
      const result = await run(claims, ENTITIES, { representations: representations.slice(0, 4) });
      expect(result.errors).toBeUndefined();
      expect((result.data as any)._entities.map((e: { oid: string }) => e.oid)).toEqual([AINO, AINO_RANTALA, AINO_KOIVU, RANTALA_INSTITUTION]);
    }
  });

  it("makes one statement per entity type, whatever the number of representations", async () => {
    const many = [
      ...[AINO, BERTTA, VILLE, CECILIA, NOBODY].map((oid) => ({ __typename: "Henkilo", oid })),
      ...[AINO_RANTALA, AINO_HARJU, AINO_KOIVU, BERTTA_RANTALA, CECILIA_TUVA].map((oid) => ({ __typename: "Opiskeluoikeus", oid })),
      ...[OPH_ORG, RANTALA_PROVIDER, RANTALA_INSTITUTION, RANTALA_SITE].map((oid) => ({ __typename: "Organisaatio", oid })),
    ];
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Henkilo { oid }
          ... on Opiskeluoikeus { oid }
          ... on Organisaatio { oid }
        }
      }
    `;
    const { result, statements } = await countStatements(() => run(oph, query, { representations: many }));
    expect((result.data as any)._entities.filter(Boolean)).toHaveLength(many.length - 1);
    expect(statements).toBe(3);
  });

  it("keeps nested lists flat: persons, their study rights and organisations in three statements", async () => {
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Henkilo { oid opiskeluoikeudet { oid oppilaitos { oid } koulutustoimija { oid } } }
        }
      }
    `;
    const persons = [AINO, BERTTA, CECILIA].map((oid) => ({ __typename: "Henkilo", oid }));
    const { result, statements } = await countStatements(() => run(oph, query, { representations: persons }));
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(3);
  });
});

describe("an identity no rule grants anything (the gateway's own)", () => {
  it("reads nothing: persons and study rights by key and through _entities; for study rights not even a statement", async () => {
    const gateway = { sub: "ehoks-gateway", role: "gateway" } as const;
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Henkilo { oid etunimet }
          ... on Opiskeluoikeus { oid }
        }
      }
    `;
    const representations = [
      { __typename: "Henkilo", oid: AINO },
      { __typename: "Opiskeluoikeus", oid: AINO_RANTALA },
    ];
    const result = await run(gateway, query, { representations });
    expect((result.data as any)?._entities ?? [null, null]).toEqual([null, null]);
    // No rule can grant this caller a study right, so its shape's statement is never built or sent.
    const studyRightOnly = await countStatements(() => run(gateway, query, { representations: representations.slice(1) }));
    expect((studyRightOnly.result.data as any)?._entities ?? [null]).toEqual([null]);
    expect(studyRightOnly.statements).toBe(0);
    for (const field of [`henkilo(oid: "${AINO}") { oid }`, `opiskeluoikeus(oid: "${AINO_RANTALA}") { oid }`]) {
      const direct = await run(gateway, `{ ${field} }`);
      expect(Object.values(direct.data ?? {}).every((value) => value === null)).toBe(true);
      expect(codes(direct).length).toBeGreaterThan(0);
    }
  });
});

describe("federation", () => {
  it("serves its SDL through _service, with the keys the hoks subgraph composes with", async () => {
    expect(codes(await run(oph, `{ _service { sdl } }`))).toEqual(["FORBIDDEN"]);
    const result = await run({ sub: "ehoks-gateway", role: "gateway" }, `{ _service { sdl } }`);
    expect(result.errors).toBeUndefined();
    const sdl = (result.data as any)._service.sdl as string;
    for (const type of ["Henkilo", "Opiskeluoikeus", "Organisaatio"]) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "oid"\\)\\s*\\{\\s*"""[^"]*"""\\s*oid: ID!`));
    }
  });
});

describe("organisations", () => {
  it("resolve their tree up to the OPH root", async () => {
    const result = await run(
      bertta,
      /* GraphQL */ `
        query ($oid: ID!) {
          organisaatio(oid: $oid) {
            oid tyypit nimi { fi }
            parent { oid tyypit parent { oid tyypit parent { oid tyypit parent { oid } } } }
          }
        }
      `,
      { oid: RANTALA_SITE },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).organisaatio).toEqual({
      oid: RANTALA_SITE,
      tyypit: ["toimipiste"],
      nimi: { fi: "Rantalan ammattiopisto, Keskustan toimipiste" },
      parent: {
        oid: RANTALA_INSTITUTION,
        tyypit: ["oppilaitos"],
        parent: { oid: RANTALA_PROVIDER, tyypit: ["koulutustoimija"], parent: { oid: OPH_ORG, tyypit: ["opetushallitus"], parent: null } },
      },
    });
  });

  it("are readable by any authenticated caller, and an unknown one is NOT_FOUND", async () => {
    const query = `query ($oid: ID!) { organisaatio(oid: $oid) { oid } }`;
    for (const claims of [officialWithoutPrivileges, { sub: AINO, role: "workplace" }]) {
      expect(await run(claims, query, { oid: KOIVU_INSTITUTION })).toEqual({ data: { organisaatio: { oid: KOIVU_INSTITUTION } } });
    }
    const unknown = await run(aino, query, { oid: "1.2.246.562.10.99999999999" });
    expect(unknown.data).toEqual({ organisaatio: null });
    expect(codes(unknown)).toEqual(["NOT_FOUND"]);
  });

  it("link a study right's institution to its provider", async () => {
    const result = await run(aino, `{ opiskeluoikeus(oid: "${AINO_RANTALA}") { oppilaitos { parent { oid } } koulutustoimija { oid } } }`);
    const studyRight = (result.data as any).opiskeluoikeus;
    expect(studyRight.oppilaitos.parent.oid).toBe(studyRight.koulutustoimija.oid);
  });
});

describe("the Koski-like feed (upsertKoskiData)", () => {
  const FEED = `mutation ($document: JSONObject!) { upsertKoskiData(document: $document) { organisaatiot { received written } henkilot { received written } opiskeluoikeudet { received written } } }`;
  const newStudent = { oid: "1.2.246.562.24.55500012446", etunimet: "Uusi", sukunimi: "Opiskelija" };
  const studyRightAt = (oppilaitos: string, koulutustoimija: string, oid = "1.2.246.562.15.55500012392") => activeStudyRight(oid, newStudent.oid, oppilaitos, koulutustoimija);

  it("lets a provider's system upsert study rights at its own institutions and their persons", async () => {
    const system = { sub: "rantala-sis", role: "service", privileges: [{ org: RANTALA_PROVIDER, rights: ["write"] }] };
    const result = await run(system, FEED, { document: { henkilot: [newStudent], opiskeluoikeudet: [studyRightAt(RANTALA_INSTITUTION, RANTALA_PROVIDER)] } });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).upsertKoskiData).toEqual({ organisaatiot: { received: 0, written: 0 }, henkilot: { received: 1, written: 1 }, opiskeluoikeudet: { received: 1, written: 1 } });
  });

  it("refuses study rights elsewhere, organisations from anyone but OPH, and everyone else; nothing is written", async () => {
    const system = { sub: "rantala-sis", role: "service", privileges: [{ org: RANTALA_PROVIDER, rights: ["write"] }] };
    const elsewhere = await run(system, FEED, { document: { henkilot: [newStudent], opiskeluoikeudet: [studyRightAt(KOIVU_INSTITUTION, "1.2.246.562.10.55500012392", "1.2.246.562.15.55500012405")] } });
    expect(codes(elsewhere)).toEqual(["FORBIDDEN"]);
    expect(elsewhere.errors![0]!.message).toContain("opiskeluoikeudet.0");
    const organisation = await run(system, FEED, { document: { organisaatiot: [{ oid: "1.2.246.562.10.55500012999", nimi: { fi: "X" }, parentOid: OPH_ORG }] } });
    expect(codes(organisation)).toEqual(["FORBIDDEN"]);
    for (const who of [{ sub: AINO, role: "student" }, { sub: "1.2.246.562.24.1", role: "official", privileges: [{ org: RANTALA_PROVIDER, rights: ["write"] }] }]) {
      expect(codes(await run(who, FEED, { document: { henkilot: [newStudent] } }))).toEqual(["FORBIDDEN"]);
    }
    const oph = await run({ sub: "1.2.246.562.24.1", role: "oph" }, `{ opiskeluoikeus(oid: "1.2.246.562.15.55500012405") { oid } }`);
    expect(codes(oph)).toEqual(["NOT_FOUND"]);
  });

  it("names the bad field of a malformed document", async () => {
    const result = await run({ sub: "1.2.246.562.24.1", role: "oph" }, FEED, { document: { henkilot: [{ oid: newStudent.oid, etunimet: "X" }] } });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect((result.errors![0]!.extensions as any).problems).toEqual([{ path: "henkilot.0.sukunimi", message: expect.any(String) }]);
  });
});

describe("opiskelijalista: an official's students, a page at a time", () => {
  const STUDENTS = /* GraphQL */ `query ($first: Int, $after: String) { opiskelijalista(first: $first, after: $after) { nodes { oid sukunimi } pageInfo { endCursor hasNextPage } } }`;
  const sorted = (list: string[]) => [...list].sort();
  type Page = { nodes: { oid: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  const pageOf = (result: ExecutionResult) => result.data!.opiskelijalista as Page;

  it("lists the students with a study right at the official's institutions, in OID order, in pages", async () => {
    const all = await run(rantalaOfficial, STUDENTS);
    expect(all.errors).toBeUndefined();
    const everyone = pageOf(all).nodes.map((s) => s.oid);
    expect(pageOf(all).pageInfo.hasNextPage).toBe(false);
    expect(everyone).toEqual(sorted(everyone));
    expect(everyone).toContain(AINO);
    expect(everyone).toContain(BERTTA);
    // Page by page, one at a time, following endCursor until hasNextPage is false.
    const paged = await walkPagesOfOne(async (after) => pageOf(await run(rantalaOfficial, STUDENTS, { first: 1, after })), everyone.length);
    expect(paged).toEqual(everyone);
  });

  it("lists exactly the students with a study right under the official's organisations, each once, whichever institution and however many study rights", async () => {
    const HARJU_PROVIDER = "1.2.246.562.10.55500012376";
    const twoProviders: Claims = { sub: "1.2.246.562.24.55500099991", role: "official", privileges: [RANTALA_PROVIDER, HARJU_PROVIDER].map((org) => ({ org, rights: ["read"] })) };
    // The plain reading, straight from the tables: every institution under the privilege, every study right there.
    const covered = sql`with recursive covered(oid) as (
        select oid from persons.organisaatio where oid in (${RANTALA_PROVIDER}, ${HARJU_PROVIDER})
        union select o.oid from persons.organisaatio o join covered c on o.parent_oid = c.oid)
      select * from persons.opiskeluoikeus where oppilaitos_oid in (select oid from covered)`;
    const expected = rowsOf<{ oid: string }>(await database.db.execute(sql`select distinct oppija_oid as oid from (${covered}) r order by 1`)).map((row) => row.oid);
    const [spread] = rowsOf<{ institutions: number; repeated: number }>(
      await database.db.execute(sql`select count(distinct oppilaitos_oid)::int as institutions, (count(*) - count(distinct oppija_oid))::int as repeated from (${covered}) r`),
    );
    // The world must try it: students at more than one institution, and students with several study rights.
    expect(spread!.institutions).toBeGreaterThan(1);
    expect(spread!.repeated).toBeGreaterThan(0);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = pageOf(await run(twoProviders, STUDENTS, { first: 2, after }));
      paged.push(...page.nodes.map((s) => s.oid));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(expected);
  });

  it("gives the same page as edges, each with a cursor that continues after it", async () => {
    const EDGES = /* GraphQL */ `query ($after: String) { opiskelijalista(first: 3, after: $after) { nodes { oid } edges { cursor node { oid } } pageInfo { endCursor } } }`;
    const page = (await run(rantalaOfficial, EDGES)).data!.opiskelijalista as { nodes: { oid: string }[]; edges: { cursor: string; node: { oid: string } }[]; pageInfo: { endCursor: string } };
    expect(page.edges.map((edge) => edge.node)).toEqual(page.nodes);
    expect(page.edges.at(-1)!.cursor).toBe(page.pageInfo.endCursor);
    const afterFirst = (await run(rantalaOfficial, EDGES, { after: page.edges[0]!.cursor })).data!.opiskelijalista as { nodes: { oid: string }[] };
    expect(afterFirst.nodes.slice(0, 2)).toEqual(page.nodes.slice(1));
  });

  it("is empty for everyone else, and names a bad page size or cursor", async () => {
    for (const who of [aino, { sub: VILLE, role: "workplace" }, { sub: "1.2.246.562.24.1", role: "official", privileges: [{ org: OPH_ORG, rights: ["write"] }] }]) {
      expect(pageOf(await run(who, STUDENTS))).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
    }
    const bad = await run(rantalaOfficial, STUDENTS, { first: 0 });
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    // A raw OID (the deprecated list's `after`), another list's cursor, garbage: each refused at `after`.
    for (const cursor of [AINO, Buffer.from(`loki|2026-01-01T00:00:00.000Z|1`).toString("base64url"), Buffer.from(`opiskelijat|x' or 1=1`).toString("base64url"), "%%%"]) {
      const refused = await run(rantalaOfficial, STUDENTS, { after: cursor });
      expect(codes(refused), cursor).toEqual(["BAD_USER_INPUT"]);
      expect((refused.errors![0]!.extensions as any).problems, cursor).toEqual([{ path: "after", message: expect.any(String) }]);
    }
  });
});

describe("opiskelijat (deprecated for opiskelijalista): the same students as a plain list", () => {
  const STUDENTS = /* GraphQL */ `query ($first: Int, $after: ID) { opiskelijat(first: $first, after: $after) { oid sukunimi } }`;

  it("pages by the last OID, and agrees with opiskelijalista", async () => {
    const all = await run(rantalaOfficial, STUDENTS);
    expect(all.errors).toBeUndefined();
    const everyone = (all.data!.opiskelijat as { oid: string }[]).map((s) => s.oid);
    const listed = await run(rantalaOfficial, `{ opiskelijalista { nodes { oid } } }`);
    expect((listed.data!.opiskelijalista as { nodes: { oid: string }[] }).nodes.map((s) => s.oid)).toEqual(everyone);
    const first = await run(rantalaOfficial, STUDENTS, { first: 1 });
    const rest = await run(rantalaOfficial, STUDENTS, { after: (first.data!.opiskelijat as { oid: string }[])[0]!.oid });
    expect([...(first.data!.opiskelijat as { oid: string }[]), ...(rest.data!.opiskelijat as { oid: string }[])].map((s) => s.oid)).toEqual(everyone);
    expect((await run(aino, STUDENTS)).data!.opiskelijat).toEqual([]);
  });
});
