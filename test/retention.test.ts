/**
 * Retention at a pinned date (disclosure.md, "Lifecycle"): plans go 5 years after the earlier of
 * their study right's end and `osaamisen-saavuttamisen-pvm`, with their consents and share links;
 * contact details go 3 months after the study right (the student's) or the workplace period
 * (the instructor's) ends. A dry run changes nothing, a second run removes nothing, two runs at
 * once remove everything exactly once, and every removal is in the audit trail.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditTarget,
  hoks,
  jakolinkki,
  osaamisenHankkimistapa,
  suostumus,
  tutkinnonOsa,
} from "../drizzle/schema/index.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { runRetention, type RetentionCounts } from "../scripts/retention/retention-job.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import type { PlanDocument } from "../subgraphs/hoks/write/plan-document.js";
import { insertPlan } from "../subgraphs/hoks/write/plan-store.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

const TODAY = "2031-06-01";
const INSTITUTION = "1.2.246.562.10.55500012350";

/** Each student: their study right's end, the plan's `osaamisen-saavuttamisen-pvm`, and the ends of two workplace periods. */
const STUDENTS = {
  endedOverFiveYearsAgo: { ended: "2026-05-31", reached: null, periods: ["2026-03-31", "2026-04-30"] },
  endedJustUnderFiveYearsAgo: { ended: "2026-06-02", reached: null, periods: ["2026-03-31", "2026-04-30"] },
  reachedOverFiveYearsAgo: { ended: null, reached: "2026-05-01", periods: ["2031-02-15", "2031-04-15"] },
  activeWithOnePeriodPastThreeMonths: { ended: null, reached: null, periods: ["2031-02-15", "2031-04-15"] },
  endedExactlyThreeMonthsAgo: { ended: "2031-03-01", reached: null, periods: ["2031-02-28", "2031-03-01"] },
} as const;
type Student = keyof typeof STUDENTS;

let database: TestDatabase;
let audit: AuditLog;
const planOf = {} as Record<Student, number>;

function period(loppu: string, i: number) {
  return {
    osaamisenHankkimistapaKoodiUri: "osaamisenhankkimistapa_koulutussopimus",
    osaamisenHankkimistapaKoodiVersio: 1,
    alku: "2025-09-01",
    loppu,
    tyopaikallaJarjestettavaKoulutus: {
      tyopaikanNimi: "Esimerkki Oy",
      keskeisetTyotehtavat: ["Tehtävä"],
      vastuullinenTyopaikkaOhjaaja: { nimi: `Ohjaaja ${i}`, oid: OIDS.ville, sahkoposti: `ohjaaja${i}@example.invalid`, puhelinnumero: "+358401111111" },
    },
  };
}

