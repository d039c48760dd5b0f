/**
 * Structured JSON logs (pino): one JSON line per event on stdout, at `LOG_LEVEL` (tests run with
 * `silent`).
 *
 * Every line says which part of the service wrote it (`component`: gateway, hoks, persons,
 * consents, start, retention, …) and, inside a request, the request's id (`reqId`, the
 * `x-request-id` the gateway forwards to the subgraphs), so that the lines of one request can be
 * found across processes and told apart inside `npm start`'s single process. Both come from the
 * log scope (AsyncLocalStorage) the HTTP host enters for each request, so no call site has to
 * pass them along.
 *
 * Errors go through `safeError` (no SQL, no parameters, no personal data) and `logFailure` logs
 * each failure of a request once, however many fields and layers it surfaces in.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { destination, pino } from "pino";
import { settingsSchema } from "./config/settings.js";
import { safeError } from "./log-safe-error.js";

export interface LogScope {
  component: string;
  reqId?: string;
  /** Failures of this request already logged: by object, and by what they say. */
  logged?: { errors: WeakSet<object>; signatures: Set<string> };
}

const scopes = new AsyncLocalStorage<LogScope>();
let processComponent = "ehoks";

/** Names the process's own lines (outside any request): each entry point calls it first. */
export function setLogComponent(component: string): void {
  processComponent = component;
}

/** The process's component: what a server logs under unless told otherwise. */
export function processLogComponent(): string {
  return processComponent;
}

/** Runs `work` with its lines (and those of everything it starts) marked with `scope`. */
export function withLogScope<T>(scope: LogScope, work: () => T): T {
  return scopes.run({ ...scope, logged: { errors: new WeakSet(), signatures: new Set() } }, work);
}

/** The current request's scope, if any. */
export function currentLogScope(): LogScope | undefined {
  return scopes.getStore();
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
    mixin() {
      const scope = scopes.getStore();
      return scope ? { component: scope.component, reqId: scope.reqId } : { component: processComponent };
    },
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
 * Logs a failure once per request: a database fault under a list fails every item's field, and
 * the same error passes through the resolver, the subgraph's and the gateway's error masks.
 * `alsoKnownAs` are errors made from this one (the masked error a resolver returns), which later
 * layers then recognise as logged. Answers whether it logged.
 */
export function logFailure(error: unknown, message: string, alsoKnownAs: unknown[] = []): boolean {
  const logged = scopes.getStore()?.logged;
  if (!logged) {
    log.error({ err: error }, message);
    return true;
  }
  const objects = [error, ...alsoKnownAs].filter((e): e is object => typeof e === "object" && e !== null);
  const signature = signatureOf(error);
  const seen = objects.some((e) => logged.errors.has(e)) || logged.signatures.has(signature);
  for (const e of objects) logged.errors.add(e);
  if (seen) return false;
  logged.signatures.add(signature);
  log.error({ err: error }, message);
  return true;
}

/** This request has logged the error already. */
export function isLogged(error: unknown): boolean {
  const logged = scopes.getStore()?.logged;
  return typeof error === "object" && error !== null && Boolean(logged?.errors.has(error));
}
