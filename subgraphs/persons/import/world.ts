/**
 * Imports a world document (organisations, persons, study rights) into the persons tables.
 *
 * - All or nothing: everything runs in one transaction, so a document with a broken reference
 *   (say, a study right of an unknown person) leaves the store exactly as it was.
 * - Statement count does not grow with the document: one multi-row upsert per table and chunk of
 *   CHUNK_SIZE rows, never one statement per row.
 * - Newer data wins: a row is only overwritten when the incoming `updatedAt` is at least the
 *   stored one, so replaying an old export (or two sources racing) cannot roll facts back.
 */
import { syncFeedbackTriggers } from "../../hoks/feedback/sync-triggers.js";
import type { AuditRule } from "../../shared/audit/audit-event.js";
import { changesBetween } from "../../shared/audit/changes.js";
import type { RecordWrite } from "../../shared/audit/request-audit.js";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { CasingCache } from "drizzle-orm/casing";
import type { Db } from "../../../drizzle/db.js";
import { henkilo, opiskeluoikeus, organisaatio } from "../../../drizzle/schema/index.js";
import type { WorldDocument } from "./world-document.js";

/** Rows per statement: keeps bind parameters far below PostgreSQL's limit of 65535. */
const CHUNK_SIZE = 1000;

export interface EntityCount {
  /** Distinct entities in the document. */
  received: number;
  /** Rows inserted or overwritten; the rest were older than what was already stored. */
  written: number;
}

export interface ImportCounts {
  organisaatiot: EntityCount;
  henkilot: EntityCount;
  opiskeluoikeudet: EntityCount;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type PersonsTable = typeof organisaatio | typeof henkilo | typeof opiskeluoikeus;

// Must match the casing db.ts gives drizzle, since `excluded.<column>` is written by hand below.
const casing = new CasingCache("snake_case");

/** `SET col = excluded.col` for every column but the key: the incoming row replaces the stored one. */
function overwriteFromExcluded(table: PersonsTable): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (column.primary) continue;
    set[key] = sql`excluded.${sql.identifier(casing.getColumnCasing(column))}`;
  }
  return set;
}

/** Only overwrite with data at least as new as the stored row (equal counts, so a replay is harmless). */
function incomingIsNewer(table: PersonsTable): SQL {
  return sql`excluded.updated_at >= ${table.updatedAt}`;
}

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK_SIZE) result.push(rows.slice(i, i + CHUNK_SIZE));
  return result;
}

/**
 * One row per oid. PostgreSQL refuses an upsert that touches the same row twice in one
 * statement, and a document may repeat an entity; the newest copy wins, as it would in the table.
 */
function newestPerOid<T extends { oid: string; updatedAt: Date }>(rows: T[]): T[] {
  const byOid = new Map<string, T>();
  for (const row of rows) {
    const seen = byOid.get(row.oid);
    if (!seen || row.updatedAt >= seen.updatedAt) byOid.set(row.oid, row);
  }
  return [...byOid.values()];
}

/**
 * Orders organisations parents first (by depth in the document's tree). Each chunk is its own
 * statement, so a child never lands before its parent even when the tree spans chunks; a parent
 * outside the document counts as already stored. A cycle is a broken document and is refused.
 */
function parentsFirst<T extends { oid: string; parentOid: string | null }>(orgs: T[]): T[] {
  const byOid = new Map(orgs.map((org) => [org.oid, org]));
  const depths = new Map<string, number>();
  const depthOf = (org: T, path: Set<string>): number => {
    const known = depths.get(org.oid);
    if (known !== undefined) return known;
    if (path.has(org.oid)) throw new Error(`organisation ${org.oid} is its own ancestor`);
    path.add(org.oid);
    const parent = org.parentOid ? byOid.get(org.parentOid) : undefined;
    const depth = parent ? depthOf(parent, path) + 1 : 0;
    depths.set(org.oid, depth);
    return depth;
  };
  return [...orgs].sort((a, b) => depthOf(a, new Set()) - depthOf(b, new Set()));
}

async function upsertOrganisaatiot(tx: Tx, rows: (typeof organisaatio.$inferInsert)[]): Promise<number> {
  let written = 0;
  for (const chunk of chunks(rows)) {
    const result = await tx
      .insert(organisaatio)
      .values(chunk)
      .onConflictDoUpdate({ target: organisaatio.oid, set: overwriteFromExcluded(organisaatio), setWhere: incomingIsNewer(organisaatio) })
      .returning({ oid: organisaatio.oid });
    written += result.length;
  }
  return written;
}

async function upsertHenkilot(tx: Tx, rows: (typeof henkilo.$inferInsert)[]): Promise<(typeof henkilo.$inferSelect)[]> {
  const written: (typeof henkilo.$inferSelect)[] = [];
  for (const chunk of chunks(rows)) {
    written.push(
      ...(await tx
        .insert(henkilo)
        .values(chunk)
        .onConflictDoUpdate({ target: henkilo.oid, set: overwriteFromExcluded(henkilo), setWhere: incomingIsNewer(henkilo) })
        .returning()),
    );
  }
  return written;
}

