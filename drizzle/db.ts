/**
 * The one database factory. Without `DATABASE_URL` the service runs on an embedded PostgreSQL
 * (PGlite) persisted in a local folder; with it, on a real PostgreSQL through postgres.js.
 * Both speak the same SQL and give the same drizzle API.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index.js";
import { statementCountingLogger } from "./statement-counter.js";
import { fallingBackToPrimary, ReadReplicas } from "./read-replicas.js";
import { settings, type Settings } from "../subgraphs/shared/config/settings.js";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /**
   * With read replicas (`DATABASE_READ_URL`), what routes a request's scoped reads to one of them
   * (read-replicas.ts); absent otherwise, and every read goes to `db`.
   */
  reads?: ReadReplicas;
  /** The postgres:// URL, for tools that need a connection of their own (migrations). */
  url?: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL. When absent, PGlite is used. */
  url?: string;
  /** PGlite's data folder; `memory://` keeps everything in memory (tests). */
  pgliteDataDir?: string;
  /** postgres.js pool size (the primary's, and each replica's). */
  maxConnections?: number;
  /** postgres:// URLs of streaming replicas of `url`, for the scoped reads (needs `url`). */
  readUrls?: string[];
  /** A replica further behind than this is skipped. */
  maxReadLagMs?: number;
}

/** How property names become column names; statements built outside drizzle's builders follow it too. */
export const COLUMN_CASING = "snake_case";
const drizzleOptions = { schema, casing: COLUMN_CASING, logger: statementCountingLogger } as const;

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/**
 * drizzle sends its statements unprepared, so PostgreSQL plans each one anew; the access rules'
 * statements take longer to plan than to run (measured: ~1.5 ms planning against ~0.3 ms
 * executing). Preparing them lets postgres.js reuse a statement per connection by its text, and
 * PostgreSQL its plan. Query texts are kept stable (lists travel as array parameters), so the
 * set of prepared statements stays small.
 */
function preparingEveryStatement<T extends postgres.Sql>(client: T): T {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((query: string, params?: unknown[], queryOptions?: Record<string, unknown>) =>
    unsafe(query, params as never, { ...queryOptions, prepare: true })) as typeof client.unsafe;
  // Statements inside a transaction run on the transaction's own handle: prepare those too.
  if (typeof client.begin === "function") {
    const begin = client.begin.bind(client) as (...args: unknown[]) => unknown;
    (client as { begin: unknown }).begin = (...args: unknown[]) => {
      const callback = args.pop() as (tx: postgres.TransactionSql) => unknown;
      return begin(...args, (tx: postgres.TransactionSql) => callback(preparingEveryStatement(tx as never)));
    };
  }
  return client;
}

function postgresClient(url: string, maxConnections = 10, extra: postgres.Options<Record<string, never>> = {}) {
  return preparingEveryStatement(
    postgres(url, {
      max: maxConnections,
      onnotice: () => {},
      ...extra,
      // The rules' statements are keyed lookups whose plans do not depend on the values, while
      // planning them costs more than running them: plan once per prepared statement.
      connection: { application_name: "ehoks-graph", plan_cache_mode: "force_generic_plan", ...extra.connection },
    }),
  );
}

/**
 * One pool per replica, named `ehoks-graph-read` in pg_stat_activity, giving up on a connection
 * after two seconds (an unreachable replica must not hold a read for postgres.js's default 30).
 */
async function openReadReplicas(primary: postgres.Sql, primaryDb: Db, urls: string[], options: DatabaseOptions): Promise<ReadReplicas> {
  let router: ReadReplicas | undefined;
  const replicas = urls.map((url) => {
    const client = postgresClient(url, options.maxConnections, { connect_timeout: 2, connection: { application_name: "ehoks-graph-read" } });
    const db = drizzlePostgres(client, drizzleOptions) as unknown as Db;
    fallingBackToPrimary(client, primary, (error) => router?.markFailed(db, error));
    return { client, db };
  });
  router = new ReadReplicas(primary, primaryDb, replicas, options.maxReadLagMs ?? DEFAULT_MAX_READ_LAG_MS);
  return router.start();
}

export const DEFAULT_MAX_READ_LAG_MS = 5000;

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const client = postgresClient(options.url, options.maxConnections);
    const db = drizzlePostgres(client, drizzleOptions) as unknown as Db;
    const reads = options.readUrls?.length ? await openReadReplicas(client, db, options.readUrls, options) : undefined;
    return {
      db,
      kind: "postgres",
      url: options.url,
      reads,
      close: async () => {
        await reads?.close();
        await client.end({ timeout: 5 });
      },
    };
  }
  if (options.readUrls?.length) throw new Error("Read replicas need a PostgreSQL primary (DATABASE_URL), not PGlite");
  const dataDir = options.pgliteDataDir ?? DEFAULT_PGLITE_DIR;
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, drizzleOptions) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close() };
}

/** The database settings, as every entry point uses them. */
export function databaseOptionsFromEnv(current: Settings = settings()): DatabaseOptions {
  return {
    url: current.DATABASE_URL,
    pgliteDataDir: current.PGLITE_DATA_DIR,
    maxConnections: current.DATABASE_POOL_SIZE,
    readUrls: current.DATABASE_READ_URL,
    maxReadLagMs: current.DATABASE_READ_MAX_LAG_MS,
  };
}

/** The rows of a raw `execute`: postgres.js answers an array, PGlite an object holding `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
