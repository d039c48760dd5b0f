/**
 * Synthetic students and plans of any size, for tests that must show a cost does not grow with
 * list length. The students study at Rantala, in the example world's organisation tree.
 */
import type { Db } from "../../drizzle/db.js";
import { OIDS } from "../../scripts/demo/demo-roles.js";
import { importWorld } from "../../subgraphs/persons/import/world.js";
import { insertPlan } from "../../subgraphs/hoks/write/plan-store.js";
import type { PlanDocument } from "../../subgraphs/hoks/write/plan-document.js";

const RANTALA_INSTITUTION = "1.2.246.562.10.55500012350";

/** A unit with two periods (one at a workplace) and one demonstration. */
function unit(i: number) {
  return {
    tutkinnonOsaKoodiUri: `tutkinnonosat_${100000 + i}`,
    tutkinnonOsaKoodiVersio: 1,
    koulutuksenJarjestajaOid: RANTALA_INSTITUTION,
    osaamisenHankkimistavat: [
      { osaamisenHankkimistapaKoodiUri: "osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus", osaamisenHankkimistapaKoodiVersio: 1, alku: "2025-09-01", loppu: "2025-10-31" },
      {
        osaamisenHankkimistapaKoodiUri: "osaamisenhankkimistapa_koulutussopimus",
        osaamisenHankkimistapaKoodiVersio: 1,
        alku: "2025-11-03",
        loppu: "2026-02-27",
        yksiloivaTunniste: `synthetic-${i}`,
        osaAikaisuustieto: 100,
        tyopaikallaJarjestettavaKoulutus: {
          tyopaikanNimi: "Esimerkki Oy",
          tyopaikanYTunnus: "7654321-2",
          vastuullinenTyopaikkaOhjaaja: { nimi: "Virta, Ville", oid: OIDS.ville },
          keskeisetTyotehtavat: ["Tehtävä"],
        },
      },
    ],
    osaamisenOsoittaminen: [
      {
        alku: "2026-02-16",
        loppu: "2026-02-20",
        nayttoymparisto: { nimi: "Esimerkki Oy" },
        sisallonKuvaus: ["Näyttö"],
        tyoelamaOsaamisenArvioijat: [{ nimi: "Ojala, Otto", oid: OIDS.otto }],
      },
    ],
  };
}

export function planDocument(oppijaOid: string, opiskeluoikeusOid: string, units: number): PlanDocument {
  return {
    oppijaOid,
    opiskeluoikeusOid,
    ensikertainenHyvaksyminen: "2025-09-15",
    osaamisenHankkimisenTarve: true,
    hankittavatAmmatTutkinnonOsat: Array.from({ length: units }, (_, i) => unit(i)),
  };
}

/** Adds a student with one active study right at Rantala; returns their OIDs. */
export async function addStudent(db: Db, index: number): Promise<{ oppijaOid: string; opiskeluoikeusOid: string }> {
  // Synthetic OIDs in a range the example world does not use; these tests do not check checksums.
  const oppijaOid = `1.2.246.562.24.9${String(index).padStart(10, "0")}`;
  const opiskeluoikeusOid = `1.2.246.562.15.9${String(index).padStart(10, "0")}`;
  await importWorld(db, {
    henkilot: [{ oid: oppijaOid, etunimet: `Testi ${index}`, sukunimi: "Oppija" }],
    opiskeluoikeudet: [
      {
        oid: opiskeluoikeusOid,
        oppijaOid,
        tyyppi: "ammatillinenkoulutus",
        oppilaitos: RANTALA_INSTITUTION,
        koulutustoimija: OIDS.rantala,
        alkamispaiva: "2025-08-01",
        arvioituPaattymispaiva: "2027-06-30",
        tila: { opiskeluoikeusjaksot: [{ alku: "2025-08-01", tila: "lasna" }] },
        suoritukset: [],
      },
    ],
  });
  return { oppijaOid, opiskeluoikeusOid };
}

/** A student with a plan of `units` units; returns the plan id and the student's OID. */
export async function addStudentWithPlan(db: Db, index: number, units: number): Promise<{ hoksId: number; oppijaOid: string }> {
  const { oppijaOid, opiskeluoikeusOid } = await addStudent(db, index);
  const { id: hoksId } = await db.transaction((tx) => insertPlan(tx, planDocument(oppijaOid, opiskeluoikeusOid, units)));
  return { hoksId, oppijaOid };
}
