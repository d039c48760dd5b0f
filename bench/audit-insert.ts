/**
 * `npm run bench:audit-insert`: what the read audit trail costs per request on its own, without
 * GraphQL or HTTP: a request disclosing an official's page (50 students, then their 50 plans) is
 * recorded and stored (`RequestAudit.disclosed`, `settled`), one request (or BENCH_TOGETHER
 * requests) after another on one connection. Prints, per request: wall time, this process's CPU
 * (building rows, encoding the insert) and, when PostgreSQL runs on this machine, its backend's
 * CPU (from /proc). Needs a migrated PostgreSQL: DATABASE_URL (e.g. a ladder dataset,
 * postgres://…/ehoks_bench_10000); BENCH_REQUESTS, default 2 000. Rows it stores are marked with
 * the actor `ehoks-bench-audit`.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { sql, type SQL } from "drizzle-orm";
import { openDatabase, rowsOf } from "../drizzle/db.js";
import { systemActor } from "../subgraphs/shared/audit/audit-event.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import { RequestAudit } from "../subgraphs/shared/audit/request-audit.js";
import { withGrant } from "../subgraphs/shared/grant.js";
import { processCpu } from "./ladder/database-cpu.js";

const url = process.env.DATABASE_URL;
if (!url?.startsWith("postgres")) {
  console.error("npm run bench:audit-insert measures a real PostgreSQL: set DATABASE_URL.");
  process.exit(2);
}
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
/**
 * Requests handed over at once, as concurrent requests are under load. A request discloses its
 * students, then a turn of the event loop later their plans (as an official's page reaches the
 * persons subgraph, then the plans'): the group's first disclosures share one insert and their
 * second ones the next, so a group of K makes two inserts per K requests. Comparing groups splits
 * the audit's cost into what an insert costs and what a disclosed student costs.
 */
const TOGETHER = Number(process.env.BENCH_TOGETHER ?? 1);
if (!(Number.isInteger(TOGETHER) && TOGETHER >= 1 && REQUESTS % TOGETHER === 0)) {
  console.error("BENCH_TOGETHER: a whole number of at least 1 that divides BENCH_REQUESTS.");
  process.exit(2);
}
const database = await openDatabase({ url, maxConnections: 1 });
/** The one value a one-row, one-column statement answers (named `value`). */
const valueOf = async <T>(query: SQL): Promise<T> => rowsOf<{ value: T }>(await database.db.execute(query))[0]!.value;
if (!(await valueOf<boolean>(sql`select to_regclass('audit.entry') is not null as value`))) {
  // Without this the first insert fails and the run ends in a stack trace.
  console.error("DATABASE_URL has no eHOKS tables: point it at a ladder dataset (postgres://…/ehoks_bench_10000, made by `npm run bench`) or migrate it first (`npm run migrate`).");
  await database.close();
  process.exit(2);
}
const log = new AuditLog({ db: database.db });
const actor = systemActor("bench-audit");

const students = Array.from({ length: 50 }, (_, i) => withGrant({ oid: `1.2.246.562.24.${10_000_000_000 + i}` }, "R2a"));
const plans = students.map((student, i) => withGrant({ oppijaOid: student.oid, id: i + 1, opiskeluoikeusOid: `1.2.246.562.15.${10_000_000_000 + i}` }, "R2a"));

async function request(): Promise<void> {
  const audit = new RequestAudit(log, "ehoks-bench", actor);
  audit.disclosed("henkilo", (student) => ({ oppijaOid: student.oid }), students);
  await nextTurn();
  audit.disclosed("hoks", (plan) => ({ oppijaOid: plan.oppijaOid, hoksId: plan.id, opiskeluoikeusOid: plan.opiskeluoikeusOid }), plans);
  await audit.settled();
}

const pid = await valueOf<number>(sql`select pg_backend_pid() as value`);
/** This connection's backend's CPU so far in ms, or undefined when PostgreSQL is not a process of this machine. */
const backendMs = () => processCpu(pid)?.ms;

const group = () => Promise.all(Array.from({ length: TOGETHER }, request));
for (let i = 0; i < 200; i++) await group(); // warm-up: JIT, prepared statement
const backendBefore = backendMs();
const cpu = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < REQUESTS / TOGETHER; i++) await group();
const wall = performance.now() - started;
const used = process.cpuUsage(cpu);
const backendAfter = backendMs();
const perRequest = (ms: number) => `${(ms / REQUESTS).toFixed(3)} ms`;
const inserts = TOGETHER === 1 ? "two inserts a request" : `two inserts per ${TOGETHER} requests`;
console.log(`${REQUESTS} requests of two 50-student disclosures, ${TOGETHER === 1 ? "one after another" : `${TOGETHER} at a time`} (${inserts}):`);
console.log(`  wall ${perRequest(wall)}, this process's CPU ${perRequest((used.user + used.system) / 1000)}, PostgreSQL backend's CPU ${backendBefore === undefined || backendAfter === undefined ? "n/a (not on this machine)" : perRequest(backendAfter - backendBefore)} a request`);
await log.close();
await database.close();
