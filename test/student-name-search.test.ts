/**
 * Staff search their students by name on the server (`opiskelijalista(nimi:)`), executed
 * in-process over the example world plus three students with Finnish and Swedish letters (PGlite,
 * or PostgreSQL when DATABASE_URL is set): case-insensitive on every name, scoped exactly as the
 * list (a student at another institution answers like no one), paged with the list's cursor, one
 * page-picking statement whatever it finds, audited like the list, and a bad search refused at
 * `nimi`.
 */
import { and, eq } from "drizzle-orm";
import { graphql, type ExecutionResult, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTarget } from "../drizzle/schema/index.js";
import { countStatements } from "../drizzle/statement-counter.js";
import { personsSubgraph } from "../subgraphs/persons/definition.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import { parseWorldDocument } from "../subgraphs/persons/import/world-document.js";
import { principalFromClaims } from "../subgraphs/shared/auth/principal.js";
import { fixedClock } from "../subgraphs/shared/clock.js";
import { auditLogFor } from "./support/audit.js";
import { exampleDocument } from "./support/examples.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";
import { activeStudyRight } from "./support/feed-documents.js";
import { walkPagesOfOne } from "./support/paging.js";

const RANTALA_PROVIDER = "1.2.246.562.10.55500012343";
const RANTALA_INSTITUTION = "1.2.246.562.10.55500012350";
const KOIVU_PROVIDER = "1.2.246.562.10.55500012392";
const KOIVU_INSTITUTION = "1.2.246.562.10.55500012400";
const AINO = "1.2.246.562.24.55500012349";

const ASA = { oid: "1.2.246.562.24.55500012501", etunimet: "Åsa Örn", kutsumanimi: "Åsa", sukunimi: "Äijälä" };
const ARTTU = { oid: "1.2.246.562.24.55500012514", etunimet: "Arttu", sukunimi: "Äijälä-Öhman" };
/** At Koivu only: hidden from Rantala's staff. */
const ORJAN = { oid: "1.2.246.562.24.55500012527", etunimet: "Örjan", sukunimi: "Östlund" };

const rantalaOfficial = { sub: "1.2.246.562.24.55500099981", role: "official", privileges: [{ org: RANTALA_PROVIDER, rights: ["read"] }] };
const koivuOfficial = { sub: "1.2.246.562.24.55500099982", role: "official", privileges: [{ org: KOIVU_PROVIDER, rights: ["read"] }] };

let database: TestDatabase;
let schema: GraphQLSchema;

function run(claims: Record<string, unknown>, source: string, variableValues?: Record<string, unknown>): Promise<ExecutionResult> {
  const principal = principalFromClaims(claims, "test-token");
  const contextValue = personsSubgraph.createContext({ db: database.db, clock: fixedClock("2026-02-01"), keys: undefined as never, audit: auditLogFor(database.db) }, principal);
  return graphql({ schema, source, variableValues, contextValue }) as Promise<ExecutionResult>;
}

