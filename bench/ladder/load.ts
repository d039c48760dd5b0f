/**
 * The load generator, in a process of its own: autocannon at a fixed concurrency for a fixed
 * time, rotating through the callers' requests. A step may take its body from the previous
 * step's answer (the second subgraph call of a query plan). Reads its plan from the JSON file
 * named on the command line; prints one JSON line of results.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface LoadStep {
  path: string;
  method?: "POST" | "PUT";
  /** One request per caller: body, headers and (when not the step's) path; rotated through. */
  requests: { body: string; headers: Record<string, string>; path?: string }[];
  /** Build the body from the previous step's answer instead (students → their entities). */
  entitiesOfStudents?: { query: string };
}

export interface LoadPlan {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Send exactly this many requests instead of running for `durationSeconds`. */
  amount?: number;
  steps: LoadStep[];
  /** Where in the callers' rotation to start (after a warm-up, so that creates are not repeated). */
  startAt?: number;
}

export interface LoadResult {
  iterationsPerSecond: number;
  /** How long the run took. */
  seconds: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx answers, transport errors, and 200 answers carrying GraphQL errors. */
  failures: number;
}

const plan = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as LoadPlan;
let turn = plan.startAt ?? 0;
let failures = 0;
/** When the last answer arrived (performance.now()): the end of an `amount` run. */
let lastAnswerAt = 0;

const requests = plan.steps.map((step, index) => ({
  method: step.method ?? ("POST" as const),
  path: step.path,
  setupRequest: (request: any, context: any) => {
    const caller = index === 0 ? (context.caller = turn++ % step.requests.length) : context.caller;
    const own = step.requests[caller % step.requests.length]!;
    request.headers = { ...request.headers, "content-type": "application/json", ...own.headers };
    if (own.path) request.path = own.path;
    if (step.entitiesOfStudents) {
      const students = (context.previous?.data?.opiskelijat ?? []) as { oid: string }[];
      request.body = JSON.stringify({ query: step.entitiesOfStudents.query, variables: { representations: students.map((s) => ({ __typename: "Henkilo", oid: s.oid })) } });
    } else {
      request.body = own.body;
    }
    return request;
  },
  onResponse: (status: number, body: string, context: any) => {
    lastAnswerAt = performance.now();
    // Non-2xx answers are counted by autocannon itself; here, the 200s that carry errors.
    if (status === 200 && (body.startsWith('{"errors"') || body.includes('"errors":['))) failures++;
    if (plan.steps.length > 1) context.previous = JSON.parse(body);
  },
}));

const run = plan.amount ? { amount: plan.amount } : { duration: plan.durationSeconds };
const startedAt = performance.now();
const result = await autocannon({ url: plan.url, connections: plan.connections, ...run, requests, excludeErrorStats: false });
const steps = plan.steps.length;
// With `amount`, autocannon notices the end on its one-second tick, so its duration is whole
// seconds (2 000 plans in "9 s" or "10 s": 222 or 200 a second); the last answer's time is exact.
// (A run nothing answered keeps autocannon's duration.)
const seconds = plan.amount && lastAnswerAt > startedAt ? (lastAnswerAt - startedAt) / 1000 : result.duration;
// A connection closed without an answer is neither an error nor a non-2xx to autocannon: with a
// fixed amount, every request that got no answer is a failure.
const unanswered = plan.amount ? Math.max(0, plan.amount - result.requests.total - result.errors) : 0;
const output: LoadResult = {
  iterationsPerSecond: plan.amount ? result.requests.total / steps / seconds : result.requests.average / steps,
  seconds,
  // A multi-step iteration takes its steps one after another: its latency is about their sum.
  p50: result.latency.p50 * steps,
  p99: result.latency.p99 * steps,
  requests: result.requests.total,
  failures: failures + result.errors + result.non2xx + unanswered,
};
console.log(JSON.stringify(output));
