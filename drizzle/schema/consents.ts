/**
 * Tables of the consents subgraph (Postgres schema `consents`): the student's consents to
 * disclose (suostumukset) and share links (jakolinkit).
 */
import { sql } from "drizzle-orm";
import { date, index, integer, pgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const consentsSchema = pgSchema("consents");

/** Parts of a HOKS a consent can cover. */
export const SUOSTUMUKSEN_OSIOT = ["koko-hoks", "tutkinnon-osat", "aiemmin-hankittu-osaaminen", "urasuunnitelma"] as const;
export type SuostumuksenOsio = (typeof SUOSTUMUKSEN_OSIOT)[number];

export const suostumus = consentsSchema.table(
  "suostumus",
  {
    id: uuid().primaryKey().defaultRandom(),
    oppijaOid: text().notNull(),
    hoksId: integer().notNull(),
    /** Exactly one of the three recipient identifiers is set. */
    vastaanottajaHenkiloOid: text(),
    vastaanottajaOrganisaatioOid: text(),
    vastaanottajaYTunnus: text(),
    osiot: text().array().$type<SuostumuksenOsio[]>().notNull(),
    /** The units chosen when `osiot` holds `tutkinnon-osat`. */
    tutkinnonOsaModuleIds: uuid().array().notNull().default([]),
    tarkoitus: text().notNull(),
    voimassaAlku: date({ mode: "string" }).notNull(),
    voimassaLoppu: date({ mode: "string" }).notNull(),
    peruttu: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("suostumus_oppija_idx").on(t.oppijaOid),
    index("suostumus_hoks_idx").on(t.hoksId),
    index("suostumus_henkilo_idx").on(t.vastaanottajaHenkiloOid),
    // Whether any consent names an organisation or a business caller is asked once per read
    // (disclosure/consent.ts); most consents name a person, so these stay small.
    index("suostumus_organisaatio_idx").on(t.vastaanottajaOrganisaatioOid).where(sql`${t.vastaanottajaOrganisaatioOid} is not null`),
    index("suostumus_y_tunnus_idx").on(t.vastaanottajaYTunnus).where(sql`${t.vastaanottajaYTunnus} is not null`),
  ],
);

export const JAKOLINKIN_KOHTEET = ["osaamisenHankkimistapa", "osaamisenOsoittaminen"] as const;
export type JakolinkinKohde = (typeof JAKOLINKIN_KOHTEET)[number];

export const jakolinkki = consentsSchema.table(
  "jakolinkki",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** SHA-256 of the secret link token; the token itself is shown once, at creation. */
    tokenHash: text().notNull().unique(),
    oppijaOid: text().notNull(),
    hoksId: integer().notNull(),
    tutkinnonOsaModuleId: uuid().notNull(),
    kohdeTyyppi: text().$type<JakolinkinKohde>().notNull(),
    kohdeModuleId: uuid().notNull(),
    voimassaAlku: date({ mode: "string" }).notNull(),
    voimassaLoppu: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("jakolinkki_oppija_idx").on(t.oppijaOid)],
);

export type SuostumusRow = typeof suostumus.$inferSelect;
export type JakolinkkiRow = typeof jakolinkki.$inferSelect;
