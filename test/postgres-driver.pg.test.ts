/**
 * The database driver under the faults a real PostgreSQL produces: sessions terminated in the
 * middle of a transaction, and transactions started while every connection is busy. Each case
 * failed on the published postgres.js (3.4.7 and 3.4.9); `vendor/postgres/PATCHES.md` says what
 * changed. Runs on PostgreSQL only (a `.pg.test.ts` file): PGlite has no sessions to terminate.
 */
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

let database: TestDatabase;
let url: string;
const clients: postgres.Sql[] = [];
const client = (options: postgres.Options<Record<string, never>> = {}) => {
  const sql = postgres(url, { onnotice: () => {}, ...options });
  clients.push(sql);
  return sql;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** What a statement came to: its rows' first value, its error code, or "waiting" after `ms`. */
const outcome = (statement: Promise<unknown>, ms = 3000) =>
  Promise.race([statement.then(() => "answered", (error: { code?: string }) => error.code ?? "failed"), sleep(ms).then(() => "waiting")]);

beforeAll(async () => {
  database = await createTestDatabase();
  url = database.url!;
});

afterAll(async () => {
  await Promise.all(clients.map((sql) => sql.end({ timeout: 1 })));
  await database.close();
});

describe("a transaction whose session is terminated", () => {
  it("fails its later statements, at once or after a pause, instead of crashing the process or waiting forever", async () => {
    const sql = client({ max: 2 });
    const killer = client({ max: 1 });
    const later: string[] = [];
    const transaction = sql.begin(async (tx) => {
      const [{ pid }] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
      await killer`select pg_terminate_backend(${pid})`;
      later.push(await outcome(tx`select 1`));
      // Sent right after the loss was reported: it used to wait for a socket that was gone.
      later.push(await outcome(tx`select 2`));
      await sleep(200);
      // Sent after the connection closed: it used to throw from a timer and end the process.
      later.push(await outcome(tx`select 3`));
    });
    expect(await outcome(transaction)).toBe("CONNECTION_CLOSED");
    await sleep(600);
    expect(later).toHaveLength(3);
    expect(later.filter((what) => what === "answered" || what === "waiting")).toEqual([]);
    // The pool reconnects by itself.
    expect(await sql`select 1 as ok`).toEqual([{ ok: 1 }]);
  });

  it("never runs its statements on the session the pool opens next", async () => {
    const sql = client({ max: 1 });
    const killer = client({ max: 1 });
    await sql`create table if not exists driver_probe (note text)`;
    const transaction = sql.begin(async (tx) => {
      const [{ pid }] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
      await killer`select pg_terminate_backend(${pid})`;
      await tx`select 1`.catch(() => {});
      // The pool is asked for a connection meanwhile, so it reconnects the one the transaction had.
      await sql`select 1`;
      await tx`insert into driver_probe values ('half of a transaction')`.catch(() => {});
    });
    await outcome(transaction);
    await sleep(200);
    expect(await sql`select count(*)::int as n from driver_probe`).toEqual([{ n: 0 }]);
  });
});

describe("transactions started while every connection is busy", () => {
  it("each reserve their own connection: no UNSAFE_TRANSACTION, no pool statement inside a transaction", async () => {
    // A short pipeline fills up quickly (the option exists but is missing from the driver's types).
    const sql = client({ max: 3, max_pipeline: 2 } as postgres.Options<Record<string, never>>);
    const failures: string[] = [];
    let insideSomeoneElsesTransaction = 0;
    for (let round = 0; round < 6; round++) {
      const work: Promise<unknown>[] = [];
      for (let i = 0; i < 3; i++) work.push(sql`select pg_sleep(0.2)`);
      for (let i = 0; i < 6; i++) {
        work.push(
          sql<{ outside: boolean }[]>`select pg_current_xact_id_if_assigned() is null as outside`.then(([row]) => {
            if (!row!.outside) insideSomeoneElsesTransaction++;
          }),
        );
      }
      for (let i = 0; i < 5; i++) work.push(sql.begin(async (tx) => (await tx`select txid_current()`, await sleep(10), await tx`select 1`)));
      for (const result of await Promise.allSettled(work)) if (result.status === "rejected") failures.push((result.reason as { code?: string }).code ?? "failed");
    }
    expect(failures).toEqual([]);
    expect(insideSomeoneElsesTransaction).toBe(0);
  });
});
