/**
 * The hoks subgraph's read-only contract (views made by a hand-written migration): the facts the
 * persons and consents subgraphs need to decide access and to validate consents and links.
 */
import { date, integer, pgSchema, text, uuid } from "drizzle-orm/pg-core";

const hoksContract = pgSchema("hoks");

/** One row per live plan. */
export const planFacts = hoksContract
  .view("plan_facts", {
    hoksId: integer().notNull(),
    oppijaOid: text().notNull(),
    opiskeluoikeusOid: text().notNull(),
  })
  .existing();

export type ModuleKind = "tutkinnonOsa" | "osaamisenHankkimistapa" | "osaamisenOsoittaminen";

/** Every unit, period and demonstration of a live plan, with the unit holding it. */
export const moduleFacts = hoksContract
  .view("module_facts", {
    hoksId: integer().notNull(),
    oppijaOid: text().notNull(),
    moduleId: uuid().notNull(),
    kind: text().$type<ModuleKind>().notNull(),
    unitModuleId: uuid().notNull(),
    topUnitModuleId: uuid().notNull(),
  })
  .existing();

/** Who is named responsible for which period (R4) or demonstration (R5), and until when. */
export const workplaceFacts = hoksContract
  .view("workplace_facts", {
    personOid: text().notNull(),
    rule: text().$type<"R4" | "R5">().notNull(),
    hoksId: integer().notNull(),
    oppijaOid: text().notNull(),
    opiskeluoikeusOid: text().notNull(),
    moduleId: uuid().notNull(),
    unitModuleId: uuid().notNull(),
    topUnitModuleId: uuid().notNull(),
    accessUntil: date({ mode: "string" }).notNull(),
  })
  .existing();