async function upsertOpiskeluoikeudet(tx: Tx, rows: (typeof opiskeluoikeus.$inferInsert)[]): Promise<(typeof opiskeluoikeus.$inferSelect)[]> {
  const written: (typeof opiskeluoikeus.$inferSelect)[] = [];
  for (const chunk of chunks(rows)) {
    written.push(
      ...(await tx
        .insert(opiskeluoikeus)
        .values(chunk)
        .onConflictDoUpdate({ target: opiskeluoikeus.oid, set: overwriteFromExcluded(opiskeluoikeus), setWhere: incomingIsNewer(opiskeluoikeus) })
        .returning()),
    );
  }
  return written;
}

/** The audit trail of a feed: each person and study right written, as its stored values. */
function recordWritten(audit: FeedAudit, henkilot: (typeof henkilo.$inferSelect)[], opiskeluoikeudet: (typeof opiskeluoikeus.$inferSelect)[]): void {
  for (const { oid, ...values } of henkilot) {
    audit.record({ operation: "overwrite", dataKind: "henkilo", rule: audit.rule, oppijaOid: oid, changes: changesBetween(undefined, values) });
  }
  for (const { oid, ...values } of opiskeluoikeudet) {
    audit.record({ operation: "overwrite", dataKind: "opiskeluoikeus", rule: audit.rule, oppijaOid: values.oppijaOid, opiskeluoikeusOid: oid, changes: changesBetween(undefined, values) });
  }
}

/** Who is feeding, for the audit trail: a person's or study right's data written is a write of the student's data. */
export interface FeedAudit {
  record: RecordWrite;
  rule: AuditRule;
}

/**
 * Imports in one transaction (inside the caller's, when `db` is one). Feeds and the import
 * command pass `audit`; seeding demo and test worlds does not.
 */
/**
 * A study right written by a feed or an import re-decides its students' feedback triggers in the
 * same transaction (the hoks subgraph's table, subgraphs/hoks/feedback/): the one place where the
 * persons side writes beside the plans, so that study rights and triggers never disagree.
 */
export interface FeedbackSync {
  today: string;
  /** Who wrote: recorded on the triggers' events. */
  actor: string;
}

/**
 * The rows a world document stores, newest copy per OID, organisations parents first. Entities
 * without their own updatedAt are stamped `now`. Exported for the benchmark's bulk loader
 * (bench/ladder/dataset.ts), which COPYs these same rows into fresh tables.
 */
export function worldRows(world: WorldDocument, now: Date) {
  const stamp = (updatedAt: string | null | undefined): Date => (updatedAt ? new Date(updatedAt) : now);
  // Sorted after de-duplicating, so depths come from the copies that are actually stored.
  const organisaatiot = parentsFirst(
    newestPerOid(
      (world.organisaatiot ?? []).map((org) => ({
        oid: org.oid,
        nimi: org.nimi,
        tyypit: org.tyypit ?? [],
        parentOid: org.parentOid ?? null,
        updatedAt: stamp(org.updatedAt),
      })),
    ),
  );

  const henkilot = newestPerOid(
    (world.henkilot ?? []).map((h) => ({
      oid: h.oid,
      etunimet: h.etunimet,
      kutsumanimi: h.kutsumanimi ?? null,
      sukunimi: h.sukunimi,
      updatedAt: stamp(h.updatedAt),
    })),
  );

  const opiskeluoikeudet = newestPerOid(
    (world.opiskeluoikeudet ?? []).map((oo) => ({
      oid: oo.oid,
      oppijaOid: oo.oppijaOid,
      tyyppi: oo.tyyppi,
      oppilaitosOid: oo.oppilaitos,
      koulutustoimijaOid: oo.koulutustoimija,
      alkamispaiva: oo.alkamispaiva,
      arvioituPaattymispaiva: oo.arvioituPaattymispaiva ?? null,
      paattymispaiva: oo.paattymispaiva ?? null,
      opiskeluoikeusjaksot: oo.tila.opiskeluoikeusjaksot,
      sisaltyyOpiskeluoikeuteenOid: oo.sisaltyyOpiskeluoikeuteen?.oid ?? null,
      suoritukset: oo.suoritukset,
      updatedAt: stamp(oo.updatedAt),
    })),
  );

  return { organisaatiot, henkilot, opiskeluoikeudet };
}

export async function importWorld(db: Db, world: WorldDocument, audit?: FeedAudit, feedback?: FeedbackSync): Promise<ImportCounts> {
  // One clock reading for the whole import: entities without their own updatedAt are "now".
  const { organisaatiot, henkilot, opiskeluoikeudet } = worldRows(world, new Date());

  // Organisations and persons before study rights: the study rights' foreign keys point at them.
  return db.transaction(async (tx) => {
    const orgsWritten = await upsertOrganisaatiot(tx, organisaatiot);
    const henkilotWritten = await upsertHenkilot(tx, henkilot);
    const opiskeluoikeudetWritten = await upsertOpiskeluoikeudet(tx, opiskeluoikeudet);
    if (audit) recordWritten(audit, henkilotWritten, opiskeluoikeudetWritten);
    if (feedback) {
      for (const students of chunks([...new Set(opiskeluoikeudetWritten.map((o) => o.oppijaOid))])) {
        await syncFeedbackTriggers(tx, students, feedback.today, feedback.actor);
      }
    }
    return {
      organisaatiot: { received: organisaatiot.length, written: orgsWritten },
      henkilot: { received: henkilot.length, written: henkilotWritten.length },
      opiskeluoikeudet: { received: opiskeluoikeudet.length, written: opiskeluoikeudetWritten.length },
    };
  });
}
