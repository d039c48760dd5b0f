/**
 * importWorld against a real database (PGlite, or PostgreSQL when DATABASE_URL is set): the
 * shared example world lands in the persons tables and contract views as the spec describes,
 * re-imports are harmless, older data never overwrites newer, and a broken document stores nothing.
 */
import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../drizzle/db.js";
import { henkilo, opiskeluoikeus, organisaatio, organisationAncestry, studyRightFacts } from "../drizzle/schema/index.js";
import { countStatements } from "../drizzle/statement-counter.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import {
  parseWorldDocument,
  type WorldDocument,
  type WorldHenkilo,
  type WorldOpiskeluoikeus,
} from "../subgraphs/persons/import/world-document.js";
import { exampleDocument } from "./support/examples.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

const worldJson: unknown = exampleDocument("world.json");

/** A fresh copy per use, so a test that edits its document cannot leak into another. */
function world(): WorldDocument {
  return parseWorldDocument(structuredClone(worldJson));
}

const OPH = "1.2.246.562.10.00000000001";
const RANTALA_KESKUSTA = "1.2.246.562.10.55500012368";
const HARJU_OPPILAITOS = "1.2.246.562.10.55500012384";
const HARJU_KOULUTUSTOIMIJA = "1.2.246.562.10.55500012376";
const AINO = "1.2.246.562.24.55500012349";
const AINO_RANTALA = "1.2.246.562.15.55500012343";
const AINO_HARJU = "1.2.246.562.15.55500012350";
const AINO_KOIVU = "1.2.246.562.15.55500012368";

async function storedCounts(db: Db) {
  return {
    organisaatiot: (await db.select().from(organisaatio)).length,
    henkilot: (await db.select().from(henkilo)).length,
    opiskeluoikeudet: (await db.select().from(opiskeluoikeus)).length,
  };
}

/** Every stored row but its updatedAt, which an import without timestamps sets to "now". */
async function storedRows(db: Db) {
  const withoutStamp = <T extends { updatedAt: Date }>({ updatedAt: _, ...rest }: T) => rest;
  return {
    organisaatiot: (await db.select().from(organisaatio).orderBy(asc(organisaatio.oid))).map(withoutStamp),
    henkilot: (await db.select().from(henkilo).orderBy(asc(henkilo.oid))).map(withoutStamp),
    opiskeluoikeudet: (await db.select().from(opiskeluoikeus).orderBy(asc(opiskeluoikeus.oid))).map(withoutStamp),
  };
}

async function storedHenkilo(db: Db, oid: string) {
  const [row] = await db.select().from(henkilo).where(eq(henkilo.oid, oid));
  return row;
}

function aino(overrides: Partial<WorldHenkilo>): WorldDocument {
  return { henkilot: [{ oid: AINO, etunimet: "Aino Maria", kutsumanimi: "Aino", sukunimi: "Aaltonen", ...overrides }] };
}

