/**
 * Validation of eHOKS v1 plan documents (subgraphs/hoks/validation): the example documents behave
 * as their README says, and each rule of hoks-model.md holds at its boundaries.
 */
import { describe, expect, it } from "vitest";
import type { FieldProblem } from "../subgraphs/shared/errors.js";
import {
  documentProblems,
  validatePlanDocument,
  type StudyRightFacts,
  type ValidationContext,
} from "../subgraphs/hoks/validation/validate-plan.js";
import { exampleDocument, exampleNames, invalidExamples } from "./support/examples.js";

type Json = Record<string, any>;

const TODAY = "2026-02-01";
const AINO = "1.2.246.562.24.55500012349";
const BERTTA = "1.2.246.562.24.55500012352";
const RANTALA_RIGHT = "1.2.246.562.15.55500012343";
const TUVA_RIGHT = "1.2.246.562.15.55500012384";
const RANTALA = "1.2.246.562.10.55500012350";
const VILLE = "1.2.246.562.24.55500012365";

// ---------------------------------------------------------------------------------------------
// The example world's study rights, as the persons subgraph would give them.

interface WorldStudyRight {
  oid: string;
  oppijaOid: string;
  tyyppi: string;
  alkamispaiva: string;
  arvioituPaattymispaiva: string | null;
  paattymispaiva: string | null;
  tila: { opiskeluoikeusjaksot: { alku: string; tila: string }[] };
  sisaltyyOpiskeluoikeuteen?: { oid: string } | null;
  suoritukset: { tyyppi: string }[];
}

const world = exampleDocument<{ opiskeluoikeudet: WorldStudyRight[] }>("world.json");

const STUDY_RIGHTS = new Map<string, StudyRightFacts>(
  world.opiskeluoikeudet.map((o) => [
    o.oid,
    {
      oid: o.oid,
      oppijaOid: o.oppijaOid,
      tyyppi: o.tyyppi,
      alkamispaiva: o.alkamispaiva,
      arvioituPaattymispaiva: o.arvioituPaattymispaiva,
      paattymispaiva: o.paattymispaiva,
      sisaltyyOpiskeluoikeuteenOid: o.sisaltyyOpiskeluoikeuteen?.oid ?? null,
      opiskeluoikeusjaksot: o.tila.opiskeluoikeusjaksot,
      suoritusTyypit: o.suoritukset.map((s) => s.tyyppi),
    },
  ]),
);

function studyRight(oid: string): StudyRightFacts {
  const facts = STUDY_RIGHTS.get(oid);
  if (!facts) throw new Error(`no study right ${oid} in world.json`);
  return facts;
}

/** The full plan's stored identity: what the patch examples are applied to. */
const STORED_FULL_PLAN = { oppijaOid: AINO, opiskeluoikeusOid: RANTALA_RIGHT };

function createContext(document: Json, extra: Partial<ValidationContext> = {}): ValidationContext {
  const oid = document["opiskeluoikeus-oid"];
  return { kind: "create", today: TODAY, studyRight: typeof oid === "string" ? STUDY_RIGHTS.get(oid) : undefined, ...extra };
}

function patchContext(extra: Partial<ValidationContext> = {}): ValidationContext {
  return { kind: "patch", today: TODAY, studyRight: studyRight(RANTALA_RIGHT), stored: STORED_FULL_PLAN, ...extra };
}

function replaceContext(extra: Partial<ValidationContext> = {}): ValidationContext {
  return { kind: "replace", today: TODAY, studyRight: studyRight(RANTALA_RIGHT), stored: STORED_FULL_PLAN, ...extra };
}

