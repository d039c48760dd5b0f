/**
 * How long a subgraph may take to commit a write the gateway waits for. The gateway stops waiting
 * for a subgraph after its timeout, but a write that commits after that would have been answered
 * "failed" while stored. So the gateway sends its timeout with every mutation, the subgraph
 * refuses to commit once that much time has passed since the request arrived (and says so:
 * nothing stored), and the gateway waits long enough past it for the subgraph to decide, even when
 * the connection is lost mid-commit and the outcome must be asked for (OUTCOME_ASK_MS).
 */
import type { IncomingHttpHeaders } from "node:http";
import { OUTCOME_ASK_MS } from "../../../drizzle/known-outcome-transaction.js";

export const WRITE_BUDGET_HEADER = "x-ehoks-write-budget-ms";

/** Longer than any gateway timeout we would set; a larger value is not ours. */
const MAX_BUDGET_MS = 600_000;

/** For the answer to travel back, and for a busy event loop on either side. */
const ANSWER_SLACK_MS = 2000;

/** How long the gateway waits for a mutation whose subgraph was given `budgetMs` to commit. */
export const mutationWaitMs = (budgetMs: number) => budgetMs + OUTCOME_ASK_MS + ANSWER_SLACK_MS;

/** The epoch millisecond after which this request's writes must not commit, when the caller set one. */
export function commitDeadlineOf(headers: IncomingHttpHeaders, receivedAt: number): number | undefined {
  const value = headers[WRITE_BUDGET_HEADER];
  if (typeof value !== "string" || !/^\d{1,6}$/.test(value)) return undefined;
  const budget = Number(value);
  return budget > 0 && budget <= MAX_BUDGET_MS ? receivedAt + budget : undefined;
}

/** Whether a subgraph call is a mutation (the query planner sends each operation on its own). */
export const isMutation = (query: string | undefined) => query !== undefined && /^\s*mutation\b/.test(query);
