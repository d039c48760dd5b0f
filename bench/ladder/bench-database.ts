/**
 * The bench's own database next to the one in DATABASE_URL, one per dataset size, kept between
 * runs: generating 100 000 students takes minutes, measuring them seconds. A marker row says the
 * dataset is complete and which generator made it; anything else is made again.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "../../drizzle/db.js";
import { migrateDatabase } from "../../drizzle/migrate.js";
import { DATASET_VERSION, generateDataset } from "./dataset.js";

export function benchDatabaseUrl(serverUrl: string, students: number): string {
  const url = new URL(serverUrl);
  url.pathname = `/ehoks_bench_${students}`;
  return url.toString();
}

async function isComplete(url: string, students: number): Promise<boolean> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await client`select students, version from bench_meta.dataset limit 1`;
    return row?.students === students && row?.version === DATASET_VERSION;
  } catch {
    return false;
  } finally {
    await client.end({ timeout: 5 });
  }
}

export async function ensureBenchDatabase(serverUrl: string, students: number, fresh: boolean): Promise<string> {
  const url = benchDatabaseUrl(serverUrl, students);
  if (!fresh && (await isComplete(url, students))) {
    console.error(`dataset ${students} students: reusing ${new URL(url).pathname.slice(1)}`);
    // A dataset outlives code changes: it gets the migrations made since.
    const database = await openDatabase({ url, maxConnections: 1 });
    await migrateDatabase(database).finally(() => database.close());
    return url;
  }
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const name = `ehoks_bench_${students}`;
  // The name is made from a number above, never from input.
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end({ timeout: 5 });
  const database = await openDatabase({ url, maxConnections: 4 });
  try {
    await migrateDatabase(database);
    await generateDataset(database.db, students);
    await database.db.execute(sql.raw("create schema bench_meta"));
    await database.db.execute(sql.raw("create table bench_meta.dataset (students int, version int, made_at timestamptz default now())"));
    await database.db.execute(sql`insert into bench_meta.dataset (students, version) values (${students}, ${DATASET_VERSION})`);
  } finally {
    await database.close();
  }
  return url;
}
