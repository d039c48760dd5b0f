/**
 * Applies the committed migrations. Safe to run from several processes at once on PostgreSQL:
 * a session-level advisory lock serialises them (PGlite has a single connection anyway).
 */
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { ensureAuditPartitions } from "../subgraphs/shared/audit/audit-partitions.js";
import type { Database } from "./db.js";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
const MIGRATION_LOCK = 7_155_001;

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, { migrationsFolder });
    await ensureAuditPartitions(database.db);
    return;
  }
  // One dedicated connection, so that the session lock and the migrations share it.
  const client = postgres(database.url!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzle(client), { migrationsFolder });
    // The audit trail's months ahead are part of the schema: made at every start.
    await ensureAuditPartitions(drizzle(client));
  } finally {
    await client.end({ timeout: 5 });
  }
}
