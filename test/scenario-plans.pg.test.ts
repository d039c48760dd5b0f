/**
 * The benchmark ladder's read scenarios (bench/ladder/scenarios.ts) stay flat as students grow:
 * no statement they send reads a table whose size grows with the students from end to end.
 *
 * The scenarios run in-process against a COPY-made benchmark dataset, as the ladder's callers
 * (bench/ladder/callers.ts) call them, through the subgraphs with their rules and the read audit
 * trail. Every statement the subgraphs send is heard (drizzle's logger) and explained as the
 * service runs it: prepared, with the generic plan the service's connections are forced to
 * (`plan_cache_mode = force_generic_plan`, drizzle/db.ts). No planner switch is turned off: a
 * plan with a Seq Scan on any table but the small, fixed ones fails. Each read is also run
 * (EXPLAIN ANALYZE, the same generic plan) and may handle no more rows in one step than a page
 * needs: hashing or sorting a table's worth fails too. The last case drops an index the scenarios
 * rely on, inside a transaction rolled back, and expects exactly that failure.
 * PostgreSQL only: the plans are PostgreSQL's, and the dataset is loaded with COPY.
 */
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerPools } from "../bench/ladder/callers.js";
import { generateDataset } from "../bench/ladder/dataset.js";
import { SCENARIOS, type Caller, type ScenarioName } from "../bench/ladder/scenarios.js";
import { listenToStatements } from "../drizzle/statement-counter.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { executeAs } from "./support/execute.js";
import { principal } from "./support/principals.js";
import { createTestDatabase, type TestDatabase } from "./support/test-database.js";

/**
 * Enough students that index lookups are cheaper than reading whole tables, as they are in
 * production by orders of magnitude; with far fewer, the planner rightly scans the small tables.
 * The ladder's own size: at 10 000 students the official's list hashed all of
 * persons.opiskeluoikeus per request while drizzle dropped the scoped reads' `OFFSET 0`
 * (drizzle/subquery-fence.ts), which this size catches. About half a minute to load.
 */
const STUDENTS = 10_000;
/** Tables that do not grow with the students: reference data a scan of which stays cheap. */
const FIXED_SIZE_TABLES = new Set(["persons.organisaatio"]);
/** The callers heard per scenario: the first three officials' pages hold students without plans, the next ones' with. */
const CALLERS_PER_SCENARIO = 6;

interface Statement {
  query: string;
  params: unknown[];
}

let database: TestDatabase;
let explainer: postgres.Sql;
let statementsOf: Record<ScenarioName, Statement[]>;

/** A parameter as an SQL literal, for EXECUTE of a prepared statement (the value's type is the statement's). */
function literal(value: unknown): string {
  const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return quoted(value.toISOString());
  if (Array.isArray(value)) return quoted(`{${value.map((v) => (v === null ? "NULL" : `"${String(v).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`);
  if (typeof value === "object") return quoted(JSON.stringify(value));
  return quoted(String(value));
}

/** The statements one caller's requests send, in the order sent, as the ladder's L1 steps make them. */
async function statementsOfCall(scenario: ScenarioName, caller: Caller): Promise<Statement[]> {
  const heard: Statement[] = [];
  const stop = listenToStatements((query, params) => heard.push({ query, params }));
  try {
    let previous: unknown;
    for (const step of SCENARIOS.find((s) => s.name === scenario)!.subgraphSteps) {
      previous = await executeAs(SUBGRAPHS[step.subgraph], database.db, principal(caller.claims as never), step.query, step.variables(caller, previous));
      expect((previous as { errors?: unknown }).errors, `${scenario} ${step.subgraph}`).toBeUndefined();
    }
  } finally {
    stop();
  }
  return heard;
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; Schema?: string; Plans?: PlanNode[]; "Actual Rows"?: number; "Actual Loops"?: number };

/** A plan's nodes, the plan itself first. */
function nodesIn(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesIn)];
}

function seqScansIn(node: PlanNode): string[] {
  return nodesIn(node).filter((n) => n["Node Type"] === "Seq Scan").map((n) => `${n.Schema}.${n["Relation Name"]}`);
}

/** The generic plan of a statement, as a service connection runs it, on the given session (run, with `analyze`). */
async function genericPlan(session: postgres.Sql | postgres.TransactionSql, statement: Statement, name: string, analyze = false): Promise<PlanNode> {
  // The text is the service's own statement, the name made here: no input reaches it.
  await session.unsafe(`prepare ${name} as ${statement.query}`);
  try {
    const args = statement.params.length ? `(${statement.params.map(literal).join(", ")})` : "";
    const [row] = await session.unsafe(`explain (format json, verbose${analyze ? ", analyze" : ""}) execute ${name}${args}`);
    return (row!["QUERY PLAN"] as { Plan: PlanNode }[])[0]!.Plan;
  } finally {
    await session.unsafe(`deallocate ${name}`);
  }
}

/** Each distinct statement of a scenario with the tables its plan scans whole, if any it must not. */
async function growingScans(session: postgres.Sql | postgres.TransactionSql, statements: Statement[]): Promise<{ query: string; scans: string[] }[]> {
  const distinct = [...new Map(statements.map((s) => [s.query, s])).values()];
  const found: { query: string; scans: string[] }[] = [];
  for (const [i, statement] of distinct.entries()) {
    const scans = seqScansIn(await genericPlan(session, statement, `scenario_statement_${i}`)).filter((table) => !FIXED_SIZE_TABLES.has(table));
    if (scans.length) found.push({ query: statement.query.slice(0, 300), scans });
  }
  return found;
}

