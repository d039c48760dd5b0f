/**
 * What a log line may say about an error. Logs leave the service (to log storage, to operators'
 * screens), so they get no personal data: an error is logged by its class chain, a message
 * scrubbed of SQL and of values, its database facts (SQLSTATE, constraint, table) and a few stack
 * frames, never by pino's default serialiser, which copied drizzle's "Failed query: <SQL>
 * params: <person OIDs>" and every enumerable property of every cause (13–16 KB a line).
 */

export interface SafeError {
  /** The error's class, and its causes' (`GraphQLError < DrizzleQueryError < PostgresError`). */
  type: string;
  message: string;
  /** SQLSTATE for a database error; a system error's code (ECONNREFUSED, CONNECTION_CLOSED). */
  code?: string;
  constraint?: string;
  table?: string;
  schema?: string;
  stack?: string;
}

const STACK_FRAMES = 6;
const MESSAGE_LIMIT = 300;
const SQLSTATE = /^[0-9A-Z]{5}$/;

type Fields = Record<string, unknown>;

const fieldsOf = (error: unknown): Fields => (typeof error === "object" && error !== null ? (error as Fields) : {});
const text = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

/** The error and what it wraps: GraphQL's `originalError`, and `cause`. */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    const fields = fieldsOf(current);
    current = fields.originalError ?? fields.cause;
  }
  return chain;
}

function className(error: unknown): string {
  // PGlite's bundle minifies its classes' names away.
  if (isDatabaseError(error)) return "DatabaseError";
  if (error instanceof Error) return error.constructor?.name && error.constructor.name !== "Error" ? error.constructor.name : error.name;
  return typeof error;
}

/** PostgreSQL's own error (postgres.js's PostgresError, PGlite's DatabaseError): it has a SQLSTATE and a severity. */
function isDatabaseError(error: unknown): boolean {
  const fields = fieldsOf(error);
  return typeof fields.code === "string" && SQLSTATE.test(fields.code) && (typeof fields.severity === "string" || typeof fields.routine === "string");
}

/**
 * A database message only where PostgreSQL's wording carries names, not values: class 22 (data
 * exceptions: `invalid input syntax for type …: "<value>"`) and raised exceptions quote data.
 */
function databaseMessage(code: string, message: string): string {
  if (code.startsWith("22") || code.startsWith("P0")) return `database error ${code}`;
  return scrub(message);
}

/** Whatever slipped through: SQL after drizzle's prefix, parameters, person and organisation OIDs. */
export function scrub(message: string): string {
  const firstLine = message.split("\n")[0] ?? "";
  const withoutSql = /^Failed query:/i.test(firstLine) ? "Failed query" : firstLine;
  return withoutSql
    .replace(/\b1\.2\.246\.562\.\d+\.\d+\b/g, "<oid>")
    .replace(/\$\d+/g, "<param>")
    .slice(0, MESSAGE_LIMIT);
}

const framesOfOne = (error: unknown): string[] =>
  error instanceof Error && error.stack
    ? error.stack
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line.startsWith("at "))
    : [];

const isOurs = (frame: string) => !frame.includes("node_modules") && !frame.includes("node:internal") && !frame.includes("wasm://");

/**
 * A few frames, ours first (a database error's own stack is the driver's): never the stack's
 * first line, which repeats the message, SQL and all.
 */
function framesOf(chain: unknown[]): string | undefined {
  const all = chain.flatMap(framesOfOne);
  const ours = [...new Set(all.filter(isOurs))];
  const frames = (ours.length ? ours : all).slice(0, STACK_FRAMES);
  return frames.length ? frames.join("\n") : undefined;
}

export function safeError(error: unknown): SafeError {
  const chain = chainOf(error);
  const root = chain[chain.length - 1];
  const database = chain.find(isDatabaseError);
  const type = chain.map(className).join(" < ");
  if (database) {
    const fields = fieldsOf(database);
    const code = fields.code as string;
    return {
      type,
      message: databaseMessage(code, text(fields.message) ?? ""),
      code,
      // postgres.js spells these out, PGlite (pg-protocol) does not.
      constraint: text(fields.constraint_name) ?? text(fields.constraint),
      table: text(fields.table_name) ?? text(fields.table),
      schema: text(fields.schema_name) ?? text(fields.schema),
      stack: framesOf(chain),
    };
  }
  const fields = fieldsOf(root);
  const message = root instanceof Error ? root.message : typeof root === "string" ? root : text(fields.message) ?? String(root);
  return { type, message: scrub(message), code: text(fields.code)?.slice(0, 40), stack: framesOf(chain) };
}
