/** Executes a subgraph's schema in-process, as a given principal, counting SQL statements. */
import { graphql, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Db } from "../../drizzle/db.js";
import { countStatements } from "../../drizzle/statement-counter.js";
import type { Principal } from "../../subgraphs/shared/auth/principal.js";
import { fixedClock, type Clock } from "../../subgraphs/shared/clock.js";
import type { SubgraphDefinition } from "../../subgraphs/shared/subgraph.js";
import { auditLogFor } from "./audit.js";

const schemas = new Map<SubgraphDefinition<any>, Promise<GraphQLSchema>>();

export interface Execution extends ExecutionResult {
  statements: number;
}

export async function executeAs(
  definition: SubgraphDefinition<any>,
  db: Db,
  principal: Principal,
  source: string,
  variableValues?: Record<string, unknown>,
  clock: Clock = fixedClock("2026-02-01"),
): Promise<Execution> {
  if (!schemas.has(definition)) schemas.set(definition, definition.buildSchema());
  const schema = await schemas.get(definition)!;
  const audit = auditLogFor(db);
  const contextValue = definition.createContext({ db, clock, keys: undefined as never, audit }, principal);
  const { result, statements } = await countStatements(() => graphql({ schema, source, contextValue, variableValues }));
  // The reads this execution queued are stored now, not by a timer that might outlive the database.
  await audit.flush();
  return { ...JSON.parse(JSON.stringify(result)), statements };
}

export function errorCodes(result: ExecutionResult): unknown[] {
  return (result.errors ?? []).map((e) => (e as { extensions?: { code?: unknown } }).extensions?.code);
}
