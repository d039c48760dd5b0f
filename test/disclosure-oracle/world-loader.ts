/**
 * Loads a generated world into a database through the project's own write code (the world
 * import, the plan store, the consent and share-link stores), and maps the generator's keys to
 * the server-made ids (plan ids, module ids, share-link tokens).
 */
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../drizzle/db.js";
import { osaamisenHankkimistapa, osaamisenOsoittaminen, tutkinnonOsa } from "../../drizzle/schema/index.js";
import { createConsentRecord, revokeConsentRecord } from "../../subgraphs/consents/write/consent-store.js";
import { createShareLinkRecord } from "../../subgraphs/consents/write/share-link-store.js";
import { insertPlan } from "../../subgraphs/hoks/write/plan-store.js";
import type { PlanDocument } from "../../subgraphs/hoks/write/plan-document.js";
import { importWorld } from "../../subgraphs/persons/import/world.js";
import type { WorldDocument } from "../../subgraphs/persons/import/world-document.js";
import { addDays, type Area, type Demo, type Period, type Plan, type Unit, type UnitSection, type World } from "./world.js";

export interface LoadedWorld {
  /** Plan key → server id. */
  planIds: Map<string, number>;
  /** Server id (as a string) → plan key. */
  planKeys: Map<string, string>;
  /** Unit, area, period and demonstration key → module id, and back. */
  moduleIds: Map<string, string>;
  moduleKeys: Map<string, string>;
  /** Share link key → the secret token. */
  shareLinkTokens: Map<string, string>;
}

/**
 * The roots of everything a case writes, children first where no cascade helps. Plans cascade to
 * their units, periods, demonstrations and lists.
 */
const ROOT_TABLES = ["consents.jakolinkki", "consents.suostumus", "hoks.hoks", "persons.opiskeluoikeus", "persons.henkilo", "persons.organisaatio"];

/**
 * Empties the store between cases. DELETE on these few rows is much cheaper than TRUNCATE on
 * PostgreSQL (≈2 ms against ≈45 ms); if some other table blocks the delete with a foreign key,
 * TRUNCATE ... CASCADE empties that one too.
 */
export async function emptyStore(db: Db): Promise<void> {
  // Constant table names of our own, never input.
  try {
    await db.transaction(async (tx) => {
      for (const table of ROOT_TABLES) await tx.execute(sql.raw(`delete from ${table}`));
    });
  } catch {
    await db.execute(sql.raw(`truncate ${ROOT_TABLES.join(", ")} cascade`));
  }
}

// ---------------------------------------------------------------------------------------------
// Documents

/** Drops undefined values so that absent fields are absent, not null. */
function clean<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

export function worldDocument(world: World): WorldDocument {
  return {
    organisaatiot: world.orgs.map((o) => ({
      oid: o.oid,
      nimi: { fi: o.name },
      tyypit: o.kind === "oph" ? [] : [o.kind],
      parentOid: o.parent,
    })),
    henkilot: [...world.students, ...world.nonStudents].map((s) => ({ oid: s.oid, etunimet: `Etu ${s.name}`, kutsumanimi: `Etu`, sukunimi: `Suku ${s.name}` })),
    opiskeluoikeudet: world.studyRights.map((sr) => {
      const master = sr.containedIn ? world.studyRights.find((m) => m.oid === sr.containedIn) : undefined;
      const jaksot: { alku: string; tila: "lasna" | "valmistunut" }[] = [{ alku: sr.alkamispaiva, tila: "lasna" }];
      if (sr.paattymispaiva) jaksot.push({ alku: sr.paattymispaiva, tila: "valmistunut" });
      return {
        oid: sr.oid,
        oppijaOid: sr.student,
        tyyppi: "ammatillinenkoulutus" as const,
        oppilaitos: sr.oppilaitos,
        koulutustoimija: sr.koulutustoimija,
        alkamispaiva: sr.alkamispaiva,
        arvioituPaattymispaiva: sr.arvioituPaattymispaiva,
        paattymispaiva: sr.paattymispaiva,
        tila: { opiskeluoikeusjaksot: jaksot },
        sisaltyyOpiskeluoikeuteen: master ? { oid: master.oid, oppilaitos: master.oppilaitos } : null,
        suoritukset: [
          {
            tyyppi: "ammatillinentutkinto",
            koulutusmoduuli: { tunniste: { koodiarvo: "351301", nimi: { fi: "Ajoneuvoalan perustutkinto" } }, perusteenDiaarinumero: "OPH-2762-2017" },
            osaamisala: sr.osaamisala ? [{ koodiarvo: "1525", nimi: { fi: "Autotekniikan osaamisala" } }] : null,
            suorituskieli: "FI",
          },
        ],
      };
    }),
  };
}

