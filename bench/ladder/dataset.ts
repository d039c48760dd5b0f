/**
 * A national-sized dataset for the benchmark ladder, made deterministically from a seed (but for
 * the UUIDs of units, periods and demonstrations, which the application makes at random):
 * providers (two of them large) with two institutions each; students with 1–3 study rights (the
 * current one active, earlier ones ended at other providers), a plan on each study right with
 * 8 units, 15 periods (5 at a workplace) and 5 demonstrations; workplace instructors and
 * working-life assessors drawn from pools, so each has many students. Rows are the application's
 * own (plan-rows.ts, the world import's worldRows) and are written with COPY, a batch of students
 * per transaction, with a progress bar: a million students in under an hour on this 2-core
 * machine, against five with inserts (bench/results/dataset-load.md).
 * bench/ladder/dataset-with-inserts.ts writes the same dataset with inserts, the reference
 * test/bench-dataset.pg.test.ts compares this loader with.
 */
import { setImmediate as yieldToIo } from "node:timers/promises";
import { getTableConfig } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import type { Db } from "../../drizzle/db.js";
import {
  henkilo,
  hoks,
  opiskeluoikeus,
  osaamisenHankkimistapa,
  osaamisenOsoittaminen,
  tutkinnonOsa,
  workplaceNaming,
} from "../../drizzle/schema/index.js";
import { importWorld, worldRows } from "../../subgraphs/persons/import/world.js";
import { addDays } from "../../subgraphs/shared/clock.js";
import type { WorldDocument } from "../../subgraphs/persons/import/world-document.js";
import type { PlanDocument } from "../../subgraphs/hoks/write/plan-document.js";
import { planChildRows, planTopLevelRow } from "../../subgraphs/hoks/write/plan-rows.js";
import { ibm137, luhn } from "../../subgraphs/shared/validation/identifiers.js";
import { withoutKeysAndIndexes } from "./bulk-load-schema.js";
import { copyRows } from "./copy-rows.js";
import { progressBar } from "./progress.js";

export const DATASET_VERSION = 6;
export const BENCH_TODAY = "2026-02-01";

/** The OIDs the scenarios pick their callers from. */
export const datasetOids = {
  // Ten digits and a check digit, as plan validation asks of organisation OIDs (it does not check the digit).
  provider: (p: number) => `1.2.246.562.10.7${String(p).padStart(9, "0")}0`,
  institution: (p: number, i: number) => `1.2.246.562.10.6${String(p * 2 + i).padStart(9, "0")}0`,
  student: (s: number) => oid("24", `7${String(s).padStart(9, "0")}`, ibm137),
  studyRight: (s: number, j: number) => oid("15", `7${String(s * 3 + j).padStart(9, "0")}`, luhn),
  instructor: (k: number) => oid("24", `6${String(k).padStart(9, "0")}`, ibm137),
  assessor: (k: number) => oid("24", `5${String(k).padStart(9, "0")}`, ibm137),
};

function oid(kind: string, digits: string, check: (d: string) => number): string {
  const c = check(digits);
  return `1.2.246.562.${kind}.${digits}${c === 0 ? "10" : c}`;
}

/** mulberry32: small, fast, and the same numbers on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DatasetShape {
  students: number;
  providers: number;
  instructors: number;
  assessors: number;
}

/** Students with a new study right at the largest provider and no plan yet: what the write scenario creates plans for. */
export function newcomersOf(shape: DatasetShape): number[] {
  const count = Math.max(shape.students, 5000);
  return Array.from({ length: count }, (_, i) => shape.students + i);
}

/** A newcomer's one study right: active, at the largest provider. */
export function newcomerRight(s: number): StudyRight {
  return { oid: datasetOids.studyRight(s, 0), provider: 0, institution: datasetOids.institution(0, s % 2), start: "2025-08-01", end: null };
}

export function shapeOf(students: number): DatasetShape {
  return { students, providers: Math.max(4, Math.ceil(students / 2500)), instructors: Math.max(20, Math.floor(students / 20)), assessors: Math.max(20, Math.floor(students / 20)) };
}


export interface StudyRight {
  oid: string;
  provider: number;
  institution: string;
  start: string;
  end: string | null;
}

