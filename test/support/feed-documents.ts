/** Pieces of the persons feed's documents (upsertKoskiData) for tests. */

/** A vocational study right, present since 2026-01-10, with no completions yet. */
export function activeStudyRight(oid: string, oppijaOid: string, oppilaitos: string, koulutustoimija: string) {
  return {
    oid,
    oppijaOid,
    tyyppi: "ammatillinenkoulutus",
    oppilaitos,
    koulutustoimija,
    alkamispaiva: "2026-01-10",
    tila: { opiskeluoikeusjaksot: [{ alku: "2026-01-10", tila: "lasna" }] },
    suoritukset: [],
  };
}
