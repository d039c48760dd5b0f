/**
 * `npm run bench:audit-insert`: what the read audit trail costs per request on its own, without
 * GraphQL or HTTP: a request disclosing an official's page (50 students, then their 50 plans) is
 * recorded and stored (`RequestAudit.disclosed`, `settled`), one request after another on one
 * connection. Prints, per request: wall time, this process's CPU (building rows, encoding the
 * insert) and, when PostgreSQL runs on this machine, its backend's CPU (from /proc). Needs a
 * migrated PostgreSQL: DATABASE_URL (e.g. a ladder dataset, postgres://…/ehoks_bench_10000);
 * BENCH_REQUESTS, default 2 000. Rows it stores are marked with the actor `ehoks-bench-audit`.
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf } from "../drizzle/db.js";
import { systemActor } from "../subgraphs/shared/audit/audit-event.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import { RequestAudit } from "../subgraphs/shared/audit/request-audit.js";
import { withGrant } from "../subgraphs/shared/grant.js";

const url = process.env.DATABASE_URL;
if (!url?.startsWith("postgres")) {
  console.error("npm run bench:audit-insert measures a real PostgreSQL: set DATABASE_URL.");
  process.exit(2);
}
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const database = await openDatabase({ url, maxConnections: 1 });
const log = new AuditLog({ db: database.db });
const actor = systemActor("bench-audit");

const students = Array.from({ length: 50 }, (_, i) => withGrant({ oid: `1.2.246.562.24.${10_000_000_000 + i}` }, "R2a"));
const plans = students.map((student, i) => withGrant({ oppijaOid: student.oid, id: i + 1, opiskeluoikeusOid: `1.2.246.562.15.${10_000_000_000 + i}` }, "R2a"));

async function request(): Promise<void> {
  const audit = new RequestAudit(log, "ehoks-bench", actor);
  audit.disclosed("henkilo", (student) => ({ oppijaOid: student.oid }), students);
  audit.disclosed("hoks", (plan) => ({ oppijaOid: plan.oppijaOid, hoksId: plan.id, opiskeluoikeusOid: plan.opiskeluoikeusOid }), plans);
  await audit.settled();
}

/** The backend's CPU ticks (1/100 s), or undefined when PostgreSQL is not a process of this machine. */
const [{ pid }] = rowsOf<{ pid: number }>(await database.db.execute(sql`select pg_backend_pid() as pid`)) as [{ pid: number }];
function backendTicks(): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

for (let i = 0; i < 200; i++) await request(); // warm-up: JIT, prepared statement
const ticks = backendTicks();
const cpu = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < REQUESTS; i++) await request();
const wall = performance.now() - started;
const used = process.cpuUsage(cpu);
const ticksAfter = backendTicks();
const perRequest = (ms: number) => `${(ms / REQUESTS).toFixed(3)} ms`;
console.log(`${REQUESTS} requests of two 50-student disclosures, one after another:`);
console.log(`  wall ${perRequest(wall)}, this process's CPU ${perRequest((used.user + used.system) / 1000)}, PostgreSQL backend's CPU ${ticks === undefined || ticksAfter === undefined ? "n/a (not on this machine)" : perRequest((ticksAfter - ticks) * 10)} a request`);
await log.close();
await database.close();
