/**
 * Tables of the persons subgraph (Postgres schema `persons`): a Koski-like store of
 * organisations, persons and study rights. Only the persons subgraph writes here; other subgraphs
 * read its facts through the contract views in `persons-contract.ts`.
 */
import { sql } from "drizzle-orm";
import { date, index, jsonb, pgSchema, text, timestamp } from "drizzle-orm/pg-core";

export const personsSchema = pgSchema("persons");

export interface LokalisoituTeksti {
  fi?: string | null;
  sv?: string | null;
  en?: string | null;
}

export const organisaatio = personsSchema.table(
  "organisaatio",
  {
    oid: text().primaryKey(),
    nimi: jsonb().$type<LokalisoituTeksti>().notNull(),
    tyypit: text().array().notNull().default(sql`'{}'::text[]`),
    parentOid: text(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("organisaatio_parent_idx").on(t.parentOid)],
);

export const henkilo = personsSchema.table("henkilo", {
  oid: text().primaryKey(),
  etunimet: text().notNull(),
  kutsumanimi: text(),
  sukunimi: text().notNull(),
  updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export const OPISKELUOIKEUDEN_TILAT = [
  "lasna",
  "valiaikaisestikeskeytynyt",
  "valmistunut",
  "eronnut",
  "katsotaaneronneeksi",
  "peruutettu",
  "mitatoity",
] as const;
export type OpiskeluoikeudenTila = (typeof OPISKELUOIKEUDEN_TILAT)[number];

export interface Opiskeluoikeusjakso {
  alku: string;
  tila: OpiskeluoikeudenTila;
  /** How the studies were funded in this period (Koski's `opintojenRahoitus`): feedback is not collected for codes 6, 14, 15. */
  opintojenRahoitus?: Koodi | null;
}

export interface Koodi {
  koodiarvo: string;
  nimi?: LokalisoituTeksti | null;
}

export interface Suoritus {
  tyyppi: string;
  koulutusmoduuli: { tunniste: Koodi; perusteenDiaarinumero?: string | null };
  osaamisala?: Koodi[] | null;
  tutkintonimike?: Koodi[] | null;
  suorituskieli?: string | null;
  toimipiste?: string | null;
  vahvistus?: { paiva: string } | null;
}

export const OPISKELUOIKEUDEN_TYYPIT = ["ammatillinenkoulutus", "tuva"] as const;
export type OpiskeluoikeudenTyyppi = (typeof OPISKELUOIKEUDEN_TYYPIT)[number];

export const opiskeluoikeus = personsSchema.table(
  "opiskeluoikeus",
  {
    oid: text().primaryKey(),
    oppijaOid: text()
      .notNull()
      .references(() => henkilo.oid),
    tyyppi: text().$type<OpiskeluoikeudenTyyppi>().notNull(),
    oppilaitosOid: text()
      .notNull()
      .references(() => organisaatio.oid),
    koulutustoimijaOid: text()
      .notNull()
      .references(() => organisaatio.oid),
    alkamispaiva: date({ mode: "string" }).notNull(),
    arvioituPaattymispaiva: date({ mode: "string" }),
    paattymispaiva: date({ mode: "string" }),
    opiskeluoikeusjaksot: jsonb().$type<Opiskeluoikeusjakso[]>().notNull(),
    /** The master study right this one is contained in (procured training). */
    sisaltyyOpiskeluoikeuteenOid: text(),
    suoritukset: jsonb().$type<Suoritus[]>().notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("opiskeluoikeus_oppija_idx").on(t.oppijaOid),
    // An institution's students in OID order: the officials' student list pages along it.
    index("opiskeluoikeus_oppilaitos_idx").on(t.oppilaitosOid, t.oppijaOid),
    index("opiskeluoikeus_sisaltyy_idx").on(t.sisaltyyOpiskeluoikeuteenOid),
  ],
);

export type OrganisaatioRow = typeof organisaatio.$inferSelect;
export type HenkiloRow = typeof henkilo.$inferSelect;
export type OpiskeluoikeusRow = typeof opiskeluoikeus.$inferSelect;