const FEED = `mutation ($document: JSONObject!) { upsertKoskiData(document: $document) { henkilot { written } } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  await importWorld(database.db, parseWorldDocument(structuredClone(exampleDocument("world.json"))));
  schema = await personsSubgraph.buildSchema();
  const rantalaSystem = { sub: "rantala-sis", role: "service", privileges: [{ org: RANTALA_PROVIDER, rights: ["write"] }] };
  const koivuSystem = { sub: "koivu-sis", role: "service", privileges: [{ org: KOIVU_PROVIDER, rights: ["write"] }] };
  const rantala = await run(rantalaSystem, FEED, {
    document: {
      henkilot: [ASA, ARTTU],
      opiskeluoikeudet: [
        activeStudyRight("1.2.246.562.15.55500012608", ASA.oid, RANTALA_INSTITUTION, RANTALA_PROVIDER),
        activeStudyRight("1.2.246.562.15.55500012616", ARTTU.oid, RANTALA_INSTITUTION, RANTALA_PROVIDER),
      ],
    },
  });
  expect(rantala.errors).toBeUndefined();
  const koivu = await run(koivuSystem, FEED, { document: { henkilot: [ORJAN], opiskeluoikeudet: [activeStudyRight("1.2.246.562.15.55500012624", ORJAN.oid, KOIVU_INSTITUTION, KOIVU_PROVIDER)] } });
  expect(koivu.errors).toBeUndefined();
});

afterAll(async () => {
  await database?.close();
});

const SEARCH = /* GraphQL */ `query ($nimi: String, $first: Int, $after: String) { opiskelijalista(nimi: $nimi, first: $first, after: $after) { nodes { oid etunimet sukunimi } pageInfo { endCursor hasNextPage } } }`;
type Page = { nodes: { oid: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
const pageOf = (result: ExecutionResult) => {
  expect(result.errors).toBeUndefined();
  return result.data!.opiskelijalista as Page;
};
const found = async (claims: Record<string, unknown>, nimi: string) => pageOf(await run(claims, SEARCH, { nimi })).nodes.map((s) => s.oid);

describe("opiskelijalista(nimi:): staff search their students by name on the server", () => {
  it("matches first names, calling name and surname, every word, ignoring case, Finnish and Swedish letters too", async () => {
    expect(await found(rantalaOfficial, "aaltonen")).toEqual([AINO]);
    expect(await found(rantalaOfficial, "AINO aalt")).toEqual([AINO]);
    // A second first name counts.
    expect(await found(rantalaOfficial, "maria")).toEqual([AINO]);
    expect(await found(rantalaOfficial, "äijälä")).toEqual([ASA.oid, ARTTU.oid]);
    expect(await found(rantalaOfficial, "ÄIJÄLÄ")).toEqual([ASA.oid, ARTTU.oid]);
    expect(await found(rantalaOfficial, "  åsa   ÄIJ ")).toEqual([ASA.oid]);
    expect(await found(rantalaOfficial, "örn")).toEqual([ASA.oid]);
    expect(await found(rantalaOfficial, "ÖHMAN")).toEqual([ARTTU.oid]);
    // Wildcards of LIKE are letters like any other.
    expect(await found(rantalaOfficial, "%")).toEqual([]);
    expect(await found(rantalaOfficial, "_")).toEqual([]);
    expect(await found(rantalaOfficial, "aino bertta")).toEqual([]);
  });

  it("never finds a student outside the caller's institutions: a search for one answers exactly like a search for no one", async () => {
    const hidden = await run(rantalaOfficial, SEARCH, { nimi: "Örjan" });
    const nobody = await run(rantalaOfficial, SEARCH, { nimi: "Zyzzyva" });
    expect(hidden).toEqual(nobody);
    expect(pageOf(hidden)).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
    // Koivu's own staff do find him: the search, not the data, is what the scope shapes.
    expect(await found(koivuOfficial, "örjan")).toEqual([ORJAN.oid]);
    // Koivu sees Aino through her study right there, not Rantala's Åsa.
    expect(await found(koivuOfficial, "äijälä")).toEqual([]);
    // Nobody without a provider's read finds anyone, whatever they search for.
    for (const who of [{ sub: AINO, role: "student" }, { sub: "1.2.246.562.24.55500012365", role: "workplace" }]) expect(await found(who, "aino")).toEqual([]);
  });

  it("pages with the list's cursor: one at a time gives the whole search in OID order", async () => {
    const everyone = await found(rantalaOfficial, "a");
    expect(everyone.length).toBeGreaterThan(2);
    expect(everyone).toEqual([...everyone].sort());
    const paged = await walkPagesOfOne(async (after) => pageOf(await run(rantalaOfficial, SEARCH, { nimi: "a", first: 1, after })), everyone.length);
    expect(paged).toEqual(everyone);
  });

  it("costs what the list costs: the same statements per page, however many students it finds", async () => {
    const list = await countStatements(() => run(rantalaOfficial, SEARCH));
    const many = await countStatements(() => run(rantalaOfficial, SEARCH, { nimi: "a" }));
    const one = await countStatements(() => run(rantalaOfficial, SEARCH, { nimi: "åsa" }));
    expect(pageOf(many.result).nodes.length).toBeGreaterThan(pageOf(one.result).nodes.length);
    expect(many.statements).toBe(list.statements);
    expect(one.statements).toBe(list.statements);
  });

  it("records the reads of the students found, as the list does, and of no one else", async () => {
    const searcher = { ...rantalaOfficial, sub: "1.2.246.562.24.55500099983" };
    expect(await found(searcher, "äijälä")).toEqual([ASA.oid, ARTTU.oid]);
    await auditLogFor(database.db).flush();
    const rows = await database.db.select().from(auditTarget).where(and(eq(auditTarget.actorOid, searcher.sub), eq(auditTarget.dataKind, "henkilo")));
    expect(rows.map((row) => `${row.oppijaOid} ${row.rule}`).sort()).toEqual([`${ASA.oid} R2`, `${ARTTU.oid} R2`]);
  });

  it("refuses a search that cannot be one, at `nimi`", async () => {
    for (const nimi of ["", "   ", "x".repeat(101), "a b c d e f", "Aino\u0000", "Aino\u202e"]) {
      const refused = await run(rantalaOfficial, SEARCH, { nimi });
      expect(refused.errors?.map((e) => e.extensions?.code), JSON.stringify(nimi)).toEqual(["BAD_USER_INPUT"]);
      expect((refused.errors![0]!.extensions as { problems: unknown }).problems, JSON.stringify(nimi)).toEqual([{ path: "nimi", message: expect.any(String) }]);
    }
    expect(await found(rantalaOfficial, "x".repeat(100))).toEqual([]);
  });
});
