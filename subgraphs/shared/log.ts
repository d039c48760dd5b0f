/**
 * Structured JSON logs (pino): one JSON line per event on stdout, at `LOG_LEVEL` (tests run with
 * `silent`).
 *
 * Every line says which part of the service wrote it (`component`: gateway, hoks, persons,
 * consents, start, retention, …) and, inside a request, the request's id (`reqId`, the
 * `x-request-id` the gateway forwards to the subgraphs), so that the lines of one request can be
 * found across processes and told apart inside `npm start`'s single process. A request's lines
 * take both from its log scope, which the HTTP host makes for each request (`logScopeOf(req)`)
 * and the GraphQL contexts carry. The scope is passed, not found through AsyncLocalStorage: on
 * Node 20 AsyncLocalStorage installs a promise hook that taxed every promise of the process,
 * ~9 % of the subgraphs' and the gateway's CPU on list reads (README, "what bought what").
 *
 * Errors go through `safeError` (no SQL, no parameters, no personal data) and `logFailure` logs
 * each failure of a request once, however many fields and layers it surfaces in.
 */
import { destination, pino } from "pino";
import { settingsSchema } from "./config/settings.js";
import { safeError } from "./log-safe-error.js";

export interface LogScope {
  component: string;
  reqId?: string;
  /** What the failures this request logged say: one line for a fault every item of a list met. */
  loggedSignatures: Set<string>;
}

let processComponent = "ehoks";

/** Names the process's own lines (outside any request): each entry point calls it first. */
export function setLogComponent(component: string): void {
  processComponent = component;
}

/** The process's component: what a server logs under unless told otherwise. */
export function processLogComponent(): string {
  return processComponent;
}

/** A request's fresh scope: its lines' component and id, and the failures it has logged. */
export function newLogScope(component: string, reqId?: string): LogScope {
  return { component, reqId, loggedSignatures: new Set() };
}

/** The fields that mark a line as the scope's: put them in the line's object. */
export function scopeFields(scope: LogScope | undefined): { component: string; reqId?: string } {
  return scope ? { component: scope.component, reqId: scope.reqId } : { component: processComponent };
}

interface LineSink {
  write(line: string): unknown;
}

/** Where lines go: stdout, unless a test points them elsewhere (`logTo`). */
let sink: LineSink = destination(1);

/** Sends every line to `destination` until the returned function is called (tests). */
export function logTo(destination: LineSink): () => void {
  const previous = sink;
  sink = destination;
  return () => {
    sink = previous;
  };
}

// A bad LOG_LEVEL is reported by the settings check at start; logging must not fail before it.
const initialLevel = settingsSchema.shape.LOG_LEVEL.safeParse(process.env.LOG_LEVEL);

export const log = pino(
  {
    level: initialLevel.success ? initialLevel.data : "info",
    base: { service: "ehoks-graph" },
    // A line's own `component` and `reqId` (scopeFields) win over the process's.
    mixin: () => ({ component: processComponent }),
    serializers: { err: safeError },
    // Personal data never goes to logs: tokens and request bodies are not logged at all.
    redact: ["req.headers.authorization", "token"],
  },
  { write: (line: string) => sink.write(line) },
);

const signatureOf = (error: unknown) => {
  const safe = safeError(error);
  return `${safe.type}|${safe.code ?? ""}|${safe.message}`;
};

/**
 * Every error object logged, whichever request: a later layer that meets the same object (or one
 * made from it, `alsoKnownAs`) knows it is logged. An error object belongs to one request, so one
 * set serves them all.
 */
const loggedErrors = new WeakSet<object>();

/**
 * Logs a failure once per request (`scope`): a database fault under a list fails every item's
 * field, and the same error passes through the resolver, the subgraph's and the gateway's error
 * masks. `alsoKnownAs` are errors made from this one (the masked error a resolver returns), which
 * later layers then recognise as logged. Answers whether it logged.
 */
export function logFailure(error: unknown, message: string, scope: LogScope | undefined, alsoKnownAs: unknown[] = []): boolean {
  const objects = [error, ...alsoKnownAs].filter((e): e is object => typeof e === "object" && e !== null);
  const seen = objects.some((e) => loggedErrors.has(e));
  for (const e of objects) loggedErrors.add(e);
  if (seen) return false;
  if (scope) {
    const signature = signatureOf(error);
    if (scope.loggedSignatures.has(signature)) return false;
    scope.loggedSignatures.add(signature);
  }
  log.error({ ...scopeFields(scope), err: error }, message);
  return true;
}

/** The error has been logged already (by any layer). */
export function isLogged(error: unknown): boolean {
  return typeof error === "object" && error !== null && loggedErrors.has(error);
}
