/**
 * Tables of the hoks subgraph (Postgres schema `hoks`). Only the hoks subgraph writes here.
 *
 * TypeScript keys are the camelCased eHOKS JSON keys, so that a row and the GraphQL object carry
 * the same names; the database names are their snake_case forms (drizzle `casing`). Structure that
 * access rules and queries depend on (the plan, its units, periods and demonstrations) is
 * relational; leaf value objects (a workplace, a representative, interruptions) are JSONB.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  Edustaja,
  Keskeytymisajanjakso,
  KoulutuksenJarjestajaArvioija,
  MuuOppimisymparisto,
  Nayttoymparisto,
  OsaAlueKoodi,
  OsaamisenOsoittamisenJarjestaja,
  TarkentavatTiedotOsaamisenArvioija,
  TyoelamaArvioija,
  TyopaikallaJarjestettavaKoulutus,
} from "./hoks-values.js";

export const hoksSchema = pgSchema("hoks");

const koodiVersio = () => integer();

export const hoks = hoksSchema.table(
  "hoks",
  {
    id: serial().primaryKey(),
    /** The plan's external identifier (eHOKS `eid`): a UUID made at create, never changed. */
    eid: uuid().notNull().defaultRandom(),
    oppijaOid: text().notNull(),
    opiskeluoikeusOid: text().notNull(),
    tuvaOpiskeluoikeusOid: text(),
    sahkoposti: text(),
    puhelinnumero: text(),
    urasuunnitelmaKoodiUri: text(),
    urasuunnitelmaKoodiVersio: koodiVersio(),
    /** The sender's own document version (eHOKS `versio`), stored as sent. */
    versio: integer(),
    ensikertainenHyvaksyminen: date({ mode: "string" }).notNull(),
    hyvaksytty: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    paivitetty: timestamp({ withTimezone: true, mode: "date", precision: 3 }),
    osaamisenSaavuttamisenPvm: date({ mode: "string" }),
    osaamisenHankkimisenTarve: boolean().notNull(),
    /**
     * eHOKS `manuaalisyotto`: the plan was typed in by hand in eHOKS's own user interface rather
     * than sent by a study administration system. Every plan here comes through a write door, so
     * it is false; kept as a column so that a migrated plan keeps the value it had.
     */
    manuaalisyotto: boolean().notNull().default(false),
    /** Server-side optimistic-concurrency counter, bumped by every write. */
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Soft delete: a deleted plan is invisible to every reader but kept for the audit trail. */
    deletedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    // One live HOKS per study right; a soft-deleted one does not block a new one.
    uniqueIndex("hoks_eid_uq").on(t.eid),
    uniqueIndex("hoks_opiskeluoikeus_live_uq").on(t.opiskeluoikeusOid).where(sql`deleted_at is null`),
    index("hoks_oppija_idx").on(t.oppijaOid),
  ],
);

/** The plan a child row belongs to; removing the plan removes its rows. */
const planId = () =>
  integer()
    .notNull()
    .references(() => hoks.id, { onDelete: "cascade" });

/**
 * Which list of the plan a module row belongs to. A common unit's areas (osa-alueet) are module
 * rows of their own with `parentModuleId` set.
 */
export const MODULE_SECTIONS = [
  "hankittavatAmmatTutkinnonOsat",
  "hankittavatYhteisetTutkinnonOsat",
  "hankittavatPaikallisetTutkinnonOsat",
  "aiemminHankitutAmmatTutkinnonOsat",
  "aiemminHankitutYhteisetTutkinnonOsat",
  "aiemminHankitutPaikallisetTutkinnonOsat",
  "osaAlueet",
] as const;
export type ModuleSection = (typeof MODULE_SECTIONS)[number];

/** Units (tutkinnon osat) of every kind, and the areas of common units. */
export const tutkinnonOsa = hoksSchema.table(
  "tutkinnon_osa",
  {
    moduleId: uuid().primaryKey().defaultRandom(),
    /**
     * eHOKS v1's numeric id of the part, which its GET answers on every part: made by the store,
     * and made anew when a replace writes the part again (as there). `moduleId` is the key. A
     * bigint: replaces write parts anew, and at national scale 2^31 would run out within a year.
     */
    id: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    hoksId: planId(),
    section: text().$type<ModuleSection>().notNull(),
    parentModuleId: uuid(),
    position: integer().notNull(),
    tutkinnonOsaKoodiUri: text(),
    tutkinnonOsaKoodiVersio: koodiVersio(),
    osaAlueKoodiUri: text(),
    osaAlueKoodiVersio: koodiVersio(),
    tutkinnonOsanPerusteenDiaarinro: text(),
    koulutuksenJarjestajaOid: text(),
    vaatimuksistaTaiTavoitteistaPoikkeaminen: text(),
    olennainenSeikka: boolean(),
    opetusJaOhjausMaara: doublePrecision(),
    amosaaTunniste: text(),
    nimi: text(),
    laajuus: doublePrecision(),
    tavoitteetJaSisallot: text(),
    valittuTodentamisenProsessiKoodiUri: text(),
    valittuTodentamisenProsessiKoodiVersio: koodiVersio(),
    tarkentavatTiedotOsaamisenArvioija: jsonb().$type<TarkentavatTiedotOsaamisenArvioija>(),
  },
  (t) => [
    index("tutkinnon_osa_hoks_idx").on(t.hoksId, t.position),
    // The areas of a unit (a consent's chosen common unit covers its areas).
    index("tutkinnon_osa_parent_idx").on(t.parentModuleId),
  ],
);

