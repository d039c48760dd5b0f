/**
 * `npm run bench:read-your-writes`: what read-your-writes costs, on a primary and a streaming
 * replica made for the run (test/support/replica-cluster.ts). Each iteration commits a small write
 * on the primary, asks for the commit position (the statement a subgraph adds to every mutation
 * when it has replicas) and then chooses the read database for that position, as anyone's next
 * request would (drizzle/read-replicas.ts): how long the choice takes and whether the replica
 * served it or the primary had to. With `REDIS_URL`, also the gateway's Redis look-up per request.
 * Prints one JSON line.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { Redis } from "ioredis";
import { openDatabase } from "../drizzle/db.js";
import { parseLsn } from "../drizzle/lsn.js";
import { startReplicaCluster } from "../test/support/replica-cluster.js";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 500);

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;
const summary = (values: number[]) => ({ p50: +quantile(values, 0.5).toFixed(3), p99: +quantile(values, 0.99).toFixed(3), max: +Math.max(...values).toFixed(3) });

const cluster = await startReplicaCluster();
try {
  const database = await openDatabase({ url: cluster.primaryUrl, maxConnections: 4, readUrls: [cluster.replicaUrl] });
  try {
    await database.db.execute(sql`create table if not exists bench_written (id serial primary key, at timestamptz default now())`);
    // The replica must know the table before its first poll counts it usable for reads.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const commitPosition: number[] = [];
    const choice: number[] = [];
    let fromReplica = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      await database.db.execute(sql`insert into bench_written default values`);
      let started = performance.now();
      const lsn = await database.reads!.commitLsn();
      commitPosition.push(performance.now() - started);
      started = performance.now();
      const readDb = await database.reads!.readDbFor(parseLsn(lsn));
      choice.push(performance.now() - started);
      if (readDb !== database.db) fromReplica++;
    }
    let redisGet: ReturnType<typeof summary> | undefined;
    if (process.env.REDIS_URL) {
      const redis = new Redis(process.env.REDIS_URL);
      const gets: number[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        const started = performance.now();
        await redis.get("ehoks:written-bench");
        gets.push(performance.now() - started);
      }
      redis.disconnect();
      redisGet = summary(gets);
    }
    console.log(
      JSON.stringify({
        iterations: ITERATIONS,
        commitPositionMs: summary(commitPosition),
        readChoiceAfterWriteMs: summary(choice),
        servedByReplica: +(fromReplica / ITERATIONS).toFixed(3),
        redisGetMs: redisGet,
      }),
    );
  } finally {
    await database.close();
  }
} finally {
  await cluster.close();
}