function periodDocument(p: Period, institution: string) {
  return clean({
    osaamisenHankkimistapaKoodiUri: `osaamisenhankkimistapa_${p.method}`,
    osaamisenHankkimistapaKoodiVersio: 1,
    alku: p.alku,
    loppu: p.loppu,
    yksiloivaTunniste: p.key,
    jarjestajanEdustaja: p.edustaja ? { nimi: "Opettaja, Olli", rooli: "opettaja", oppilaitosOid: institution } : undefined,
    tyopaikallaJarjestettavaKoulutus: p.workplace
      ? {
          tyopaikanNimi: "Työpaikka Oy",
          tyopaikanYTunnus: "7654321-2",
          vastuullinenTyopaikkaOhjaaja: clean({ nimi: "Ohjaaja, Outi", sahkoposti: "ohjaaja@example.invalid", oid: p.workplace.instructorOid ?? undefined }),
          keskeisetTyotehtavat: ["Asiakaspalvelu"],
        }
      : undefined,
    osaAikaisuustieto: p.workplace ? 100 : undefined,
    oppisopimuksenPerustaKoodiUri: p.method === "oppisopimus" ? "oppisopimuksenperusta_01" : undefined,
    oppisopimuksenPerustaKoodiVersio: p.method === "oppisopimus" ? 1 : undefined,
  });
}

function demoDocument(d: Demo, institution: string) {
  return clean({
    alku: d.alku,
    loppu: d.loppu,
    jarjestaja: { oppilaitosOid: institution },
    nayttoymparisto: { nimi: d.key, yTunnus: "1234567-1", kuvaus: "Näyttöympäristö" },
    sisallonKuvaus: ["Näytön sisältö"],
    koulutuksenJarjestajaOsaamisenArvioijat: [{ nimi: "Opettaja, Olli", organisaatio: { oppilaitosOid: institution } }],
    tyoelamaOsaamisenArvioijat: d.assessors.map((oid, i) => clean({ nimi: `Arvioija ${i + 1}`, organisaatio: { nimi: "Työpaikka Oy", yTunnus: "7654321-2" }, oid: oid ?? undefined })),
    vaatimuksistaTaiTavoitteistaPoikkeaminen: d.poikkeaminen ? "Näytön poikkeama" : undefined,
    yksilollisetKriteerit: d.kriteerit ? ["Yksilöllinen kriteeri"] : undefined,
  });
}

function areaDocument(a: Area, institution: string) {
  return clean({
    osaAlueKoodiUri: a.key,
    osaAlueKoodiVersio: 1,
    olennainenSeikka: true,
    koulutuksenJarjestajaOid: a.jarjestajaOid ? institution : undefined,
    vaatimuksistaTaiTavoitteistaPoikkeaminen: a.poikkeaminen ? "Osa-alueen poikkeama" : undefined,
    opetusJaOhjausMaara: a.opetusJaOhjausMaara ? 8 : undefined,
    osaamisenHankkimistavat: a.periods.map((p) => periodDocument(p, institution)),
    osaamisenOsoittaminen: a.demos.map((d) => demoDocument(d, institution)),
  });
}