/** Acquisition periods (osaamisen hankkimistavat); workplace periods among them. */
export const osaamisenHankkimistapa = hoksSchema.table(
  "osaamisen_hankkimistapa",
  {
    moduleId: uuid().primaryKey().defaultRandom(),
    /**
     * eHOKS v1's numeric id of the part, which its GET answers on every part: made by the store,
     * and made anew when a replace writes the part again (as there). `moduleId` is the key. A
     * bigint: replaces write parts anew, and at national scale 2^31 would run out within a year.
     */
    id: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    hoksId: planId(),
    tutkinnonOsaModuleId: uuid()
      .notNull()
      .references(() => tutkinnonOsa.moduleId, { onDelete: "cascade" }),
    position: integer().notNull(),
    osaamisenHankkimistapaKoodiUri: text().notNull(),
    osaamisenHankkimistapaKoodiVersio: koodiVersio().notNull(),
    alku: date({ mode: "string" }).notNull(),
    loppu: date({ mode: "string" }).notNull(),
    yksiloivaTunniste: text(),
    ajanjaksonTarkenne: text(),
    jarjestajanEdustaja: jsonb().$type<Edustaja>(),
    hankkijanEdustaja: jsonb().$type<Edustaja>(),
    tyopaikallaJarjestettavaKoulutus: jsonb().$type<TyopaikallaJarjestettavaKoulutus>(),
    muutOppimisymparistot: jsonb().$type<MuuOppimisymparisto[]>(),
    osaAikaisuustieto: integer(),
    oppisopimuksenPerustaKoodiUri: text(),
    oppisopimuksenPerustaKoodiVersio: koodiVersio(),
    keskeytymisajanjaksot: jsonb().$type<Keskeytymisajanjakso[]>(),
    /** The responsible instructor's person OID, derived for the R4 access rule and its index. */
    vastuullinenOhjaajaOid: text().generatedAlwaysAs(
      sql`(tyopaikalla_jarjestettava_koulutus -> 'vastuullinenTyopaikkaOhjaaja' ->> 'oid')`,
    ),
  },
  (t) => [
    index("osaamisen_hankkimistapa_hoks_idx").on(t.hoksId, t.position),
    // Removing a unit cascades to its periods: without this index, a scan of every period.
    index("osaamisen_hankkimistapa_unit_idx").on(t.tutkinnonOsaModuleId),
    index("osaamisen_hankkimistapa_ohjaaja_idx").on(t.vastuullinenOhjaajaOid),
  ],
);

/** Demonstrations (osaamisen osoittaminen, näyttö), also prior learning's `tarkentavat-tiedot-naytto`. */
export const osaamisenOsoittaminen = hoksSchema.table(
  "osaamisen_osoittaminen",
  {
    moduleId: uuid().primaryKey().defaultRandom(),
    /**
     * eHOKS v1's numeric id of the part, which its GET answers on every part: made by the store,
     * and made anew when a replace writes the part again (as there). `moduleId` is the key. A
     * bigint: replaces write parts anew, and at national scale 2^31 would run out within a year.
     */
    id: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    hoksId: planId(),
    tutkinnonOsaModuleId: uuid()
      .notNull()
      .references(() => tutkinnonOsa.moduleId, { onDelete: "cascade" }),
    position: integer().notNull(),
    alku: date({ mode: "string" }).notNull(),
    loppu: date({ mode: "string" }).notNull(),
    jarjestaja: jsonb().$type<OsaamisenOsoittamisenJarjestaja>(),
    nayttoymparisto: jsonb().$type<Nayttoymparisto>().notNull(),
    sisallonKuvaus: jsonb().$type<string[]>().notNull(),
    osaAlueet: jsonb().$type<OsaAlueKoodi[]>(),
    koulutuksenJarjestajaOsaamisenArvioijat: jsonb().$type<KoulutuksenJarjestajaArvioija[]>(),
    tyoelamaOsaamisenArvioijat: jsonb().$type<TyoelamaArvioija[]>(),
    vaatimuksistaTaiTavoitteistaPoikkeaminen: text(),
    yksilollisetKriteerit: jsonb().$type<string[]>(),
  },
  (t) => [
    index("osaamisen_osoittaminen_hoks_idx").on(t.hoksId, t.position),
    index("osaamisen_osoittaminen_unit_idx").on(t.tutkinnonOsaModuleId),
    // R5 finds an assessor's demonstrations with `tyoelama_osaamisen_arvioijat @> [{"oid": …}]`.
    index("osaamisen_osoittaminen_arvioijat_idx").using("gin", sql`tyoelama_osaamisen_arvioijat jsonb_path_ops`),
  ],
);

