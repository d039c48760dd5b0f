/**
 * The persons subgraph's read-only contract: the facts other subgraphs may use to decide access,
 * as SQL views (created in a hand-written migration). Other subgraphs read these views, never the
 * persons tables themselves, so the contract is what gets replicated at national scale.
 */
import { date, jsonb, pgSchema, text } from "drizzle-orm/pg-core";
import type { Opiskeluoikeusjakso } from "./persons.js";

const personsContract = pgSchema("persons");

/** One row per study right: who it belongs to, where it is held, when it runs. */
export const studyRightFacts = personsContract
  .view("study_right_facts", {
    oid: text().notNull(),
    oppijaOid: text().notNull(),
    tyyppi: text().notNull(),
    oppilaitosOid: text().notNull(),
    koulutustoimijaOid: text().notNull(),
    alkamispaiva: date({ mode: "string" }).notNull(),
    arvioituPaattymispaiva: date({ mode: "string" }),
    paattymispaiva: date({ mode: "string" }),
    sisaltyyOpiskeluoikeuteenOid: text(),
    opiskeluoikeusjaksot: jsonb().$type<Opiskeluoikeusjakso[]>().notNull(),
    /** `suoritukset[].tyyppi`: TELMA (`telma`) is outside workplace feedback's target group. */
    suoritusTyypit: text().array().notNull(),
  })
  .existing();

/** Every organisation paired with itself and each organisation above it in the tree. */
export const organisationAncestry = personsContract
  .view("organisation_ancestry", {
    oid: text().notNull(),
    ancestorOid: text().notNull(),
  })
  .existing();

/** Every organisation with its parent: the tree, walked down from privileged organisations. */
export const organisationTree = personsContract
  .view("organisation_tree", {
    oid: text().notNull(),
    parentOid: text(),
  })
  .existing();