function unitDocument(u: Unit, institution: string) {
  const common = {
    olennainenSeikka: true,
    koulutuksenJarjestajaOid: u.jarjestajaOid ? institution : undefined,
    vaatimuksistaTaiTavoitteistaPoikkeaminen: u.poikkeaminen ? "Tutkinnon osan poikkeama" : undefined,
  };
  switch (u.section) {
    case "hankittavatAmmatTutkinnonOsat":
      return clean({
        tutkinnonOsaKoodiUri: u.key,
        tutkinnonOsaKoodiVersio: 1,
        tutkinnonOsanPerusteenDiaarinro: "OPH-2762-2017",
        ...common,
        opetusJaOhjausMaara: u.opetusJaOhjausMaara ? 12.5 : undefined,
        osaamisenHankkimistavat: u.periods.map((p) => periodDocument(p, institution)),
        osaamisenOsoittaminen: u.demos.map((d) => demoDocument(d, institution)),
      });
    case "hankittavatPaikallisetTutkinnonOsat":
      return clean({
        amosaaTunniste: u.key,
        nimi: `Paikallinen ${u.key}`,
        laajuus: 5,
        tavoitteetJaSisallot: "Paikalliset tavoitteet",
        ...common,
        opetusJaOhjausMaara: u.opetusJaOhjausMaara ? 12.5 : undefined,
        osaamisenHankkimistavat: u.periods.map((p) => periodDocument(p, institution)),
        osaamisenOsoittaminen: u.demos.map((d) => demoDocument(d, institution)),
      });
    case "hankittavatYhteisetTutkinnonOsat":
      return clean({ tutkinnonOsaKoodiUri: u.key, tutkinnonOsaKoodiVersio: 1, ...common, osaAlueet: u.areas.map((a) => areaDocument(a, institution)) });
    case "aiemminHankitutAmmatTutkinnonOsat":
      return clean({
        tutkinnonOsaKoodiUri: u.key,
        tutkinnonOsaKoodiVersio: 1,
        tutkinnonOsanPerusteenDiaarinro: "OPH-2762-2017",
        ...common,
        valittuTodentamisenProsessiKoodiUri: u.todentaminen ? "osaamisentodentamisenprosessi_3" : undefined,
        valittuTodentamisenProsessiKoodiVersio: u.todentaminen ? 1 : undefined,
        tarkentavatTiedotNaytto: u.demos.map((d) => demoDocument(d, institution)),
      });
  }
}

const SECTION_ORDER: UnitSection[] = ["hankittavatAmmatTutkinnonOsat", "hankittavatYhteisetTutkinnonOsat", "hankittavatPaikallisetTutkinnonOsat", "aiemminHankitutAmmatTutkinnonOsat"];

export function planDocument(world: World, plan: Plan): PlanDocument {
  const sr = world.studyRights.find((s) => s.oid === plan.studyRight)!;
  const institution = sr.oppilaitos;
  const doc: Record<string, unknown> = clean({
    oppijaOid: plan.student,
    opiskeluoikeusOid: plan.studyRight,
    ensikertainenHyvaksyminen: plan.ensikertainenHyvaksyminen,
    osaamisenHankkimisenTarve: true,
    sahkoposti: plan.sahkoposti ? `${plan.key.toLowerCase()}@example.invalid` : undefined,
    puhelinnumero: plan.puhelinnumero ? "0401234567" : undefined,
    urasuunnitelmaKoodiUri: plan.urasuunnitelma ? "urasuunnitelma_0001" : undefined,
    urasuunnitelmaKoodiVersio: plan.urasuunnitelma ? 1 : undefined,
    hyvaksytty: plan.hyvaksytty ? `${plan.ensikertainenHyvaksyminen}T10:00:00.000Z` : undefined,
    paivitetty: plan.paivitetty ? `${addDays(world.today, -2)}T08:30:00.000Z` : undefined,
    osaamisenSaavuttamisenPvm: plan.osaamisenSaavuttamisenPvm ? addDays(world.today, -1) : undefined,
    opiskeluvalmiuksiaTukevatOpinnot: plan.support ? [{ nimi: "Opiskelutaidot", kuvaus: "Tukea opiskeluun", alku: sr.alkamispaiva, loppu: addDays(sr.alkamispaiva, 30) }] : undefined,
    oppimisenTuki: plan.support ? [{ oppimisenTuenTyyppiKoodiUri: "ammatillinenkoulutusoppimisentuentyyppi_02", oppimisenTuenTyyppiKoodiVersio: 1 }] : undefined,
  });
  for (const section of SECTION_ORDER) {
    const units = plan.units.filter((u) => u.section === section);
    if (units.length) doc[section] = units.map((u) => unitDocument(u, institution));
  }
  return doc as PlanDocument;
}

// ---------------------------------------------------------------------------------------------
// Loading