/** Studies supporting readiness (opiskeluvalmiuksia tukevat opinnot, § 63). */
export const opiskeluvalmiuksiaTukevaOpinto = hoksSchema.table(
  "opiskeluvalmiuksia_tukeva_opinto",
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * eHOKS v1's numeric id of the item (`id` in GraphQL and v1; this table's own `id` is its
     * UUID key): made by the store, anew when a replace writes the item again, as there.
     */
    v1Id: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    hoksId: planId(),
    position: integer().notNull(),
    nimi: text().notNull(),
    kuvaus: text().notNull(),
    alku: date({ mode: "string" }).notNull(),
    loppu: date({ mode: "string" }).notNull(),
  },
  (t) => [index("opiskeluvalmiuksia_tukeva_opinto_hoks_idx").on(t.hoksId, t.position)],
);

/** Learning support (oppimisen tuki), from 1.8.2026. */
export const oppimisenTuki = hoksSchema.table(
  "oppimisen_tuki",
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * eHOKS v1's numeric id of the item (`id` in GraphQL and v1; this table's own `id` is its
     * UUID key): made by the store, anew when a replace writes the item again, as there.
     */
    v1Id: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    hoksId: planId(),
    position: integer().notNull(),
    oppimisenTuenTyyppiKoodiUri: text().notNull(),
    oppimisenTuenTyyppiKoodiVersio: koodiVersio(),
    alku: date({ mode: "string" }),
    loppu: date({ mode: "string" }),
    tutkinnonOsanTyyppiKoodiUri: text(),
    tutkinnonOsanTyyppiKoodiVersio: koodiVersio(),
  },
  (t) => [index("oppimisen_tuki_hoks_idx").on(t.hoksId, t.position)],
);

/** TUVA training parts (hankittavat koulutuksen osat). */
export const hankittavaKoulutuksenOsa = hoksSchema.table(
  "hankittava_koulutuksen_osa",
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * eHOKS v1's numeric id of the item (`id` in GraphQL and v1; this table's own `id` is its
     * UUID key): made by the store, anew when a replace writes the item again, as there.
     */
    v1Id: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    hoksId: planId(),
    position: integer().notNull(),
    koulutuksenOsaKoodiUri: text().notNull(),
    koulutuksenOsaKoodiVersio: koodiVersio().notNull(),
    alku: date({ mode: "string" }).notNull(),
    loppu: date({ mode: "string" }).notNull(),
    laajuus: doublePrecision(),
  },
  (t) => [index("hankittava_koulutuksen_osa_hoks_idx").on(t.hoksId, t.position)],
);

/**
 * Who is named on which period (R4: the responsible workplace instructor of a workplace period)
 * or demonstration (R5: a working-life assessor), and until when they may see it. Written with
 * the plan's lists, read through the `workplace_facts` view by person: "everything that names
 * me" is an index lookup, not an expansion of every demonstration's assessors.
 */
export const workplaceNaming = hoksSchema.table(
  "workplace_naming",
  {
    personOid: text().notNull(),
    rule: text().$type<"R4" | "R5">().notNull(),
    hoksId: planId(),
    moduleId: uuid().notNull(),
    unitModuleId: uuid().notNull(),
    topUnitModuleId: uuid().notNull(),
    accessUntil: date({ mode: "string" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.rule, t.moduleId, t.personOid] }),
    index("workplace_naming_person_idx").on(t.personOid, t.accessUntil),
    index("workplace_naming_hoks_idx").on(t.hoksId),
  ],
);

export type HoksRow = typeof hoks.$inferSelect;
export type TutkinnonOsaRow = typeof tutkinnonOsa.$inferSelect;
export type OsaamisenHankkimistapaRow = typeof osaamisenHankkimistapa.$inferSelect;
export type OsaamisenOsoittaminenRow = typeof osaamisenOsoittaminen.$inferSelect;
export type OpiskeluvalmiuksiaTukevaOpintoRow = typeof opiskeluvalmiuksiaTukevaOpinto.$inferSelect;
export type OppimisenTukiRow = typeof oppimisenTuki.$inferSelect;
export type HankittavaKoulutuksenOsaRow = typeof hankittavaKoulutuksenOsa.$inferSelect;

/**
 * Idempotency keys of creates: a retried create with the same key answers the first result. Keys
 * are per caller, so one system cannot replay another's.
 */
export const idempotencyKey = hoksSchema.table(
  "idempotency_key",
  {
    callerSub: text().notNull(),
    key: text().notNull(),
    /** SHA-256 of the request document: the same key with another document is a conflict. */
    requestHash: text().notNull(),
    hoksId: planId(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callerSub, t.key] })],
);