async function addStudent(name: Student, index: number): Promise<void> {
  const facts = STUDENTS[name];
  const oppijaOid = `1.2.246.562.24.8${String(index).padStart(10, "0")}`;
  const opiskeluoikeusOid = `1.2.246.562.15.8${String(index).padStart(10, "0")}`;
  await importWorld(database.db, {
    henkilot: [{ oid: oppijaOid, etunimet: name, sukunimi: "Oppija" }],
    opiskeluoikeudet: [
      {
        oid: opiskeluoikeusOid,
        oppijaOid,
        tyyppi: "ammatillinenkoulutus",
        oppilaitos: INSTITUTION,
        koulutustoimija: OIDS.rantala,
        alkamispaiva: "2025-08-01",
        paattymispaiva: facts.ended,
        tila: { opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna" }] },
        suoritukset: [],
      },
    ],
  });
  const plan: PlanDocument = {
    oppijaOid,
    opiskeluoikeusOid,
    ensikertainenHyvaksyminen: "2025-09-15",
    osaamisenHankkimisenTarve: true,
    osaamisenSaavuttamisenPvm: facts.reached,
    sahkoposti: `${name}@example.invalid`,
    puhelinnumero: "+358409999999",
    hankittavatAmmatTutkinnonOsat: [{ tutkinnonOsaKoodiUri: "tutkinnonosat_100000", tutkinnonOsaKoodiVersio: 1, osaamisenHankkimistavat: facts.periods.map(period) }],
  };
  const { id, rows } = await database.db.transaction((tx) => insertPlan(tx, plan));
  planOf[name] = id;
  // The student's consent and share link on the plan.
  await database.db.insert(suostumus).values({
    oppijaOid, hoksId: id, vastaanottajaYTunnus: "7654322-0", osiot: ["urasuunnitelma"], tarkoitus: "Harjoittelu", voimassaAlku: "2025-09-01", voimassaLoppu: "2032-01-01",
  });
  await database.db.insert(jakolinkki).values({
    tokenHash: randomUUID(), oppijaOid, hoksId: id, tutkinnonOsaModuleId: rows.units[0]!.moduleId!, kohdeTyyppi: "osaamisenHankkimistapa",
    kohdeModuleId: rows.periods[0]!.moduleId!, voimassaAlku: "2025-09-01", voimassaLoppu: "2032-01-01",
  });
}

/** Everything retention may touch, to compare before and after. */
async function snapshot() {
  const db = database.db;
  return {
    plans: await db.select().from(hoks).orderBy(hoks.id),
    units: await db.select().from(tutkinnonOsa).orderBy(tutkinnonOsa.moduleId),
    periods: await db.select().from(osaamisenHankkimistapa).orderBy(osaamisenHankkimistapa.moduleId),
    consents: await db.select().from(suostumus).orderBy(suostumus.id),
    links: await db.select().from(jakolinkki).orderBy(jakolinkki.id),
  };
}

const EXPECTED: RetentionCounts = {
  plansRemoved: 2,
  consentsRemoved: 2,
  shareLinksRemoved: 2,
  // The plan whose study right ended just under 5 years ago, and the one that ended exactly 3 months ago.
  studentContactsErased: 2,
  // Both periods of those two plans (their study rights ended), and one of the active plan's.
  instructorContactsErased: 5,
  // The plans here are stored directly, without the write path: no feedback triggers (feedback-triggers.test.ts has theirs).
  feedbackTriggerContactsErased: 0,
  // No AUDIT_RETENTION_MONTHS: the audit trail is kept whole (audit-partitions.test.ts drops months).
  auditMonthsDropped: 0,
  auditEntriesDropped: 0,
};

beforeAll(async () => {
  database = await createTestDatabase({ maxConnections: 4 });
  audit = new AuditLog({ db: database.db });
  await importWorld(database.db, {
    organisaatiot: [
      { oid: OIDS.rantala, nimi: { fi: "Rantala" } },
      { oid: INSTITUTION, nimi: { fi: "Rantalan oppilaitos" }, parentOid: OIDS.rantala },
    ],
  });
  for (const [i, name] of (Object.keys(STUDENTS) as Student[]).entries()) await addStudent(name, i + 1);
});
afterAll(async () => {
  await audit.close();
  await database.close();
});

describe("retention at a pinned date", () => {
  it("a dry run counts exactly what a run would do and changes nothing", async () => {
    const before = await snapshot();
    const outcome = await runRetention(database.db, audit, TODAY, { dryRun: true });
    expect(outcome).toEqual({ ran: true, dryRun: true, today: TODAY, counts: EXPECTED });
    expect(await snapshot()).toEqual(before);
    expect(await database.db.select().from(auditTarget).where(eq(auditTarget.actorOid, "ehoks-retention"))).toEqual([]);
  });

  it("two runs at once remove everything exactly once", async () => {
    const outcomes = await Promise.all([runRetention(database.db, audit, TODAY), runRetention(database.db, audit, TODAY)]);
    const ran = outcomes.filter((o) => o.ran && o.counts.plansRemoved > 0);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ counts: EXPECTED });
    // The other either found the lock taken or, run after, nothing left to do.
    for (const other of outcomes.filter((o) => o !== ran[0])) {
      if (other.ran) expect(other.counts).toEqual({ plansRemoved: 0, consentsRemoved: 0, shareLinksRemoved: 0, studentContactsErased: 0, instructorContactsErased: 0, feedbackTriggerContactsErased: 0, auditMonthsDropped: 0, auditEntriesDropped: 0 });
      else expect(other.reason).toMatch(/lock/);
    }
  });

  it("removed exactly the expired plans, with all their parts, consents and share links", async () => {
    const removed = [planOf.endedOverFiveYearsAgo, planOf.reachedOverFiveYearsAgo];
    const kept = [planOf.endedJustUnderFiveYearsAgo, planOf.activeWithOnePeriodPastThreeMonths, planOf.endedExactlyThreeMonthsAgo];
    const { plans, units, periods, consents, links } = await snapshot();
    expect(plans.map((p) => p.id).sort()).toEqual([...kept].sort());
    for (const rows of [units, periods, consents, links]) expect(rows.filter((r) => removed.includes(r.hoksId))).toEqual([]);
    expect(consents.map((c) => c.hoksId).sort()).toEqual([...kept].sort());
  });

  it("erased the student's contact details 3 months after the study right ended, and only then", async () => {
    const contact = async (name: Student) => {
      const [plan] = await database.db.select().from(hoks).where(eq(hoks.id, planOf[name]));
      return [plan!.sahkoposti, plan!.puhelinnumero];
    };
    expect(await contact("endedJustUnderFiveYearsAgo")).toEqual([null, null]);
    expect(await contact("endedExactlyThreeMonthsAgo")).toEqual([null, null]);
    expect(await contact("activeWithOnePeriodPastThreeMonths")).toEqual(["activeWithOnePeriodPastThreeMonths@example.invalid", "+358409999999"]);
  });

  it("erased an instructor's contact details 3 months after their period (or the study right) ended, keeping who they are", async () => {
    const instructors = async (name: Student) =>
      (await database.db.select().from(osaamisenHankkimistapa).where(eq(osaamisenHankkimistapa.hoksId, planOf[name])).orderBy(osaamisenHankkimistapa.position)).map(
        (p) => p.tyopaikallaJarjestettavaKoulutus!.vastuullinenTyopaikkaOhjaaja,
      );
    expect(await instructors("activeWithOnePeriodPastThreeMonths")).toEqual([
      { nimi: "Ohjaaja 0", oid: OIDS.ville },
      { nimi: "Ohjaaja 1", oid: OIDS.ville, sahkoposti: "ohjaaja1@example.invalid", puhelinnumero: "+358401111111" },
    ]);
    for (const name of ["endedJustUnderFiveYearsAgo", "endedExactlyThreeMonthsAgo"] as const) {
      expect(await instructors(name)).toEqual([{ nimi: "Ohjaaja 0", oid: OIDS.ville }, { nimi: "Ohjaaja 1", oid: OIDS.ville }]);
    }
  });

  it("recorded each removal and erasure in the audit trail as OPH's job, without the erased values", async () => {
    const rows = await database.db.select().from(auditTarget).where(eq(auditTarget.actorOid, "ehoks-retention"));
    const plansDeleted = rows.filter((r) => r.operation === "delete" && r.dataKind === "hoks").map((r) => r.hoksId).sort();
    expect(plansDeleted).toEqual([planOf.endedOverFiveYearsAgo, planOf.reachedOverFiveYearsAgo].sort());
    expect(rows.filter((r) => r.dataKind !== "hoks").map((r) => r.dataKind).sort()).toEqual(["jakolinkki", "jakolinkki", "suostumus", "suostumus"]);
    expect(rows.every((r) => r.rule === "R9" && r.actorRole === "system")).toBe(true);
    const erasures = rows.filter((r) => r.operation === "update");
    expect(erasures.flatMap((r) => r.changes!).length).toBe(2 * EXPECTED.studentContactsErased + 2 * EXPECTED.instructorContactsErased);
    expect(JSON.stringify(erasures)).not.toMatch(/example\.invalid|\+35840/);
  });

  it("a second run removes and erases nothing", async () => {
    const before = await snapshot();
    const outcome = await runRetention(database.db, audit, TODAY);
    expect(outcome).toEqual({ ran: true, dryRun: false, today: TODAY, counts: { plansRemoved: 0, consentsRemoved: 0, shareLinksRemoved: 0, studentContactsErased: 0, instructorContactsErased: 0, feedbackTriggerContactsErased: 0, auditMonthsDropped: 0, auditEntriesDropped: 0 } });
    expect(await snapshot()).toEqual(before);
    const removedIds = [planOf.endedOverFiveYearsAgo];
    expect(await database.db.select().from(hoks).where(inArray(hoks.id, removedIds))).toEqual([]);
  });
});