function studyRightsOf(s: number, shape: DatasetShape, next: () => number): StudyRight[] {
  // A third of all students study at provider 0 and a fifth at provider 1: the large providers.
  const pick = next();
  const current = pick < 0.33 ? 0 : pick < 0.53 ? 1 : 2 + Math.floor(next() * (shape.providers - 2));
  const count = 1 + (next() < 0.3 ? 1 : 0) + (next() < 0.1 ? 1 : 0);
  const rights: StudyRight[] = [{ oid: datasetOids.studyRight(s, 0), provider: current, institution: datasetOids.institution(current, s % 2), start: addDays("2024-08-01", Math.floor(next() * 365)), end: null }];
  for (let j = 1; j < count; j++) {
    const provider = (current + j) % shape.providers;
    const start = addDays("2019-08-01", Math.floor(next() * 1000));
    rights.push({ oid: datasetOids.studyRight(s, j), provider, institution: datasetOids.institution(provider, j % 2), start, end: addDays(start, 700 + Math.floor(next() * 300)) });
  }
  return rights;
}

function planFor(s: number, right: StudyRight, shape: DatasetShape, next: () => number): PlanDocument {
  const start = right.start;
  const units = Array.from({ length: 8 }, (_, u) => {
    const periods = Array.from({ length: u === 7 ? 1 : 2 }, (_, k) => {
      const alku = addDays(start, 30 + u * 40 + k * 20);
      const atWorkplace = k === 1 && u < 5;
      return {
        osaamisenHankkimistapaKoodiUri: atWorkplace ? "osaamisenhankkimistapa_koulutussopimus" : "osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus",
        osaamisenHankkimistapaKoodiVersio: 1,
        alku,
        loppu: addDays(alku, 120 + Math.floor(next() * 200)),
        ...(atWorkplace
          ? {
              yksiloivaTunniste: `bench-${s}-${right.oid.slice(-4)}-${u}`,
              osaAikaisuustieto: 100,
              tyopaikallaJarjestettavaKoulutus: {
                tyopaikanNimi: `Työpaikka ${s % 997} Oy`,
                tyopaikanYTunnus: "7654321-2",
                keskeisetTyotehtavat: ["Asiakaspalvelu", "Kassatyöt"],
                vastuullinenTyopaikkaOhjaaja: { nimi: `Ohjaaja ${s % shape.instructors}`, sahkoposti: "ohjaaja@example.invalid", oid: datasetOids.instructor(Math.floor(next() * shape.instructors)) },
              },
            }
          : {}),
      };
    });
    const demonstration = u < 5 && {
      alku: addDays(start, 200 + u * 20),
      loppu: addDays(start, 202 + u * 20),
      nayttoymparisto: { nimi: `Työpaikka ${s % 997} Oy`, yTunnus: "7654321-2" },
      sisallonKuvaus: ["Asiakkaan palveleminen"],
      tyoelamaOsaamisenArvioijat: [{ nimi: "Arvioija", organisaatio: { nimi: "Työpaikka Oy" }, oid: datasetOids.assessor(Math.floor(next() * shape.assessors)) }],
    };
    return {
      tutkinnonOsaKoodiUri: `tutkinnonosat_${106700 + u}`,
      tutkinnonOsaKoodiVersio: 1,
      tutkinnonOsanPerusteenDiaarinro: "OPH-2629-2017",
      koulutuksenJarjestajaOid: right.institution,
      opetusJaOhjausMaara: 20,
      osaamisenHankkimistavat: periods,
      osaamisenOsoittaminen: demonstration ? [demonstration] : [],
    };
  });
  return {
    oppijaOid: datasetOids.student(s),
    opiskeluoikeusOid: right.oid,
    ensikertainenHyvaksyminen: addDays(start, 20),
    hyvaksytty: `${addDays(start, 20)}T10:00:00.000Z`,
    osaamisenHankkimisenTarve: true,
    sahkoposti: "opiskelija@example.invalid",
    urasuunnitelmaKoodiUri: "urasuunnitelma_0001",
    urasuunnitelmaKoodiVersio: 1,
    hankittavatAmmatTutkinnonOsat: units,
  };
}