/** Loads `world` into an empty store; returns the id maps. */
export async function loadWorld(db: Db, world: World): Promise<LoadedWorld> {
  await importWorld(db, worldDocument(world));

  const planIds = new Map<string, number>();
  const planKeys = new Map<string, string>();
  await db.transaction(async (tx) => {
    for (const plan of world.plans) {
      const { id } = await insertPlan(tx, planDocument(world, plan));
      planIds.set(plan.key, id);
      planKeys.set(String(id), plan.key);
    }
  });

  const moduleIds = new Map<string, string>();
  const moduleKeys = new Map<string, string>();
  const ids = [...planIds.values()];
  if (ids.length) {
    const [units, periods, demos] = await Promise.all([
      db
        .select({ moduleId: tutkinnonOsa.moduleId, hoksId: tutkinnonOsa.hoksId, section: tutkinnonOsa.section, parentModuleId: tutkinnonOsa.parentModuleId, position: tutkinnonOsa.position })
        .from(tutkinnonOsa)
        .where(inArray(tutkinnonOsa.hoksId, ids)),
      db.select({ moduleId: osaamisenHankkimistapa.moduleId, unit: osaamisenHankkimistapa.tutkinnonOsaModuleId, position: osaamisenHankkimistapa.position }).from(osaamisenHankkimistapa).where(inArray(osaamisenHankkimistapa.hoksId, ids)),
      db.select({ moduleId: osaamisenOsoittaminen.moduleId, unit: osaamisenOsoittaminen.tutkinnonOsaModuleId, position: osaamisenOsoittaminen.position }).from(osaamisenOsoittaminen).where(inArray(osaamisenOsoittaminen.hoksId, ids)),
    ]);
    const set = (key: string, moduleId: string) => {
      moduleIds.set(key, moduleId);
      moduleKeys.set(moduleId, key);
    };
    const holderOf = (moduleId: string, items: { key: string }[], rows: { moduleId: string; unit: string; position: number }[]) => {
      for (const row of rows.filter((r) => r.unit === moduleId)) set(items[row.position]!.key, row.moduleId);
    };
    for (const plan of world.plans) {
      const hoksId = planIds.get(plan.key)!;
      for (const section of SECTION_ORDER) {
        const sectionUnits = plan.units.filter((u) => u.section === section);
        for (const row of units.filter((r) => r.hoksId === hoksId && r.section === section && r.parentModuleId === null)) {
          const unit = sectionUnits[row.position]!;
          set(unit.key, row.moduleId);
          holderOf(row.moduleId, unit.periods, periods);
          holderOf(row.moduleId, unit.demos, demos);
          for (const areaRow of units.filter((r) => r.parentModuleId === row.moduleId)) {
            const area = unit.areas[areaRow.position]!;
            set(area.key, areaRow.moduleId);
            holderOf(areaRow.moduleId, area.periods, periods);
            holderOf(areaRow.moduleId, area.demos, demos);
          }
        }
      }
    }
    const expected = world.plans.reduce((n, p) => n + p.units.length + p.units.reduce((m, u) => m + u.areas.length, 0), 0);
    if (units.length !== expected) throw new Error(`loader: expected ${expected} unit rows, found ${units.length}`);
  }

  for (const consent of world.consents) {
    const plan = world.plans.find((p) => p.key === consent.plan)!;
    const r = consent.recipient;
    const row = await createConsentRecord(db, {
      oppijaOid: plan.student,
      hoksId: planIds.get(plan.key)!,
      vastaanottajaHenkiloOid: r.kind === "person" ? r.oid : null,
      vastaanottajaOrganisaatioOid: r.kind === "org" ? r.oid : null,
      vastaanottajaYTunnus: r.kind === "ytunnus" ? r.ytunnus : null,
      osiot: consent.osiot,
      tutkinnonOsaModuleIds: consent.units.map((key) => moduleIds.get(key)!),
      tarkoitus: `Testi ${consent.key}`,
      voimassaAlku: consent.voimassaAlku,
      voimassaLoppu: consent.voimassaLoppu,
    });
    // Revoked the day before "today": revoked under any reading of when revocation takes effect.
    if (consent.revoked) {
      const revoked = await revokeConsentRecord(db, row.id, plan.student, new Date(`${addDays(world.today, -1)}T12:00:00Z`));
      if (!revoked?.peruttu) throw new Error(`loader: consent ${consent.key} was not revoked`);
    }
  }

  const shareLinkTokens = new Map<string, string>();
  for (const link of world.shareLinks) {
    const plan = world.plans.find((p) => p.key === link.plan)!;
    const { token } = await createShareLinkRecord(db, {
      oppijaOid: plan.student,
      hoksId: planIds.get(plan.key)!,
      tutkinnonOsaModuleId: moduleIds.get(link.unit)!,
      kohdeTyyppi: link.kohde.type === "period" ? "osaamisenHankkimistapa" : "osaamisenOsoittaminen",
      kohdeModuleId: moduleIds.get(link.kohde.key)!,
      voimassaAlku: link.voimassaAlku,
      voimassaLoppu: link.voimassaLoppu,
    });
    shareLinkTokens.set(link.key, token);
  }

  return { planIds, planKeys, moduleIds, moduleKeys, shareLinkTokens };
}