function paths(problems: FieldProblem[]): string[] {
  return problems.map((p) => p.path);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

// ---------------------------------------------------------------------------------------------
// Building blocks for the rule tests.

/** A study right for Aino with a wide window, so date-rule tests are not bounded by it. */
const WIDE_STUDY_RIGHT: StudyRightFacts = {
  oid: RANTALA_RIGHT,
  oppijaOid: AINO,
  tyyppi: "ammatillinenkoulutus",
  alkamispaiva: "2015-01-01",
  arvioituPaattymispaiva: null,
  paattymispaiva: null,
  sisaltyyOpiskeluoikeuteenOid: null,
  opiskeluoikeusjaksot: [{ alku: "2015-01-01", tila: "lasna" }],
  suoritusTyypit: ["ammatillinentutkinto"],
};

function minimalPlan(extra: Json = {}): Json {
  return {
    "oppija-oid": AINO,
    "opiskeluoikeus-oid": RANTALA_RIGHT,
    "ensikertainen-hyvaksyminen": "2025-09-15",
    "osaamisen-hankkimisen-tarve": true,
    ...extra,
  };
}

function schoolPeriod(extra: Json = {}): Json {
  return {
    "osaamisen-hankkimistapa-koodi-uri": "osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus",
    "osaamisen-hankkimistapa-koodi-versio": 1,
    alku: "2025-09-01",
    loppu: "2025-10-31",
    ...extra,
  };
}

function workplacePeriod(extra: Json = {}): Json {
  return {
    "yksiloiva-tunniste": "rantala-2025-0001",
    "osaamisen-hankkimistapa-koodi-uri": "osaamisenhankkimistapa_koulutussopimus",
    "osaamisen-hankkimistapa-koodi-versio": 1,
    alku: "2025-11-03",
    loppu: "2026-02-27",
    "osa-aikaisuustieto": 100,
    "tyopaikalla-jarjestettava-koulutus": {
      "tyopaikan-nimi": "Esimerkki Oy",
      "tyopaikan-y-tunnus": "7654321-2",
      "vastuullinen-tyopaikka-ohjaaja": { nimi: "Virta, Ville", oid: VILLE },
      "keskeiset-tyotehtavat": ["Asiakkaan avustaminen"],
    },
    ...extra,
  };
}

function apprenticeship(extra: Json = {}): Json {
  return workplacePeriod({
    "osaamisen-hankkimistapa-koodi-uri": "osaamisenhankkimistapa_oppisopimus",
    "oppisopimuksen-perusta-koodi-uri": "oppisopimuksenperusta_01",
    "oppisopimuksen-perusta-koodi-versio": 1,
    ...extra,
  });
}

function demonstration(extra: Json = {}): Json {
  return {
    alku: "2026-02-16",
    loppu: "2026-02-20",
    nayttoymparisto: { nimi: "Esimerkki Oy, kotihoito" },
    "sisallon-kuvaus": ["Lääkehoito"],
    ...extra,
  };
}

function vocationalUnit(extra: Json = {}): Json {
  return {
    "tutkinnon-osa-koodi-uri": "tutkinnonosat_106729",
    "tutkinnon-osa-koodi-versio": 1,
    "koulutuksen-jarjestaja-oid": RANTALA,
    ...extra,
  };
}

const PERIOD = "hankittavat-ammat-tutkinnon-osat.0.osaamisen-hankkimistavat.0";
const DEMO = "hankittavat-ammat-tutkinnon-osat.0.osaamisen-osoittaminen.0";

/** A plan whose one vocational unit has the given periods. */
function planWithPeriods(...periods: Json[]): Json {
  return minimalPlan({ "hankittavat-ammat-tutkinnon-osat": [vocationalUnit({ "osaamisen-hankkimistavat": periods })] });
}

/** Validates a create against the wide study right unless told otherwise. */
function validate(document: unknown, extra: Partial<ValidationContext> = {}): FieldProblem[] {
  return validatePlanDocument(document, { kind: "create", today: TODAY, studyRight: WIDE_STUDY_RIGHT, ...extra });
}

function problemPaths(document: unknown, extra: Partial<ValidationContext> = {}): string[] {
  return paths(validate(document, extra));
}

// ---------------------------------------------------------------------------------------------

describe("the example documents", () => {
  it.each(["valid-full.json", "valid-minimal.json", "valid-tuva.json"])("%s is valid with the world's study rights", (name) => {
    const document = exampleDocument(name);
    expect(validatePlanDocument(document, createContext(document))).toEqual([]);
  });

  it("valid-full.json is also a valid replace of the full plan", () => {
    expect(validatePlanDocument(exampleDocument("valid-full.json"), replaceContext())).toEqual([]);
  });

  it("patch-top-level.json is a valid patch of the full plan", () => {
    expect(validatePlanDocument(exampleDocument("patch-top-level.json"), patchContext())).toEqual([]);
  });

  const table = invalidExamples();

  it("the README lists every invalid example", () => {
    const invalid = exampleNames().filter((name) => name.startsWith("invalid-"));
    expect(table.map((row) => row.name).sort()).toEqual(invalid);
  });

  it.each(table)("$name is refused at $path", ({ name, asPatch, path }) => {
    const document = exampleDocument(name);
    const problems = validatePlanDocument(document, asPatch ? patchContext() : createContext(document));
    expect(paths(problems)).toContain(path);
    // Each of these documents has exactly one thing wrong, so every problem points there (the too
    // long period also ends after the study right's expected end: two problems, one path).
    expect(new Set(paths(problems))).toEqual(new Set([path]));
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(5);
  });
});

describe("document shape", () => {
  it.each([[null], [[]], ["a plan"], [42]])("refuses a document that is not an object: %j", (document) => {
    expect(validate(document)).toEqual([{ path: "", message: expect.stringContaining("JSON object") }]);
  });

  it("reports unknown keys at the key, at any depth", () => {
    const document = planWithPeriods(schoolPeriod({ "tyopaikan-osoite": "Katu 1" }));
    document["lisatieto"] = "x";
    expect(problemPaths(document).sort()).toEqual(["lisatieto", `${PERIOD}.tyopaikan-osoite`].sort());
  });

  it("reports server fields (id, module-id, eid, manuaalisyotto) as not to be sent", () => {
    const document = planWithPeriods(schoolPeriod({ id: 7, "module-id": "3f1e0c9a-0000-4000-8000-000000000000" }));
    Object.assign(document, { id: 1, eid: "abc", manuaalisyotto: false });
    document["hankittavat-ammat-tutkinnon-osat"][0]["module-id"] = "3f1e0c9a-0000-4000-8000-000000000001";
    const problems = validate(document);
    expect(paths(problems).sort()).toEqual(
      ["eid", "id", "manuaalisyotto", "hankittavat-ammat-tutkinnon-osat.0.module-id", `${PERIOD}.id`, `${PERIOD}.module-id`].sort(),
    );
    for (const p of problems) expect(p.message).toMatch(/server/);
  });

  it("reports an item of a list that is not an object, and a list that is not a list", () => {
    expect(problemPaths(minimalPlan({ "oppimisen-tuki": ["x"], "hankittavat-ammat-tutkinnon-osat": {} })).sort()).toEqual([
      "hankittavat-ammat-tutkinnon-osat",
      "oppimisen-tuki.0",
    ]);
  });
});

describe("types of fields", () => {
  it("strings, booleans and integer versions", () => {
    const document = minimalPlan({
      sahkoposti: 5,
      "osaamisen-hankkimisen-tarve": "true",
      versio: 1.5,
      "urasuunnitelma-koodi-uri": "urasuunnitelma_0001",
      "urasuunnitelma-koodi-versio": "1",
    });
    expect(problemPaths(document).sort()).toEqual(["osaamisen-hankkimisen-tarve", "sahkoposti", "urasuunnitelma-koodi-versio", "versio"]);
  });

  it("opetus-ja-ohjaus-maara and laajuus are numbers ≥ 0 (fractions allowed)", () => {
    const ok = minimalPlan({
      "hankittavat-ammat-tutkinnon-osat": [vocationalUnit({ "opetus-ja-ohjaus-maara": 0 }), vocationalUnit({ "opetus-ja-ohjaus-maara": 12.5 })],
      "hankittavat-paikalliset-tutkinnon-osat": [{ nimi: "Paikallinen", laajuus: 0 }],
    });
    expect(validate(ok)).toEqual([]);
    const bad = minimalPlan({
      "hankittavat-ammat-tutkinnon-osat": [vocationalUnit({ "opetus-ja-ohjaus-maara": -1 }), vocationalUnit({ "opetus-ja-ohjaus-maara": "40" })],
      "hankittavat-paikalliset-tutkinnon-osat": [{ nimi: "Paikallinen", laajuus: -0.5 }],
    });
    expect(problemPaths(bad).sort()).toEqual([
      "hankittavat-ammat-tutkinnon-osat.0.opetus-ja-ohjaus-maara",
      "hankittavat-ammat-tutkinnon-osat.1.opetus-ja-ohjaus-maara",
      "hankittavat-paikalliset-tutkinnon-osat.0.laajuus",
    ]);
  });

  it.each([
    [1, true],
    [100, true],
    [0, false],
    [101, false],
    [50.5, false],
    ["100", false],
  ])("osa-aikaisuustieto %j valid: %s (always 1–100 when sent)", (value, valid) => {
    const problems = problemPaths(planWithPeriods(schoolPeriod({ "osa-aikaisuustieto": value })));
    expect(problems).toEqual(valid ? [] : [`${PERIOD}.osa-aikaisuustieto`]);
  });

  it.each([
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-9-1", false],
    ["2025-09-01T00:00:00Z", false],
    [20250901, false],
  ])("date %j valid: %s", (value, valid) => {
    expect(problemPaths(minimalPlan({ "ensikertainen-hyvaksyminen": value }))).toEqual(valid ? [] : ["ensikertainen-hyvaksyminen"]);
  });

  it.each([
    ["2025-09-15T10:00:00.000Z", true],
    ["2025-09-15T10:00:00+03:00", true],
    ["2025-09-15T10:00Z", true],
    ["2025-09-15", true],
    ["2025-09-15T24:00:00Z", false],
    ["2025-02-30T10:00:00Z", false],
    ["15.9.2025 10:00", false],
    [1757930400000, false],
  ])("instant %j valid: %s", (value, valid) => {
    expect(problemPaths(minimalPlan({ hyvaksytty: value, paivitetty: value }))).toEqual(valid ? [] : ["hyvaksytty", "paivitetty"]);
  });

  it("lists of strings hold only strings", () => {
    const document = planWithPeriods(
      workplacePeriod({
        "tyopaikalla-jarjestettava-koulutus": { ...workplacePeriod()["tyopaikalla-jarjestettava-koulutus"], "keskeiset-tyotehtavat": ["a", 2] },
      }),
    );
    expect(problemPaths(document)).toEqual([`${PERIOD}.tyopaikalla-jarjestettava-koulutus.keskeiset-tyotehtavat.1`]);
  });
});

describe("required fields", () => {
  const REQUIRED = ["oppija-oid", "opiskeluoikeus-oid", "ensikertainen-hyvaksyminen", "osaamisen-hankkimisen-tarve"];

  it.each(REQUIRED)("create needs %s", (key) => {
    const document = minimalPlan();
    delete document[key];
    expect(problemPaths(document)).toEqual([key]);
  });

  // The existing service's replace needs neither OID: they never change, and the stored ones stay.
  it.each(["ensikertainen-hyvaksyminen", "osaamisen-hankkimisen-tarve"])("replace needs %s", (key) => {
    const document = minimalPlan();
    delete document[key];
    expect(paths(validatePlanDocument(document, replaceContext()))).toEqual([key]);
  });

  it("replace may leave out oppija-oid and opiskeluoikeus-oid (the stored ones are judged)", () => {
    const document = minimalPlan();
    delete document["oppija-oid"];
    delete document["opiskeluoikeus-oid"];
    expect(paths(validatePlanDocument(document, replaceContext()))).toEqual([]);
  });

  it("a required field sent as null is missing; an optional one sent as null is not sent", () => {
    expect(problemPaths(minimalPlan({ "ensikertainen-hyvaksyminen": null, sahkoposti: null, "oppimisen-tuki": null }))).toEqual([
      "ensikertainen-hyvaksyminen",
    ]);
  });

  it("each entity's required fields", () => {
    const document = minimalPlan({
      "hankittavat-ammat-tutkinnon-osat": [
        {
          "osaamisen-hankkimistavat": [{}, workplacePeriod({ "tyopaikalla-jarjestettava-koulutus": {} })],
          "osaamisen-osoittaminen": [{ nayttoymparisto: {} }],
        },
      ],
      "hankittavat-yhteiset-tutkinnon-osat": [{ "tutkinnon-osa-koodi-uri": "tutkinnonosat_106727", "tutkinnon-osa-koodi-versio": 1 }],
      "aiemmin-hankitut-yhteiset-tutkinnon-osat": [
        { "tutkinnon-osa-koodi-uri": "tutkinnonosat_106727", "tutkinnon-osa-koodi-versio": 1, "osa-alueet": [{}] },
      ],
      "opiskeluvalmiuksia-tukevat-opinnot": [{}],
      "oppimisen-tuki": [{}],
    });
    const unit = "hankittavat-ammat-tutkinnon-osat.0";
    const period = `${unit}.osaamisen-hankkimistavat`;
    const training = `${period}.1.tyopaikalla-jarjestettava-koulutus`;
    expect(problemPaths(document).sort()).toEqual(
      [
        `${unit}.tutkinnon-osa-koodi-uri`,
        `${unit}.tutkinnon-osa-koodi-versio`,
        `${period}.0.osaamisen-hankkimistapa-koodi-uri`,
        `${period}.0.osaamisen-hankkimistapa-koodi-versio`,
        `${period}.0.alku`,
        `${period}.0.loppu`,
        // The workplace training is there but names no Y-tunnus: a rule of the period.
        `${period}.1`,
        `${training}.vastuullinen-tyopaikka-ohjaaja`,
        `${training}.tyopaikan-nimi`,
        `${training}.keskeiset-tyotehtavat`,
        `${unit}.osaamisen-osoittaminen.0.alku`,
        `${unit}.osaamisen-osoittaminen.0.loppu`,
        `${unit}.osaamisen-osoittaminen.0.nayttoymparisto.nimi`,
        `${unit}.osaamisen-osoittaminen.0.sisallon-kuvaus`,
        "hankittavat-yhteiset-tutkinnon-osat.0.osa-alueet",
        "aiemmin-hankitut-yhteiset-tutkinnon-osat.0.osa-alueet.0.osa-alue-koodi-uri",
        "aiemmin-hankitut-yhteiset-tutkinnon-osat.0.osa-alueet.0.osa-alue-koodi-versio",
        "opiskeluvalmiuksia-tukevat-opinnot.0.nimi",
        "opiskeluvalmiuksia-tukevat-opinnot.0.kuvaus",
        "opiskeluvalmiuksia-tukevat-opinnot.0.alku",
        "opiskeluvalmiuksia-tukevat-opinnot.0.loppu",
        // Learning support has no version fields in the existing service: none is asked for.
        "oppimisen-tuki.0.oppimisen-tuen-tyyppi-koodi-uri",
      ].sort(),
    );
  });
});

describe("identifiers", () => {
  it("person OIDs need a valid check digit (oppija-oid, instructor, working-life assessor)", () => {
    const document = planWithPeriods(
      workplacePeriod({
        "tyopaikalla-jarjestettava-koulutus": {
          ...workplacePeriod()["tyopaikalla-jarjestettava-koulutus"],
          "vastuullinen-tyopaikka-ohjaaja": { nimi: "Virta, Ville", oid: "1.2.246.562.24.55500012366" },
        },
      }),
    );
    document["oppija-oid"] = "1.2.246.562.24.55500012340";
    document["hankittavat-ammat-tutkinnon-osat"][0]["osaamisen-osoittaminen"] = [
      demonstration({ "tyoelama-osaamisen-arvioijat": [{ nimi: "Ojala, Otto", oid: "1.2.246.562.15.55500012381" }] }),
    ];
    expect(problemPaths(document).sort()).toEqual(
      [
        "oppija-oid",
        `${PERIOD}.tyopaikalla-jarjestettava-koulutus.vastuullinen-tyopaikka-ohjaaja.oid`,
        `${DEMO}.tyoelama-osaamisen-arvioijat.0.oid`,
      ].sort(),
    );
  });

  it("a malformed opiskeluoikeus-oid is reported once, as malformed", () => {
    const problems = validate(minimalPlan({ "opiskeluoikeus-oid": "1.2.246.562.15.55500012344" }), { studyRight: undefined });
    expect(problems).toEqual([{ path: "opiskeluoikeus-oid", message: expect.stringContaining("check digit") }]);
    expect(problemPaths(minimalPlan({ "tuva-opiskeluoikeus-oid": "1.2.246.562.24.55500012349" }))).toEqual(["tuva-opiskeluoikeus-oid"]);
  });

  it("organisation OIDs by pattern (koulutuksen-jarjestaja-oid, oppilaitos-oid)", () => {
    const document = minimalPlan({
      "hankittavat-ammat-tutkinnon-osat": [
        vocationalUnit({
          "koulutuksen-jarjestaja-oid": "1.2.246.562.99.1",
          "osaamisen-hankkimistavat": [schoolPeriod({ "jarjestajan-edustaja": { nimi: "Opettaja", "oppilaitos-oid": "Rantala" } })],
          "osaamisen-osoittaminen": [demonstration({ jarjestaja: { "oppilaitos-oid": "1.2.246.562.10.55500012350" } })],
        }),
      ],
    });
    expect(problemPaths(document).sort()).toEqual(
      ["hankittavat-ammat-tutkinnon-osat.0.koulutuksen-jarjestaja-oid", `${PERIOD}.jarjestajan-edustaja.oppilaitos-oid`].sort(),
    );
  });

  it.each([
    ["7654321-2", true],
    ["7654322-0", true],
    ["1234567-1", true],
    ["7654321-3", false],
    ["0000006-0", false], // remainder 1: no Y-tunnus has these seven digits
    ["7654321 2", false],
    ["765432-12", false],
  ])("Y-tunnus %s valid: %s (workplace, demonstration environment, assessor's organisation)", (value, valid) => {
    const document = planWithPeriods(
      workplacePeriod({ "tyopaikalla-jarjestettava-koulutus": { ...workplacePeriod()["tyopaikalla-jarjestettava-koulutus"], "tyopaikan-y-tunnus": value } }),
    );
    document["hankittavat-ammat-tutkinnon-osat"][0]["osaamisen-osoittaminen"] = [
      demonstration({
        nayttoymparisto: { nimi: "Esimerkki Oy", "y-tunnus": value },
        "tyoelama-osaamisen-arvioijat": [{ nimi: "Ojala, Otto", organisaatio: { nimi: "Esimerkki Oy", "y-tunnus": value } }],
      }),
    ];
    const expected = [
      `${PERIOD}.tyopaikalla-jarjestettava-koulutus.tyopaikan-y-tunnus`,
      `${DEMO}.nayttoymparisto.y-tunnus`,
      `${DEMO}.tyoelama-osaamisen-arvioijat.0.organisaatio.y-tunnus`,
    ];
    expect(problemPaths(document).sort()).toEqual(valid ? [] : expected.sort());
  });
});

describe("code URIs", () => {
  it.each([
    ["urasuunnitelma-koodi-uri", "urasuunnitelma_1"],
    ["urasuunnitelma-koodi-uri", "urasuunnitelma_00001"],
    ["urasuunnitelma-koodi-uri", "tutkinnonosat_0001"],
  ])("%s %s is refused", (key, value) => {
    expect(problemPaths(minimalPlan({ [key]: value, "urasuunnitelma-koodi-versio": 1 }))).toEqual([key]);
  });

  it("every code set's pattern is checked where its code stands", () => {
    const document = minimalPlan({
      "hankittavat-ammat-tutkinnon-osat": [
        vocationalUnit({
          "tutkinnon-osa-koodi-uri": "tutkinnonosat_abc",
          "osaamisen-hankkimistavat": [
            apprenticeship({
              "osaamisen-hankkimistapa-koodi-uri": "hankkimistapa_oppisopimus",
              "oppisopimuksen-perusta-koodi-uri": "oppisopimuksenperusta_",
              "muut-oppimisymparistot": [{ "oppimisymparisto-koodi-uri": "oppimisymparistot_01", "oppimisymparisto-koodi-versio": 1, alku: "2025-11-03", loppu: "2025-11-04" }],
            }),
          ],
        }),
      ],
      "hankittavat-yhteiset-tutkinnon-osat": [
        { "tutkinnon-osa-koodi-uri": "tutkinnonosat_1", "tutkinnon-osa-koodi-versio": 1, "osa-alueet": [{ "osa-alue-koodi-uri": "oppiaineet_vvai", "osa-alue-koodi-versio": 1 }] },
      ],
      "aiemmin-hankitut-paikalliset-tutkinnon-osat": [{ "valittu-todentamisen-prosessi-koodi-uri": "osaamisentodentamisenprosessi_x", "valittu-todentamisen-prosessi-koodi-versio": 1 }],
      "oppimisen-tuki": [
        { "oppimisen-tuen-tyyppi-koodi-uri": "ammatillinenkoulutusoppimisentuentyyppi_1", "oppimisen-tuen-tyyppi-koodi-versio": 1 },
        {
          "oppimisen-tuen-tyyppi-koodi-uri": "ammatillinenkoulutusoppimisentuentyyppi_01",
          "oppimisen-tuen-tyyppi-koodi-versio": 1,
          alku: "2025-09-01",
          loppu: "2025-12-19",
          "tutkinnon-osan-tyyppi-koodi-uri": "ammatillisentutkinnonosanryhma_3",
          "tutkinnon-osan-tyyppi-koodi-versio": 1,
        },
      ],
    });
    expect(problemPaths(document).sort()).toEqual(
      [
        "hankittavat-ammat-tutkinnon-osat.0.tutkinnon-osa-koodi-uri",
        `${PERIOD}.osaamisen-hankkimistapa-koodi-uri`,
        `${PERIOD}.oppisopimuksen-perusta-koodi-uri`,
        `${PERIOD}.muut-oppimisymparistot.0.oppimisymparisto-koodi-uri`,
        "hankittavat-yhteiset-tutkinnon-osat.0.osa-alueet.0.osa-alue-koodi-uri",
        "aiemmin-hankitut-paikalliset-tutkinnon-osat.0.valittu-todentamisen-prosessi-koodi-uri",
        "oppimisen-tuki.0.oppimisen-tuen-tyyppi-koodi-uri",
        "oppimisen-tuki.1.tutkinnon-osan-tyyppi-koodi-uri",
      ].sort(),
    );
  });

  it("a TUVA training part's code is koulutuksenosattuva_ and three digits", () => {
    const part = { "koulutuksen-osa-koodi-uri": "koulutuksenosattuva_1020", "koulutuksen-osa-koodi-versio": 1, alku: "2025-08-25", loppu: "2025-12-19", laajuus: 10 };
    const document = { ...exampleDocument("valid-tuva.json"), "hankittavat-koulutuksen-osat": [part] };
    expect(paths(validatePlanDocument(document, createContext(document)))).toEqual(["hankittavat-koulutuksen-osat.0.koulutuksen-osa-koodi-uri"]);
  });

  it("an optional code's URI comes with its integer version", () => {
    // Except the career plan's and learning support's, which the existing service does not ask for.
    expect(problemPaths(minimalPlan({ "urasuunnitelma-koodi-uri": "urasuunnitelma_0001" }))).toEqual([]);
    const withoutVersion = planWithPeriods(apprenticeship({ "oppisopimuksen-perusta-koodi-versio": undefined }));
    expect(problemPaths(withoutVersion)).toEqual([`${PERIOD}.oppisopimuksen-perusta-koodi-versio`]);
  });
});

describe("acquisition periods", () => {
  it("loppu ≥ alku; a one-day period is fine", () => {
    expect(problemPaths(planWithPeriods(schoolPeriod({ alku: "2025-09-01", loppu: "2025-09-01" })))).toEqual([]);
    expect(validate(planWithPeriods(schoolPeriod({ alku: "2025-09-02", loppu: "2025-09-01" })))).toEqual([
      { path: PERIOD, message: expect.stringContaining("before it starts") },
    ]);
  });

  it.each([
    ["2020-03-01", "2025-03-01", true],
    ["2020-03-01", "2025-03-02", false],
    ["2024-02-29", "2029-02-28", true],
    ["2024-02-29", "2029-03-01", false],
  ])("a period %s – %s is at most 5 years: %s", (alku, loppu, valid) => {
    expect(problemPaths(planWithPeriods(schoolPeriod({ alku, loppu })))).toEqual(valid ? [] : [PERIOD]);
  });

  describe("inside the study right", () => {
    const rantala = studyRight(RANTALA_RIGHT); // 2025-08-01 – expected 2027-06-30

    it.each([
      ["2025-08-01", "2027-06-30", true],
      ["2025-07-31", "2025-10-31", false],
      ["2025-09-01", "2027-07-01", false],
    ])("%s – %s within 2025-08-01 – 2027-06-30: %s", (alku, loppu, valid) => {
      expect(problemPaths(planWithPeriods(schoolPeriod({ alku, loppu })), { studyRight: rantala })).toEqual(valid ? [] : [PERIOD]);
    });

    it.each(["eronnut", "katsotaaneronneeksi", "peruutettu", "mitatoity"])(
      "a study right ended as %s does not bound the period's end, but still its start",
      (tila) => {
        const ended = { ...rantala, paattymispaiva: "2026-01-15", opiskeluoikeusjaksot: [...rantala.opiskeluoikeusjaksot, { alku: "2026-01-15", tila }] };
        expect(problemPaths(planWithPeriods(schoolPeriod({ alku: "2025-09-01", loppu: "2027-12-31" })), { studyRight: ended })).toEqual([]);
        expect(problemPaths(planWithPeriods(schoolPeriod({ alku: "2025-07-01", loppu: "2025-09-01" })), { studyRight: ended })).toEqual([PERIOD]);
      },
    );

    it("a study right that ended as valmistunut still bounds the end; no expected end bounds nothing", () => {
      const graduated = { ...rantala, opiskeluoikeusjaksot: [...rantala.opiskeluoikeusjaksot, { alku: "2026-01-15", tila: "valmistunut" }] };
      const late = planWithPeriods(schoolPeriod({ alku: "2025-09-01", loppu: "2027-12-31" }));
      expect(problemPaths(late, { studyRight: graduated })).toEqual([PERIOD]);
      expect(problemPaths(late, { studyRight: { ...rantala, arvioituPaattymispaiva: null } })).toEqual([]);
    });
  });

  describe("workplace periods", () => {
    it("need yksiloiva-tunniste (reported at the period)", () => {
      expect(problemPaths(planWithPeriods(workplacePeriod({ "yksiloiva-tunniste": undefined })))).toEqual([PERIOD]);
      expect(problemPaths(planWithPeriods(apprenticeship({ "yksiloiva-tunniste": null })))).toEqual([PERIOD]);
      expect(problemPaths(planWithPeriods(workplacePeriod({ "yksiloiva-tunniste": " " })))).toEqual([`${PERIOD}.yksiloiva-tunniste`]);
      expect(problemPaths(planWithPeriods(schoolPeriod()))).toEqual([]);
    });

    it("do not need tyopaikalla-jarjestettava-koulutus (the existing service does not ask for it)", () => {
      expect(validate(planWithPeriods(workplacePeriod({ "tyopaikalla-jarjestettava-koulutus": undefined })))).toEqual([]);
    });

    it.each([
      ["2021-08-25", true],
      ["2021-08-26", false],
    ])("workplace training ending %s without tyopaikan-y-tunnus is valid: %s", (loppu, valid) => {
      const period = workplacePeriod({ alku: "2021-06-01", loppu, "osa-aikaisuustieto": undefined });
      delete period["tyopaikalla-jarjestettava-koulutus"]["tyopaikan-y-tunnus"];
      expect(problemPaths(planWithPeriods(period))).toEqual(valid ? [] : [PERIOD]);
    });

    it("a school period with workplace details needs no Y-tunnus", () => {
      const period = schoolPeriod({ "tyopaikalla-jarjestettava-koulutus": { ...workplacePeriod()["tyopaikalla-jarjestettava-koulutus"] } });
      delete period["tyopaikalla-jarjestettava-koulutus"]["tyopaikan-y-tunnus"];
      expect(problemPaths(planWithPeriods(period))).toEqual([]);
    });

    it.each([
      ["2021-06-30", true],
      ["2021-07-01", false],
    ])("an apprenticeship ending %s without oppisopimuksen-perusta-koodi-uri is valid: %s", (loppu, valid) => {
      const period = apprenticeship({ alku: "2021-01-04", loppu, "oppisopimuksen-perusta-koodi-uri": undefined, "oppisopimuksen-perusta-koodi-versio": undefined });
      expect(problemPaths(planWithPeriods(period))).toEqual(valid ? [] : [PERIOD]);
      // A training agreement never needs it.
      const agreement = workplacePeriod({ alku: "2021-01-04", loppu });
      expect(problemPaths(planWithPeriods(agreement))).toEqual([]);
    });

    it.each([
      ["2023-06-30", true],
      ["2023-07-01", false],
    ])("a workplace period ending %s without osa-aikaisuustieto is valid: %s", (loppu, valid) => {
      expect(problemPaths(planWithPeriods(workplacePeriod({ alku: "2023-01-02", loppu, "osa-aikaisuustieto": undefined })))).toEqual(
        valid ? [] : [PERIOD],
      );
      expect(problemPaths(planWithPeriods(apprenticeship({ alku: "2023-01-02", loppu, "osa-aikaisuustieto": undefined })))).toEqual(
        valid ? [] : [PERIOD],
      );
      expect(problemPaths(planWithPeriods(schoolPeriod({ alku: "2023-01-02", loppu })))).toEqual([]);
    });
  });

  it("osa-aikaisuustieto is asked for only in workplace feedback's target group (not TELMA), and only with the study right known", () => {
    const period = workplacePeriod({ alku: "2023-01-02", loppu: "2024-01-01", "osa-aikaisuustieto": undefined });
    const telma = { ...WIDE_STUDY_RIGHT, suoritusTyypit: ["telma"] };
    expect(problemPaths(planWithPeriods(period), { studyRight: telma })).toEqual([]);
    expect(problemPaths(planWithPeriods(period))).toEqual([PERIOD]);
    // Judged without the study right (a caller who may not be told of it), the rule cannot apply.
    expect(paths(documentProblems(planWithPeriods(period), { kind: "create", today: TODAY }))).toEqual([]);
  });

  describe("interruptions (keskeytymisajanjaksot)", () => {
    const LIST = `${PERIOD}.keskeytymisajanjaksot`;
    const withInterruptions = (...spans: Json[]) => planWithPeriods(workplacePeriod({ keskeytymisajanjaksot: spans }));

    it("may follow each other, in any order, and the last may be open-ended", () => {
      expect(
        problemPaths(
          withInterruptions({ alku: "2026-01-07", loppu: "2026-01-10" }, { alku: "2025-12-22", loppu: "2026-01-06" }, { alku: "2026-02-01" }),
        ),
      ).toEqual([]);
    });

    it.each([
      [[{ alku: "2025-12-22", loppu: "2026-01-06" }, { alku: "2026-01-02", loppu: "2026-01-10" }]],
      [[{ alku: "2025-12-22", loppu: "2026-01-06" }, { alku: "2026-01-06", loppu: "2026-01-10" }]], // sharing a day
      [[{ alku: "2026-01-02", loppu: "2026-01-10" }, { alku: "2025-12-22", loppu: "2026-01-06" }]], // unordered
      [[{ alku: "2025-12-22" }, { alku: "2026-01-07", loppu: "2026-01-10" }]], // open-ended, not last
    ])("must not overlap: %j (reported at the list)", (spans) => {
      expect(problemPaths(withInterruptions(...spans))).toEqual([LIST]);
    });

    it("each ends on or after its start (reported at the item)", () => {
      expect(problemPaths(withInterruptions({ alku: "2026-01-06", loppu: "2025-12-22" }))).toEqual([`${LIST}.0`]);
      expect(problemPaths(withInterruptions({ loppu: "2025-12-22" }))).toEqual([`${LIST}.0.alku`]);
    });
  });

  it("other learning environments end on or after their start (reported at the item)", () => {
    const environment = (alku: string, loppu: string) => ({ "oppimisymparisto-koodi-uri": "oppimisymparistot_0001", "oppimisymparisto-koodi-versio": 1, alku, loppu });
    const document = planWithPeriods(schoolPeriod({ "muut-oppimisymparistot": [environment("2025-09-01", "2025-09-01"), environment("2025-09-10", "2025-09-09")] }));
    expect(problemPaths(document)).toEqual([`${PERIOD}.muut-oppimisymparistot.1`]);
  });
});

describe("demonstrations", () => {
  it("accept dates in either order, as the existing service does", () => {
    const document = minimalPlan({
      "hankittavat-ammat-tutkinnon-osat": [vocationalUnit({ "osaamisen-osoittaminen": [demonstration({ alku: "2026-02-20", loppu: "2026-02-16" })] })],
    });
    expect(validate(document)).toEqual([]);
  });

  it("are checked as prior learning's tarkentavat-tiedot-naytto too", () => {
    const document = minimalPlan({
      "aiemmin-hankitut-ammat-tutkinnon-osat": [vocationalUnit({ "tarkentavat-tiedot-naytto": [demonstration({ "sisallon-kuvaus": "Lääkehoito" })] })],
    });
    expect(problemPaths(document)).toEqual(["aiemmin-hankitut-ammat-tutkinnon-osat.0.tarkentavat-tiedot-naytto.0.sisallon-kuvaus"]);
  });

  it("units to acquire and prior-learning units carry only their own lists", () => {
    const document = minimalPlan({
      "hankittavat-ammat-tutkinnon-osat": [vocationalUnit({ "tarkentavat-tiedot-naytto": [] })],
      "aiemmin-hankitut-ammat-tutkinnon-osat": [vocationalUnit({ "osaamisen-hankkimistavat": [], "opetus-ja-ohjaus-maara": 1 })],
    });
    expect(problemPaths(document).sort()).toEqual([
      "aiemmin-hankitut-ammat-tutkinnon-osat.0.opetus-ja-ohjaus-maara",
      "aiemmin-hankitut-ammat-tutkinnon-osat.0.osaamisen-hankkimistavat",
      "hankittavat-ammat-tutkinnon-osat.0.tarkentavat-tiedot-naytto",
    ]);
  });
});

describe("osaamisen-saavuttamisen-pvm", () => {
  it.each([
    ["2018-01-01", false],
    ["2018-01-02", true],
    ["2026-02-15", true], // today + 14 days
    ["2026-02-16", false], // today + 15 days
    ["2026-02-30", false],
  ])("%s valid on 2026-02-01: %s", (value, valid) => {
    expect(problemPaths(minimalPlan({ "osaamisen-saavuttamisen-pvm": value }))).toEqual(valid ? [] : ["osaamisen-saavuttamisen-pvm"]);
    expect(paths(validatePlanDocument({ "osaamisen-saavuttamisen-pvm": value }, patchContext()))).toEqual(valid ? [] : ["osaamisen-saavuttamisen-pvm"]);
  });

  it("follows the clock", () => {
    expect(problemPaths(minimalPlan({ "osaamisen-saavuttamisen-pvm": "2026-02-16" }), { today: "2026-02-02" })).toEqual([]);
  });
});

describe("learning support (oppimisen-tuki)", () => {
  const type = (n: string) => ({ "oppimisen-tuen-tyyppi-koodi-uri": `ammatillinenkoulutusoppimisentuentyyppi_${n}`, "oppimisen-tuen-tyyppi-koodi-versio": 1 });
  const timeAndUnit = {
    alku: "2025-09-01",
    loppu: "2025-12-19",
    "tutkinnon-osan-tyyppi-koodi-uri": "ammatillisentutkinnonosanryhma_2",
    "tutkinnon-osan-tyyppi-koodi-versio": 1,
  };

  it("type _01 needs alku, loppu and tutkinnon-osan-tyyppi-koodi-uri", () => {
    expect(problemPaths(minimalPlan({ "oppimisen-tuki": [{ ...type("01"), ...timeAndUnit }] }))).toEqual([]);
    expect(validate(minimalPlan({ "oppimisen-tuki": [{ ...type("01"), ...timeAndUnit }, { ...type("01"), alku: "2025-09-01" }] }))).toEqual([
      { path: "oppimisen-tuki.1", message: expect.stringContaining("loppu, tutkinnon-osan-tyyppi-koodi-uri") },
    ]);
  });

  it("types _02 and _03 allow none of them", () => {
    expect(problemPaths(minimalPlan({ "oppimisen-tuki": [type("02"), type("03")] }))).toEqual([]);
    const document = minimalPlan({
      "oppimisen-tuki": [
        { ...type("02"), alku: "2025-09-01", loppu: "2025-10-01" },
        { ...type("03"), "tutkinnon-osan-tyyppi-koodi-uri": "ammatillisentutkinnonosanryhma_1", "tutkinnon-osan-tyyppi-koodi-versio": 1 },
      ],
    });
    expect(problemPaths(document)).toEqual(["oppimisen-tuki.0", "oppimisen-tuki.1"]);
  });
});

describe("TUVA training parts", () => {
  const tuva = exampleDocument("valid-tuva.json");
  const validateTuva = (parts: Json[]) => {
    const document = { ...tuva, "hankittavat-koulutuksen-osat": parts };
    return paths(validatePlanDocument(document, createContext(document)));
  };

  it("need code and version, alku, loppu and laajuus ≥ 0", () => {
    expect(validateTuva([{}]).sort()).toEqual(
      ["koulutuksen-osa-koodi-uri", "koulutuksen-osa-koodi-versio", "alku", "loppu", "laajuus"].map((k) => `hankittavat-koulutuksen-osat.0.${k}`).sort(),
    );
    const part = { "koulutuksen-osa-koodi-uri": "koulutuksenosattuva_102", "koulutuksen-osa-koodi-versio": 1, alku: "2025-08-25", loppu: "2025-12-19" };
    expect(validateTuva([{ ...part, laajuus: 0 }, { ...part, laajuus: 2.5 }])).toEqual([]);
    expect(validateTuva([{ ...part, laajuus: -1 }])).toEqual(["hankittavat-koulutuksen-osat.0.laajuus"]);
  });
});

describe("the study right", () => {
  it("must exist", () => {
    expect(validate(minimalPlan(), { studyRight: undefined })).toEqual([
      { path: "opiskeluoikeus-oid", message: expect.stringContaining("does not exist") },
    ]);
  });

  it("must belong to oppija-oid", () => {
    expect(problemPaths(minimalPlan({ "oppija-oid": BERTTA }), { studyRight: studyRight(RANTALA_RIGHT) })).toEqual(["opiskeluoikeus-oid"]);
  });

  it("must be ammatillinenkoulutus or tuva", () => {
    expect(problemPaths(minimalPlan(), { studyRight: { ...WIDE_STUDY_RIGHT, tyyppi: "lukiokoulutus" } })).toEqual(["opiskeluoikeus-oid"]);
  });

  it("must not be contained in another one", () => {
    expect(problemPaths(minimalPlan(), { studyRight: { ...WIDE_STUDY_RIGHT, sisaltyyOpiskeluoikeuteenOid: "1.2.246.562.15.55500012350" } })).toEqual([
      "opiskeluoikeus-oid",
    ]);
  });

  it("must not already have a live plan (create only)", () => {
    expect(validate(minimalPlan(), { studyRightTaken: true })).toEqual([
      { path: "opiskeluoikeus-oid", message: expect.stringContaining("already has a plan") },
    ]);
    expect(validatePlanDocument(minimalPlan(), replaceContext({ studyRightTaken: true }))).toEqual([]);
  });

  describe("a TUVA study right's plan", () => {
    const tuva = exampleDocument("valid-tuva.json");
    const validateTuva = (extra: Json) => paths(validatePlanDocument({ ...tuva, ...extra }, createContext(tuva)));

    it.each([
      "hankittavat-ammat-tutkinnon-osat",
      "hankittavat-yhteiset-tutkinnon-osat",
      "hankittavat-paikalliset-tutkinnon-osat",
      "aiemmin-hankitut-ammat-tutkinnon-osat",
      "aiemmin-hankitut-yhteiset-tutkinnon-osat",
      "aiemmin-hankitut-paikalliset-tutkinnon-osat",
    ])("has no %s", (key) => {
      const unit = key.includes("paikalliset")
        ? { nimi: "Paikallinen" }
        : key.includes("yhteiset")
          ? { "tutkinnon-osa-koodi-uri": "tutkinnonosat_106727", "tutkinnon-osa-koodi-versio": 1, "osa-alueet": [] }
          : vocationalUnit();
      expect(validateTuva({ [key]: [unit] })).toEqual([key]);
      expect(validateTuva({ [key]: [] })).toEqual([]);
    });

    it("has no studies supporting readiness and names no other TUVA study right", () => {
      const study = { nimi: "Opiskelutaidot", kuvaus: "Tiedonhaku", alku: "2025-08-15", loppu: "2025-09-30" };
      expect(validateTuva({ "opiskeluvalmiuksia-tukevat-opinnot": [study] })).toEqual(["opiskeluvalmiuksia-tukevat-opinnot"]);
      expect(validateTuva({ "tuva-opiskeluoikeus-oid": TUVA_RIGHT })).toEqual(["tuva-opiskeluoikeus-oid"]);
    });
  });

  it("a vocational plan has no hankittavat-koulutuksen-osat", () => {
    const tuvaParts = exampleDocument<Json>("valid-tuva.json")["hankittavat-koulutuksen-osat"];
    expect(problemPaths(minimalPlan({ "hankittavat-koulutuksen-osat": tuvaParts }))).toEqual(["hankittavat-koulutuksen-osat"]);
    expect(problemPaths(minimalPlan({ "hankittavat-koulutuksen-osat": [], "tuva-opiskeluoikeus-oid": TUVA_RIGHT }))).toEqual([]);
  });
});

describe("replace", () => {
  it("keeps the stored oppija-oid and opiskeluoikeus-oid", () => {
    const document = clone(exampleDocument<Json>("valid-full.json"));
    document["oppija-oid"] = BERTTA;
    document["opiskeluoikeus-oid"] = "1.2.246.562.15.55500012376";
    const problems = validatePlanDocument(document, replaceContext());
    expect(paths(problems).sort()).toEqual(["opiskeluoikeus-oid", "oppija-oid"]);
    for (const p of problems) expect(p.message).toMatch(/cannot be changed/);
  });

  it("judges the stored plan's study right and the content like a create", () => {
    expect(paths(validatePlanDocument(minimalPlan(), replaceContext({ studyRight: undefined })))).toEqual(["opiskeluoikeus-oid"]);
    const contained = { ...studyRight(RANTALA_RIGHT), sisaltyyOpiskeluoikeuteenOid: "1.2.246.562.15.55500012350" };
    expect(paths(validatePlanDocument(minimalPlan(), replaceContext({ studyRight: contained })))).toEqual(["opiskeluoikeus-oid"]);
    const late = planWithPeriods(schoolPeriod({ alku: "2025-09-01", loppu: "2027-07-01" }));
    expect(paths(validatePlanDocument(late, replaceContext()))).toEqual([PERIOD]);
  });
});

describe("patch", () => {
  it.each([
    "hankittavat-ammat-tutkinnon-osat",
    "hankittavat-yhteiset-tutkinnon-osat",
    "hankittavat-paikalliset-tutkinnon-osat",
    "aiemmin-hankitut-ammat-tutkinnon-osat",
    "aiemmin-hankitut-yhteiset-tutkinnon-osat",
    "aiemmin-hankitut-paikalliset-tutkinnon-osat",
    "opiskeluvalmiuksia-tukevat-opinnot",
    "oppimisen-tuki",
    "hankittavat-koulutuksen-osat",
  ])("refuses the list %s, even empty", (key) => {
    expect(paths(validatePlanDocument({ [key]: [] }, patchContext()))).toEqual([key]);
  });

  it("requires nothing, and checks what is sent", () => {
    expect(validatePlanDocument({}, patchContext())).toEqual([]);
    expect(paths(validatePlanDocument({ sahkoposti: 1, "osaamisen-hankkimisen-tarve": "no", tuntematon: 1 }, patchContext())).sort()).toEqual([
      "osaamisen-hankkimisen-tarve",
      "sahkoposti",
      "tuntematon",
    ]);
  });

  it("may repeat the stored OIDs but not change them", () => {
    expect(validatePlanDocument({ "oppija-oid": AINO, "opiskeluoikeus-oid": RANTALA_RIGHT }, patchContext())).toEqual([]);
    expect(paths(validatePlanDocument({ "oppija-oid": BERTTA, "opiskeluoikeus-oid": "1.2.246.562.15.55500012376" }, patchContext())).sort()).toEqual([
      "opiskeluoikeus-oid",
      "oppija-oid",
    ]);
  });

  it("cannot clear a required field", () => {
    expect(paths(validatePlanDocument({ "ensikertainen-hyvaksyminen": null, "osaamisen-hankkimisen-tarve": null, sahkoposti: null }, patchContext())).sort()).toEqual([
      "ensikertainen-hyvaksyminen",
      "osaamisen-hankkimisen-tarve",
    ]);
  });

  it("does not judge the study right again", () => {
    expect(validatePlanDocument({ sahkoposti: "a@example.invalid" }, patchContext({ studyRight: undefined }))).toEqual([]);
  });
});

describe("all problems at once", () => {
  it("reports every problem of a document in one result", () => {
    const document = clone(exampleDocument<Json>("valid-full.json"));
    document["oppija-oid"] = "1.2.246.562.24.55500012340";
    delete document["ensikertainen-hyvaksyminen"];
    document["osaamisen-saavuttamisen-pvm"] = "2017-12-31";
    document["urasuunnitelma-koodi-uri"] = "urasuunnitelma_1";
    const units = document["hankittavat-ammat-tutkinnon-osat"];
    units[0]["osaamisen-hankkimistavat"][1]["tyopaikalla-jarjestettava-koulutus"]["tyopaikan-y-tunnus"] = "7654321-3";
    units[0]["osaamisen-hankkimistavat"][1]["keskeytymisajanjaksot"].push({ alku: "2026-01-02", loppu: "2026-01-10" });
    delete units[1]["osaamisen-hankkimistavat"][0]["yksiloiva-tunniste"];
    units[1]["osaamisen-hankkimistavat"][1]["osa-aikaisuustieto"] = 0;
    document["oppimisen-tuki"].push({
      "oppimisen-tuen-tyyppi-koodi-uri": "ammatillinenkoulutusoppimisentuentyyppi_02",
      "oppimisen-tuen-tyyppi-koodi-versio": 1,
      alku: "2025-09-01",
    });
    document["id"] = 12;

    const problems = validatePlanDocument(document, createContext(document, { studyRightTaken: true }));
    expect(paths(problems).sort()).toEqual(
      [
        "id",
        "oppija-oid",
        "ensikertainen-hyvaksyminen",
        "osaamisen-saavuttamisen-pvm",
        "urasuunnitelma-koodi-uri",
        "hankittavat-ammat-tutkinnon-osat.0.osaamisen-hankkimistavat.1.tyopaikalla-jarjestettava-koulutus.tyopaikan-y-tunnus",
        "hankittavat-ammat-tutkinnon-osat.0.osaamisen-hankkimistavat.1.keskeytymisajanjaksot",
        "hankittavat-ammat-tutkinnon-osat.1.osaamisen-hankkimistavat.0",
        "hankittavat-ammat-tutkinnon-osat.1.osaamisen-hankkimistavat.1.osa-aikaisuustieto",
        "oppimisen-tuki.1",
        "opiskeluoikeus-oid",
      ].sort(),
    );
  });
});

describe("the document on its own", () => {
  it("is judged without any fact of its study right: whose it is, its dates, what it contains, whether it has a plan", () => {
    for (const name of ["invalid-study-right-of-another-student.json", "invalid-contained-study-right.json", "valid-full.json"]) {
      expect(documentProblems(exampleDocument(name), { kind: "create", today: TODAY })).toEqual([]);
    }
    const pastTheEnd = planWithPeriods(schoolPeriod({ alku: "2026-01-01", loppu: "2030-12-31" }));
    expect(documentProblems(pastTheEnd, { kind: "create", today: TODAY })).toEqual([]);
    expect(paths(validate(pastTheEnd, { studyRight: studyRight(RANTALA_RIGHT) }))).toEqual([PERIOD]);
  });

  it("still reports every problem the document has by itself", () => {
    expect(paths(documentProblems(exampleDocument("invalid-oppija-oid-checksum.json"), { kind: "create", today: TODAY }))).toEqual(["oppija-oid"]);
    expect(paths(documentProblems(minimalPlan({ "opiskeluoikeus-oid": undefined }), { kind: "create", today: TODAY }))).toEqual(["opiskeluoikeus-oid"]);
  });
});

describe("keys named like Object.prototype's members", () => {
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "isPrototypeOf"])("%s is an unknown key like any other, at any level", (key) => {
    // Parsed from text, as a sender's JSON is: `__proto__` is then an own key, not the prototype.
    const unit = JSON.parse(`{${JSON.stringify(key)}: 1}`);
    const document = JSON.parse(`{${JSON.stringify(key)}: {"a": 1}}`);
    const plan = minimalPlan({ ...document, "hankittavat-ammat-tutkinnon-osat": [vocationalUnit(unit)] });
    expect(validate(plan)).toEqual(
      [key, `hankittavat-ammat-tutkinnon-osat.0.${key}`].map((path) => ({ path, message: "is not a field of this object" })),
    );
    expect(validatePlanDocument(document, patchContext())).toEqual([{ path: key, message: "is not a field of this object" }]);
  });
});