describe("importWorld", () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database?.close();
  });

  it("stores the example world's organisations, persons and study rights", async () => {
    const counts = await importWorld(database.db, world());

    expect(counts).toEqual({
      organisaatiot: { received: 8, written: 8 },
      henkilot: { received: 7, written: 7 },
      opiskeluoikeudet: { received: 5, written: 5 },
    });
    expect(await storedCounts(database.db)).toEqual({ organisaatiot: 8, henkilot: 7, opiskeluoikeudet: 5 });
  });

  it("maps the Koski-like fields onto the study right columns", async () => {
    await importWorld(database.db, world());

    const [harju] = await database.db.select().from(opiskeluoikeus).where(eq(opiskeluoikeus.oid, AINO_HARJU));
    expect(harju).toMatchObject({
      oppijaOid: AINO,
      tyyppi: "ammatillinenkoulutus",
      oppilaitosOid: HARJU_OPPILAITOS,
      koulutustoimijaOid: HARJU_KOULUTUSTOIMIJA,
      alkamispaiva: "2025-09-01",
      arvioituPaattymispaiva: "2027-06-30",
      paattymispaiva: null,
      opiskeluoikeusjaksot: [{ alku: "2025-09-01", tila: "lasna" }],
      sisaltyyOpiskeluoikeuteenOid: AINO_RANTALA,
    });
    expect(harju!.suoritukset[0]!.koulutusmoduuli.tunniste.koodiarvo).toBe("371101");

    const [koivu] = await database.db.select().from(opiskeluoikeus).where(eq(opiskeluoikeus.oid, AINO_KOIVU));
    expect(koivu!.paattymispaiva).toBe("2023-05-31");
    expect(koivu!.opiskeluoikeusjaksot.map((jakso) => jakso.tila)).toEqual(["lasna", "valmistunut"]);
    expect(koivu!.sisaltyyOpiskeluoikeuteenOid).toBeNull();

    expect(await storedHenkilo(database.db, AINO)).toMatchObject({
      etunimet: "Aino Maria",
      kutsumanimi: "Aino",
      sukunimi: "Aaltonen",
    });
    const [root] = await database.db.select().from(organisaatio).where(eq(organisaatio.oid, OPH));
    expect(root).toMatchObject({ nimi: { fi: "Opetushallitus" }, tyypit: ["opetushallitus"], parentOid: null });
  });

  it("feeds the contract views other subgraphs read", async () => {
    await importWorld(database.db, world());

    const ancestors = await database.db
      .select({ ancestorOid: organisationAncestry.ancestorOid })
      .from(organisationAncestry)
      .where(eq(organisationAncestry.oid, RANTALA_KESKUSTA));
    expect(ancestors.map((row) => row.ancestorOid).sort()).toEqual(
      [OPH, "1.2.246.562.10.55500012343", "1.2.246.562.10.55500012350", RANTALA_KESKUSTA].sort(),
    );

    const [facts] = await database.db.select().from(studyRightFacts).where(eq(studyRightFacts.oid, AINO_HARJU));
    expect(facts!.sisaltyyOpiskeluoikeuteenOid).toBe(AINO_RANTALA);
  });

  it("is idempotent: importing the same world twice changes nothing", async () => {
    await importWorld(database.db, world());
    const first = await storedRows(database.db);

    const counts = await importWorld(database.db, world());

    // Without timestamps the second copy is as new as the first, so it is written (unchanged).
    expect(counts.opiskeluoikeudet).toEqual({ received: 5, written: 5 });
    expect(await storedRows(database.db)).toEqual(first);
  });

  it("uses one statement per table, and one more per further 1000 rows", async () => {
    const { statements } = await countStatements(() => importWorld(database.db, world()));
    expect(statements).toBe(3);

    const many: WorldHenkilo[] = Array.from({ length: 2500 }, (_, i) => ({
      oid: `1.2.246.562.24.9${String(i).padStart(10, "0")}`,
      etunimet: "Testi",
      sukunimi: `Henkilö ${i}`,
    }));
    const bulk = await countStatements(() => importWorld(database.db, { henkilot: many }));
    expect(bulk.result.henkilot).toEqual({ received: 2500, written: 2500 });
    expect(bulk.statements).toBe(3);
  });

  it("keeps only the newest copy of an entity repeated in one document", async () => {
    const counts = await importWorld(database.db, {
      henkilot: [
        ...aino({ sukunimi: "Uusin", updatedAt: "2026-01-03T00:00:00Z" }).henkilot!,
        ...aino({ sukunimi: "Vanha", updatedAt: "2026-01-01T00:00:00Z" }).henkilot!,
      ],
    });

    expect(counts.henkilot).toEqual({ received: 1, written: 1 });
    expect((await storedHenkilo(database.db, AINO))!.sukunimi).toBe("Uusin");
  });

  describe("newer data wins", () => {
    it("does not let a stale person overwrite a newer one, but lets a newer one", async () => {
      await importWorld(database.db, aino({ sukunimi: "Aaltonen", updatedAt: "2026-01-02T12:00:00Z" }));

      const stale = await importWorld(database.db, aino({ sukunimi: "Vanha", updatedAt: "2026-01-01T12:00:00Z" }));
      expect(stale.henkilot).toEqual({ received: 1, written: 0 });
      const afterStale = await storedHenkilo(database.db, AINO);
      expect(afterStale!.sukunimi).toBe("Aaltonen");
      expect(afterStale!.updatedAt.toISOString()).toBe("2026-01-02T12:00:00.000Z");

      const newer = await importWorld(database.db, aino({ sukunimi: "Uusi", updatedAt: "2026-01-03T12:00:00Z" }));
      expect(newer.henkilot).toEqual({ received: 1, written: 1 });
      const afterNewer = await storedHenkilo(database.db, AINO);
      expect(afterNewer!.sukunimi).toBe("Uusi");
      expect(afterNewer!.updatedAt.toISOString()).toBe("2026-01-03T12:00:00.000Z");
    });

    it("treats an equally new copy as current", async () => {
      await importWorld(database.db, aino({ sukunimi: "Aaltonen", updatedAt: "2026-01-02T12:00:00Z" }));
      const same = await importWorld(database.db, aino({ sukunimi: "Korjattu", updatedAt: "2026-01-02T12:00:00Z" }));

      expect(same.henkilot.written).toBe(1);
      expect((await storedHenkilo(database.db, AINO))!.sukunimi).toBe("Korjattu");
    });

    it("applies to study rights and organisations too", async () => {
      const stamped = (doc: WorldDocument, updatedAt: string, paattymispaiva: string | null, nimi: string) => {
        for (const oo of doc.opiskeluoikeudet!) Object.assign(oo, { updatedAt, paattymispaiva } satisfies Partial<WorldOpiskeluoikeus>);
        for (const org of doc.organisaatiot!) Object.assign(org, { updatedAt, nimi: { fi: nimi } });
        return doc;
      };
      await importWorld(database.db, stamped(world(), "2026-01-02T00:00:00Z", null, "Nykyinen"));

      const stale = await importWorld(database.db, stamped(world(), "2025-12-31T00:00:00Z", "2025-12-31", "Vanha"));
      expect(stale.opiskeluoikeudet.written).toBe(0);
      expect(stale.organisaatiot.written).toBe(0);
      const [rantala] = await database.db.select().from(opiskeluoikeus).where(eq(opiskeluoikeus.oid, AINO_RANTALA));
      expect(rantala!.paattymispaiva).toBeNull();
      const [root] = await database.db.select().from(organisaatio).where(eq(organisaatio.oid, OPH));
      expect(root!.nimi).toEqual({ fi: "Nykyinen" });

      const newer = await importWorld(database.db, stamped(world(), "2026-01-05T00:00:00Z", "2026-01-05", "Uusi"));
      expect(newer.opiskeluoikeudet.written).toBe(5);
      expect(newer.organisaatiot.written).toBe(8);
      const [ended] = await database.db.select().from(opiskeluoikeus).where(eq(opiskeluoikeus.oid, AINO_RANTALA));
      expect(ended!.paattymispaiva).toBe("2026-01-05");
    });
  });

  describe("a failing import stores nothing", () => {
    function withOrphanStudyRight(): WorldDocument {
      const doc = world();
      const orphan: WorldOpiskeluoikeus = { ...doc.opiskeluoikeudet![0]!, oid: "1.2.246.562.15.99999999999", oppijaOid: "1.2.246.562.24.99999999999" };
      doc.opiskeluoikeudet!.push(orphan);
      return doc;
    }

    it("rolls back a whole world when one study right points at an unknown person", async () => {
      const error: unknown = await importWorld(database.db, withOrphanStudyRight()).then(
        () => undefined,
        (failure: unknown) => failure,
      );

      // drizzle wraps the driver's error; its cause names the broken reference.
      expect(error).toBeInstanceOf(Error);
      expect(String((error as Error).cause ?? error)).toMatch(/opiskeluoikeus_oppija_oid_henkilo_oid_fk/);
      expect(await storedCounts(database.db)).toEqual({ organisaatiot: 0, henkilot: 0, opiskeluoikeudet: 0 });
    });

    it("leaves earlier data untouched", async () => {
      await importWorld(database.db, world());
      const before = await storedRows(database.db);

      const broken = withOrphanStudyRight();
      broken.henkilot![0]!.sukunimi = "Ei tallennu";
      await expect(importWorld(database.db, broken)).rejects.toThrow();

      expect(await storedRows(database.db)).toEqual(before);
    });

    it("refuses an organisation tree with a cycle", async () => {
      const cyclic: WorldDocument = {
        organisaatiot: [
          { oid: "1.2.246.562.10.1", nimi: { fi: "A" }, parentOid: "1.2.246.562.10.2" },
          { oid: "1.2.246.562.10.2", nimi: { fi: "B" }, parentOid: "1.2.246.562.10.1" },
        ],
      };
      await expect(importWorld(database.db, cyclic)).rejects.toThrow(/own ancestor/);
      expect((await storedCounts(database.db)).organisaatiot).toBe(0);
    });
  });
});
