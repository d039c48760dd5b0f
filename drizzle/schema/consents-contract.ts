/**
 * The consents subgraph's read-only contract (views made by a hand-written migration): the
 * consents and share links the other subgraphs honour when deciding access (R6, R7).
 */
import { date, integer, pgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";

const consentsContract = pgSchema("consents");

export const consentFacts = consentsContract
  .view("consent_facts", {
    id: uuid().notNull(),
    oppijaOid: text().notNull(),
    hoksId: integer().notNull(),
    vastaanottajaHenkiloOid: text(),
    vastaanottajaOrganisaatioOid: text(),
    vastaanottajaYTunnus: text(),
    osiot: text().array().notNull(),
    tutkinnonOsaModuleIds: uuid().array().notNull(),
    voimassaAlku: date({ mode: "string" }).notNull(),
    voimassaLoppu: date({ mode: "string" }).notNull(),
    peruttu: timestamp({ withTimezone: true, mode: "date" }),
  })
  .existing();

export const shareLinkFacts = consentsContract
  .view("share_link_facts", {
    tokenHash: text().notNull(),
    oppijaOid: text().notNull(),
    hoksId: integer().notNull(),
    tutkinnonOsaModuleId: uuid().notNull(),
    kohdeTyyppi: text().notNull(),
    kohdeModuleId: uuid().notNull(),
    voimassaAlku: date({ mode: "string" }).notNull(),
    voimassaLoppu: date({ mode: "string" }).notNull(),
  })
  .existing();