export function worldFor(from: number, to: number, rightsOf: Map<number, StudyRight[]>): WorldDocument {
  const henkilot: WorldDocument["henkilot"] = [];
  const opiskeluoikeudet: WorldDocument["opiskeluoikeudet"] = [];
  for (let s = from; s < to; s++) {
    henkilot!.push({ oid: datasetOids.student(s), etunimet: `Opiskelija ${s}`, sukunimi: "Testinen" });
    for (const right of rightsOf.get(s)!) {
      opiskeluoikeudet!.push({
        oid: right.oid,
        oppijaOid: datasetOids.student(s),
        tyyppi: "ammatillinenkoulutus",
        oppilaitos: right.institution,
        koulutustoimija: datasetOids.provider(right.provider),
        alkamispaiva: right.start,
        paattymispaiva: right.end,
        arvioituPaattymispaiva: right.end ? null : "2027-06-30",
        tila: { opiskeluoikeusjaksot: [{ alku: right.start, tila: "lasna" }, ...(right.end ? [{ alku: right.end, tila: "valmistunut" as const }] : [])] },
        suoritukset: [],
      });
    }
  }
  return { henkilot, opiskeluoikeudet };
}

/** A newcomer's first plan, as their provider's system sends it. */
export function newcomerPlan(s: number, shape: DatasetShape, seed = DEFAULT_SEED): PlanDocument {
  return planFor(s, newcomerRight(s), shape, random(seed + s));
}

/** A student's study rights and the plan on each, the same on every call for the same seed. */
export function studentData(s: number, shape: DatasetShape, seed = DEFAULT_SEED): { rights: StudyRight[]; plans: PlanDocument[] } {
  const next = random(seed + s);
  const rights = studyRightsOf(s, shape, next);
  return { rights, plans: rights.map((right) => planFor(s, right, shape, next)) };
}

/** The index a student OID of this dataset was made from. */
export function studentIndexOf(oid: string): number {
  return Number(oid.split(".").at(-1)!.slice(1, 10));
}

export const DEFAULT_SEED = 20261129;

/** Providers with two institutions each. */
export function organisationsOf(shape: DatasetShape): NonNullable<WorldDocument["organisaatiot"]> {
  return Array.from({ length: shape.providers }, (_, p) => [
    { oid: datasetOids.provider(p), nimi: { fi: `Koulutuksen järjestäjä ${p}` }, tyypit: ["KOULUTUSTOIMIJA"] },
    ...[0, 1].map((i) => ({ oid: datasetOids.institution(p, i), nimi: { fi: `Oppilaitos ${p}.${i}` }, tyypit: ["OPPILAITOS"], parentOid: datasetOids.provider(p) })),
  ]).flat();
}

/**
 * Students per transaction: big enough that a COPY's round trips do not count, small enough that
 * a batch's rows (about 40 per student) stay a few tens of megabytes in memory.
 */
const STUDENTS_PER_COPY = 2000;
/** How often building a batch lets the previous batch's COPY move on (see generateDataset). */
const STUDENTS_BETWEEN_YIELDS = 50;

/** Every row of a batch of students, as the application's own writes would build them. */
interface Batch {
  henkilot: Record<string, unknown>[];
  opiskeluoikeudet: Record<string, unknown>[];
  plans: Record<string, unknown>[];
  units: Record<string, unknown>[];
  periods: Record<string, unknown>[];
  demonstrations: Record<string, unknown>[];
  namings: Record<string, unknown>[];
}

/**
 * The rows of students [from, to). Plans get their ids here, in the order a sequence would have
 * given them to inserts (the first is `firstPlanId`), so children can name their plan. Yields to
 * the event loop now and then, so the COPY of the batch before keeps streaming meanwhile.
 */
async function batchOf(from: number, to: number, shape: DatasetShape, seed: number, firstPlanId: number): Promise<Batch> {
  const batch: Batch = { henkilot: [], opiskeluoikeudet: [], plans: [], units: [], periods: [], demonstrations: [], namings: [] };
  const rightsOf = new Map<number, StudyRight[]>();
  let id = firstPlanId;
  for (let s = from; s < to; s++) {
    if ((s - from) % STUDENTS_BETWEEN_YIELDS === 0) await yieldToIo();
    const student = studentData(s, shape, seed);
    rightsOf.set(s, student.rights);
    for (const plan of student.plans) {
      batch.plans.push({ id, ...planTopLevelRow(plan) });
      const rows = planChildRows(id, plan);
      batch.units.push(...rows.units);
      batch.periods.push(...rows.periods);
      batch.demonstrations.push(...rows.demonstrations);
      batch.namings.push(...rows.namings);
      id += 1;
    }
  }
  const persons = worldRows(worldFor(from, to, rightsOf), new Date());
  batch.henkilot = persons.henkilot;
  batch.opiskeluoikeudet = persons.opiskeluoikeudet;
  return batch;
}

