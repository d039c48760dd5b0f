/**
 * How much of a study right each rule shows (disclosure.md): the whole study right (R1, R2, R3,
 * R9); provider, degree, dates and status (R8: the provider is the koulutustoimija, never the
 * institution); the degree and competence area (R4); the degree (R5, R7). Hidden fields read as
 * null; hidden parts of a completion likewise.
 */
import type { OpiskeluoikeusRow, Suoritus } from "../../../drizzle/schema/index.js";
import type { GrantRule } from "../../shared/grant.js";

type View = "whole" | "authority" | "degreeAndArea" | "degree";

function viewOf(rule: GrantRule): View {
  switch (rule) {
    case "R8":
      return "authority";
    case "R4":
      return "degreeAndArea";
    case "R5":
    case "R7":
      return "degree";
    default:
      return "whole";
  }
}

const HIDDEN_OUTSIDE_WHOLE = {
  tyyppi: null,
  alkamispaiva: null,
  arvioituPaattymispaiva: null,
  paattymispaiva: null,
  opiskeluoikeusjaksot: null,
  oppilaitosOid: null,
  koulutustoimijaOid: null,
  sisaltyyOpiskeluoikeuteenOid: null,
  sisaltavanOppilaitosOid: null,
};

function completion(suoritus: Suoritus, withArea: boolean): Suoritus {
  return {
    tyyppi: null as unknown as string,
    koulutusmoduuli: suoritus.koulutusmoduuli,
    osaamisala: withArea ? suoritus.osaamisala : null,
    tutkintonimike: null,
    suorituskieli: null,
    toimipiste: null,
    vahvistus: null,
  };
}

/** The study right as the rule that granted it shows it. `oppijaOid` stays: it is how `oppija` resolves, through the person scope. */
export function viewStudyRight<T extends OpiskeluoikeusRow & { sisaltavanOppilaitosOid: string | null }>(row: T, rule: GrantRule): T {
  const view = viewOf(rule);
  if (view === "whole") return row;
  const base: Record<string, unknown> = { ...row, ...HIDDEN_OUTSIDE_WHOLE, suoritukset: row.suoritukset.map((s) => completion(s, view === "degreeAndArea")) };
  if (view !== "authority") return base as T;
  return {
    ...base,
    alkamispaiva: row.alkamispaiva,
    arvioituPaattymispaiva: row.arvioituPaattymispaiva,
    paattymispaiva: row.paattymispaiva,
    opiskeluoikeusjaksot: row.opiskeluoikeusjaksot,
    koulutustoimijaOid: row.koulutustoimijaOid,
  } as unknown as T;
}
