/**
 * The audit trail's monthly partitions (migration 0015): made ahead at every start and retention
 * run, and, past the audit trail's retention (`AUDIT_RETENTION_MONTHS`), dropped a month at a time,
 * each drop recorded in audit.dropped_partition with the number of entries it held (a row holds
 * one or more, migration 0016). A month is dropped only when every row in it is past the
 * retention; the default partition (rows of a month not made in time, normally none) loses its
 * expired rows one by one.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../../../drizzle/db.js";
import { log } from "../log.js";

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> };

/** The component retention's lines are logged under, whichever process runs it (log.ts). */
export const RETENTION_COMPONENT = "retention";

/** Months made ahead of now, so that no month's rows wait in the default partition. */
export const MONTHS_AHEAD = 3;

/** Makes the missing month partitions from this month to MONTHS_AHEAD ahead; returns how many it made. */
export async function ensureAuditPartitions(db: Executor, now = new Date()): Promise<number> {
  const [row] = rowsOf<{ made: number }>(
    await db.execute(sql`select audit.ensure_month_partitions(${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz + make_interval(months => ${MONTHS_AHEAD})) as made`),
  );
  return Number(row?.made ?? 0);
}

/** The first instant kept: the start of the month `months` before `today`'s month (UTC). */
export function auditRetentionStart(today: string, months: number): Date {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 - months, 1));
}

export interface DroppedAuditMonths {
  /** Each month dropped, with its entries (`rows`: one per student, as audit.entry_target counts them). */
  partitions: { name: string; rows: number }[];
  /** Expired entries removed from the default partition. */
  defaultRows: number;
}

/** A month partition's bounds as PostgreSQL writes them: `FOR VALUES FROM ('…') TO ('…')`. */
const PARTITION_BOUNDS = String.raw`FROM \('([^']+)'\) TO \('([^']+)'\)`;

/** The month partitions that end at or before `keepFrom`, oldest first. */
async function expiredMonths(db: Executor, keepFrom: Date): Promise<{ name: string; rangeFrom: string; rangeTo: string }[]> {
  return rowsOf(
    await db.execute(sql`
      select c.relname as name, b.bounds[1] as "rangeFrom", b.bounds[2] as "rangeTo"
      from pg_inherits i
      join pg_class c on c.oid = i.inhrelid
      cross join lateral (select regexp_match(pg_get_expr(c.relpartbound, c.oid), ${PARTITION_BOUNDS}) as bounds) b
      where i.inhparent = 'audit.entry'::regclass and b.bounds is not null and b.bounds[2]::timestamptz <= ${keepFrom.toISOString()}::timestamptz
      order by b.bounds[1]::timestamptz`),
  );
}

const rowCount = async (db: Executor, query: ReturnType<typeof sql>) => Number(rowsOf<{ n: string }>(await db.execute(query))[0]?.n ?? 0);

/** The entries of a set of rows: each row holds one per student. */
const ENTRIES = sql`coalesce(sum(cardinality(oppija_oids)), 0)::text as n`;

/**
 * Drops every month partition that ends at or before `keepFrom`, each in a short transaction of
 * its own (dropping a partition locks the whole audit trail for a moment, so never inside a long
 * one, and never waiting more than seconds for the lock: a month left now goes on the next run),
 * recording each in audit.dropped_partition; then removes the default partition's rows older than
 * `keepFrom`. A dry run only counts.
 */
export async function dropExpiredAuditMonths(db: Db, keepFrom: Date, droppedBy: string, dryRun = false): Promise<DroppedAuditMonths> {
  const partitions: DroppedAuditMonths["partitions"] = [];
  const expiredDefault = sql`from audit.entry_default where occurred_at < ${keepFrom.toISOString()}::timestamptz`;
  for (const month of await expiredMonths(db, keepFrom)) {
    const table = sql`${sql.identifier("audit")}.${sql.identifier(month.name)}`;
    if (dryRun) {
      partitions.push({ name: month.name, rows: await rowCount(db, sql`select ${ENTRIES} from ${table}`) });
      continue;
    }
    try {
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '5s'`);
        const rows = await rowCount(tx, sql`select ${ENTRIES} from ${table}`);
        await tx.execute(sql`insert into audit.dropped_partition (partition_name, range_from, range_to, row_count, dropped_by)
          values (${month.name}, ${month.rangeFrom}::timestamptz, ${month.rangeTo}::timestamptz, ${rows}, ${droppedBy})
          on conflict (partition_name) do update set row_count = audit.dropped_partition.row_count + excluded.row_count, dropped_at = now(), dropped_by = excluded.dropped_by`);
        await tx.execute(sql`drop table ${table}`);
        partitions.push({ name: month.name, rows });
      });
      log.info({ component: RETENTION_COMPONENT, partition: month.name, from: month.rangeFrom, to: month.rangeTo }, "audit trail month dropped");
    } catch (error) {
      log.warn({ component: RETENTION_COMPONENT, err: error, partition: month.name }, "could not drop an expired audit trail month now; the next retention run tries again");
    }
  }
  const defaultRows = dryRun
    ? await rowCount(db, sql`select ${ENTRIES} ${expiredDefault}`)
    : await rowCount(db, sql`with gone as (delete ${expiredDefault} returning oppija_oids) select ${ENTRIES} from gone`);
  return { partitions, defaultRows };
}