/** One transaction per batch; parents before children, as the foreign keys want. */
async function copyBatch(client: postgres.Sql, batch: Batch): Promise<void> {
  await client.begin(async (tx) => {
    await copyRows(tx, henkilo, batch.henkilot);
    await copyRows(tx, opiskeluoikeus, batch.opiskeluoikeudet);
    await copyRows(tx, hoks, batch.plans);
    await copyRows(tx, tutkinnonOsa, batch.units);
    await copyRows(tx, osaamisenHankkimistapa, batch.periods);
    await copyRows(tx, osaamisenOsoittaminen, batch.demonstrations);
    await copyRows(tx, workplaceNaming, batch.namings);
  });
}

/** The postgres.js client under the drizzle handle: COPY is not a statement drizzle makes. */
function clientOf(db: Db): postgres.Sql {
  const client = (db as unknown as { $client?: postgres.Sql }).$client;
  if (typeof client?.begin !== "function") throw new Error("the benchmark dataset is written with COPY: it needs PostgreSQL through postgres.js");
  return client;
}

/** The tables the loader fills, parents first. */
const LOADED_TABLES = [henkilo, opiskeluoikeus, hoks, tutkinnonOsa, osaamisenHankkimistapa, osaamisenOsoittaminen, workplaceNaming].map(
  (table) => `${getTableConfig(table).schema}.${getTableConfig(table).name}`,
);

export interface LoadOptions {
  /**
   * Drop the loaded tables' foreign keys and secondary indexes for the load and make them again
   * after it (bulk-load-schema.ts). On by default: measured back to back, 353 against 489
   * students a second at 100 000 students, 1.2–1.6× at 20 000 (bench/results/dataset-load.md).
   */
  setAsideKeysAndIndexes?: boolean;
}

/**
 * Writes the dataset into a freshly migrated database (plan ids start at 1). While one batch is
 * COPYed, the next is built: the generator's CPU and the server's overlap.
 */
export async function generateDataset(db: Db, students: number, seed = DEFAULT_SEED, options: LoadOptions = {}): Promise<DatasetShape> {
  const shape = shapeOf(students);
  const client = clientOf(db);
  await importWorld(db, { organisaatiot: organisationsOf(shape) });
  let nextPlanId = 1;
  const load = async () => {
    const bar = progressBar(`dataset ${students} students`, students);
    let copying: Promise<void> = Promise.resolve();
    for (let from = 0; from < students; from += STUDENTS_PER_COPY) {
      const to = Math.min(students, from + STUDENTS_PER_COPY);
      const batch = await batchOf(from, to, shape, seed, nextPlanId);
      nextPlanId += batch.plans.length;
      await copying;
      bar.update(from);
      copying = copyBatch(client, batch);
    }
    await copying;
    bar.done();
    const newcomers = newcomersOf(shape);
    const persons = worldRows(worldFor(newcomers[0]!, newcomers.at(-1)! + 1, new Map(newcomers.map((s) => [s, [newcomerRight(s)]]))), new Date());
    await client.begin(async (tx) => {
      await copyRows(tx, henkilo, persons.henkilot);
      await copyRows(tx, opiskeluoikeus, persons.opiskeluoikeudet);
    });
  };
  if (options.setAsideKeysAndIndexes ?? true) {
    let rebuildStarted: number | undefined;
    await withoutKeysAndIndexes(client, LOADED_TABLES, load, (step) => {
      rebuildStarted ??= performance.now();
      process.stderr.write(`\rdataset: making ${step} again`.padEnd(80));
    });
    process.stderr.write(`\rdataset: keys and indexes made again in ${((performance.now() - rebuildStarted!) / 1000).toFixed(1)} s`.padEnd(80) + "\n");
  } else {
    await load();
  }
  // Ids were given by the loader: the sequence carries on after them, as after inserts.
  await client`select setval(pg_get_serial_sequence('hoks.hoks', 'id'), ${nextPlanId - 1})`;
  await client`analyze`;
  return shape;
}
