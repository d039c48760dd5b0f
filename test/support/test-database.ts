/**
 * Gives each test (file, suite or case) a database of its own, migrated and empty, so tests can
 * run in parallel and never see each other's rows.
 *
 * With DATABASE_URL set, the tests run against that real PostgreSQL: a throw-away database is
 * created next to the one in the URL and dropped again on close. Without it, an in-memory PGlite
 * stands in, which needs no server and vanishes with the process.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type Database } from "../../drizzle/db.js";
import { migrateDatabase } from "../../drizzle/migrate.js";

export type TestDatabase = Database & { name: string };

/** Runs one statement on a short-lived connection to the server's maintenance database. */
async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    // CREATE/DROP DATABASE cannot take bind parameters; the name is generated below, never input.
    await admin.unsafe(statement);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

async function createPostgresTestDatabase(serverUrl: string, maxConnections: number): Promise<TestDatabase> {
  const name = `ehoks_test_${randomBytes(8).toString("hex")}`;
  // FORCE ends any connection a test left behind, which would otherwise block the drop.
  const drop = () => onServer(serverUrl, `drop database if exists "${name}" with (force)`);
  await onServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let database: Database | undefined;
  try {
    database = await openDatabase({ url: url.toString(), maxConnections });
    await migrateDatabase(database);
  } catch (error) {
    await database?.close().catch(() => {});
    await drop().catch(() => {});
    throw error;
  }
  const opened = database;
  const close = async (): Promise<void> => {
    try {
      await opened.close();
    } finally {
      await drop();
    }
  };
  return { ...opened, name, close };
}

async function createPgliteTestDatabase(): Promise<TestDatabase> {
  const database = await openDatabase({ pgliteDataDir: "memory://" });
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { ...database, name: "memory://" };
}

/**
 * A fresh, migrated database. Tests keep the pool small (many test databases share one server and
 * its connection limit); benchmarks ask for a production-sized one.
 */
export async function createTestDatabase(options: { maxConnections?: number } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? createPostgresTestDatabase(serverUrl, options.maxConnections ?? 4) : createPgliteTestDatabase();
}