/** The most rows any one node of the plan handled, over all its loops. */
function mostRowsIn(node: PlanNode): number {
  return Math.max(...nodesIn(node).map((n) => (n["Actual Rows"] ?? 0) * (n["Actual Loops"] ?? 1)));
}

/** The most times any one scan of the consents ran in a plan (its loops), 0 when none ran. */
function mostConsentLookupsIn(node: PlanNode): number {
  return Math.max(0, ...nodesIn(node).filter((n) => n["Relation Name"] === "suostumus").map((n) => n["Actual Loops"] ?? 0));
}

/**
 * Rows any node of a scenario's read may handle: a page of 50 students with their plans, an
 * instructor's ~20 plans with their units, not a table's worth. Sorting or hashing all of an
 * institution's study rights (5 000 and 24 000 rows here) is what made lists slow as students grew.
 */
const ROWS_PER_NODE = 1000;

/** Each read of a scenario, for every caller heard, whose run handled more rows in one node than a page needs. */
async function overgrownReads(session: postgres.Sql, statements: Statement[]): Promise<{ overgrown: { query: string; rows: number }[]; mostRows: number }> {
  // Every caller's own: a read that found nothing runs none of its joins.
  const reads = statements.filter((s) => /^\s*select\b/i.test(s.query));
  const overgrown: { query: string; rows: number }[] = [];
  let mostRows = 0;
  for (const [i, statement] of reads.entries()) {
    const rows = mostRowsIn(await genericPlan(session, statement, `scenario_read_${i}`, true));
    mostRows = Math.max(mostRows, rows);
    if (rows > ROWS_PER_NODE) overgrown.push({ query: statement.query.slice(0, 300), rows });
  }
  return { overgrown, mostRows };
}

/**
 * The benchmark dataset has no consents, and an empty table is planned as a scan: every tenth
 * plan gets one, to a recipient of its own (none of the scenarios' callers), as students give them.
 */
async function addConsents(sql: postgres.Sql): Promise<void> {
  await sql`insert into consents.suostumus (oppija_oid, hoks_id, vastaanottaja_henkilo_oid, osiot, tarkoitus, voimassa_alku, voimassa_loppu)
    select oppija_oid, id, '1.2.246.562.24.4' || lpad(id::text, 9, '0'), '{koko-hoks}', 'työpaikkaohjaus', '2025-08-01', '2026-12-31'
    from hoks.hoks where id % 10 = 0`;
  await sql`analyze consents.suostumus`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await generateDataset(database.db, STUDENTS);
  explainer = postgres(database.url!, { max: 1, onnotice: () => {}, connection: { plan_cache_mode: "force_generic_plan" } });
  await addConsents(explainer);
  const pools = await callerPools(database.url!);
  statementsOf = {} as typeof statementsOf;
  for (const scenario of SCENARIOS) {
    statementsOf[scenario.name] = [];
    for (const caller of pools[scenario.name].slice(0, CALLERS_PER_SCENARIO)) statementsOf[scenario.name].push(...(await statementsOfCall(scenario.name, caller)));
  }
}, 300_000);

afterAll(async () => {
  await explainer?.end({ timeout: 5 });
  await database?.close();
});

describe(`the ladder's read scenarios on ${STUDENTS} students`, () => {
  it.each(SCENARIOS.map((s) => s.name))("%s: no statement scans a table that grows with the students", async (scenario) => {
    expect(statementsOf[scenario].length).toBeGreaterThan(0);
    expect(await growingScans(explainer, statementsOf[scenario])).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => s.name))("%s: no read handles more rows in one step than its page needs (run, EXPLAIN ANALYZE)", async (scenario) => {
    const { overgrown, mostRows } = await overgrownReads(explainer, statementsOf[scenario]);
    expect(overgrown).toEqual([]);
    // The reads did find what they were after (a read that finds nothing skips its joins, and would prove nothing).
    expect(mostRows).toBeGreaterThan(scenario === "student-plan" ? 5 : 50);
  });

  it.each(SCENARIOS.map((s) => s.name))("%s: the consents are looked up once a read, not per row, for a caller no consent names (run)", async (scenario) => {
    const reads = statementsOf[scenario].filter((s) => /^\s*select\b/i.test(s.query));
    const lookups = [];
    for (const [i, statement] of reads.entries()) lookups.push(mostConsentLookupsIn(await genericPlan(explainer, statement, `scenario_consents_${i}`, true)));
    // Every read that can disclose by consent asked once whether any consent names the caller.
    expect(Math.max(...lookups)).toBe(1);
  });

  it("fails when an index the scenarios rely on is gone (dropped in a transaction, then rolled back)", async () => {
    const rollback = new Error("rollback");
    const found = await explainer
      .begin(async (tx) => {
        // The official's list finds the plans of its page's 50 students by student.
        await tx.unsafe(`drop index hoks.hoks_oppija_idx`);
        const scans = await growingScans(tx, statementsOf["official-students"]);
        throw Object.assign(rollback, { scans });
      })
      .catch((error) => (error === rollback ? (rollback as Error & { scans: { scans: string[] }[] }).scans : Promise.reject(error)));
    expect(found.flatMap((f) => f.scans)).toContain("hoks.hoks");
  });
});
