/** What the caller tells the validation about the world: the write's kind, the clock, the study right. */

export type WriteKind = "create" | "replace" | "patch";

/** The Koski-like facts of a study right that the rules need (persons subgraph's `opiskeluoikeus`). */
export interface StudyRightFacts {
  oid: string;
  oppijaOid: string;
  tyyppi: "ammatillinenkoulutus" | "tuva" | string;
  alkamispaiva: string;
  arvioituPaattymispaiva: string | null;
  paattymispaiva: string | null;
  sisaltyyOpiskeluoikeuteenOid: string | null;
  opiskeluoikeusjaksot: { alku: string; tila: string }[];
  /** `suoritukset[].tyyppi` of the study right (`telma`, `ammatillinentutkinto`, …). */
  suoritusTyypit: string[];
}

export interface ValidationContext {
  kind: WriteKind;
  /** The service clock's date, `YYYY-MM-DD`. */
  today: string;
  /** the study right named by the document (create) or of the stored plan (replace/patch); undefined when it does not exist */
  studyRight?: StudyRightFacts;
  /** for replace/patch: the stored plan's oppija-oid and opiskeluoikeus-oid */
  stored?: { oppijaOid: string; opiskeluoikeusOid: string };
  /** for replace/patch: the plan's id (the path's); a document's top-level `id` must equal it */
  planId?: number;
  /** true when another live plan already exists on the study right (create) */
  studyRightTaken?: boolean;
}

/** What the checks below the top level need to know: the clock and the study right's dates. */
export interface RuleEnv {
  kind: WriteKind;
  today: string;
  studyRight?: StudyRightFacts;
  planId?: number;
}