describe("the existing service's ids in sent documents", () => {
  it("a create refuses the top-level id; replace and patch take it when it is the plan's own", () => {
    expect(problemPaths(minimalPlan({ id: 7 }))).toEqual(["id"]);
    expect(paths(validatePlanDocument(minimalPlan({ id: 7 }), replaceContext({ planId: 7 })))).toEqual([]);
    expect(paths(validatePlanDocument(minimalPlan({ id: 8 }), replaceContext({ planId: 7 })))).toEqual(["id"]);
    expect(paths(validatePlanDocument({ id: 7, sahkoposti: "a@b.fi" }, patchContext({ planId: 7 })))).toEqual([]);
    expect(paths(validatePlanDocument({ id: "7" }, patchContext({ planId: 7 })))).toEqual(["id"]);
  });

  it("nested people, assessors, organiser, workplace block and TUVA parts may carry an integer id; units, periods and demonstrations may not", () => {
    const training = workplacePeriod()["tyopaikalla-jarjestettava-koulutus"];
    const document = planWithPeriods(
      workplacePeriod({
        "tyopaikalla-jarjestettava-koulutus": { ...training, id: 3, "vastuullinen-tyopaikka-ohjaaja": { ...training["vastuullinen-tyopaikka-ohjaaja"], id: 4 } },
        "jarjestajan-edustaja": { id: 5, nimi: "Opettaja" },
      }),
    );
    document["hankittavat-ammat-tutkinnon-osat"][0]["osaamisen-osoittaminen"] = [
      demonstration({
        jarjestaja: { id: 6, "oppilaitos-oid": "1.2.246.562.10.55500012350" },
        "koulutuksen-jarjestaja-osaamisen-arvioijat": [{ id: 7, nimi: "Arvioija" }],
        "tyoelama-osaamisen-arvioijat": [{ id: 8, nimi: "Työelämä", organisaatio: { nimi: "Firma" } }],
      }),
    ];
    expect(problemPaths(document)).toEqual([]);
    expect(problemPaths(planWithPeriods(workplacePeriod({ id: 9 })))).toEqual([`${PERIOD}.id`]);
    expect(problemPaths(planWithPeriods(workplacePeriod({ "jarjestajan-edustaja": { id: "x", nimi: "O" } })))).toEqual([`${PERIOD}.jarjestajan-edustaja.id`]);
  });

  it("studies supporting readiness take an id on replace, not on create", () => {
    const study = { id: 1, nimi: "n", kuvaus: "k", alku: "2025-09-01", loppu: "2025-10-01" };
    expect(problemPaths(minimalPlan({ "opiskeluvalmiuksia-tukevat-opinnot": [study] }))).toEqual(["opiskeluvalmiuksia-tukevat-opinnot.0.id"]);
    expect(paths(validatePlanDocument(minimalPlan({ "opiskeluvalmiuksia-tukevat-opinnot": [study] }), replaceContext()))).toEqual([]);
  });

  it("organisation OIDs of nodes 10, 99, 199 and 299, in the existing service's forms", () => {
    for (const oid of ["1.2.246.562.99.55500012343", "1.2.246.562.199.55500012343", "1.2.246.562.299.555000123410", "1.2.246.562.10.00000000001"]) {
      expect(problemPaths(planWithPeriods(workplacePeriod({ "jarjestajan-edustaja": { nimi: "O", "oppilaitos-oid": oid } })))).toEqual([]);
    }
    for (const oid of ["1.2.246.562.98.55500012343", "1.2.246.562.10.1", "1.2.246.562.10.05500012343"]) {
      expect(problemPaths(planWithPeriods(workplacePeriod({ "jarjestajan-edustaja": { nimi: "O", "oppilaitos-oid": oid } })))).toEqual([
        `${PERIOD}.jarjestajan-edustaja.oppilaitos-oid`,
      ]);
    }
  });
});
