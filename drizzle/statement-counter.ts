/**
 * Counts the SQL statements each request makes, so tests and benchmarks can prove that the count
 * does not grow with list length. The count lives in AsyncLocalStorage: every statement issued
 * while serving a request lands on that request's counter, whichever code path issued it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "drizzle-orm";

interface StatementCount {
  statements: number;
}

const current = new AsyncLocalStorage<StatementCount>();

/** Runs `work` with a fresh counter and returns the result together with the count. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter: StatementCount = { statements: 0 };
  const result = await current.run(counter, work);
  return { result, statements: counter.statements };
}

/** Enters a fresh counter for the rest of the current async flow and returns it. */
export function startStatementCount(): StatementCount {
  const counter: StatementCount = { statements: 0 };
  current.enterWith(counter);
  return counter;
}

let executedInProcess = 0;

/** Every statement this process has sent, whatever request (or none) it belonged to: for benchmarks. */
export function statementsExecuted(): number {
  return executedInProcess;
}

/** Hears each statement with its parameters (test/scenario-plans.pg.test.ts explains them). */
export type StatementListener = (query: string, params: unknown[]) => void;
const listeners = new Set<StatementListener>();

/** Calls `listener` with every statement this process sends, until the returned function is called. */
export function listenToStatements(listener: StatementListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const statementCountingLogger: Logger = {
  logQuery(query, params) {
    for (const listener of listeners) listener(query, params);
    executedInProcess += 1;
    const counter = current.getStore();
    if (counter) counter.statements += 1;
  },
};

/**
 * Runs `work` outside any request's count: background work started from a request (the audit
 * trail's batched inserts) belongs to no request.
 */
export function outsideStatementCount<T>(work: () => T): T {
  return current.exit(work);
}
