/**
 * A small node:http host for Apollo Server: GraphQL at /graphql, health at /healthz, and any extra
 * routes a process adds (the REST door of the write path). Owning the HTTP layer keeps the body
 * limit, the error shape and shutdown in one place for the gateway and every subgraph.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { log, logFailure, newLogScope, processLogComponent, scopeFields, type LogScope } from "../log.js";
import { logIfInternal } from "../errors.js";
import { requestValuesRefusal } from "./request-values.js";

export const DEFAULT_BODY_LIMIT_BYTES = 1_000_000;

export class PayloadTooLarge extends Error {}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new PayloadTooLarge(`Request body exceeds ${limitBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The URL's query string decoded, or null when its percent escapes are malformed. */
function decodedSearch(url: URL): string | null {
  try {
    return decodeURIComponent(url.search);
  } catch {
    return null;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

const logScopes = new WeakMap<IncomingMessage, LogScope>();

/** The log scope `listen` made for this request (its component and id), for its lines and its context. */
export function logScopeOf(req: IncomingMessage): LogScope | undefined {
  return logScopes.get(req);
}

/** A route handler answers true when it handled the request. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** `body` is the parsed request body (POST), for what depends on the operation (a mutation's reads). */
  context: (req: IncomingMessage, body?: unknown) => Promise<TContext>;
  path?: string;
  bodyLimitBytes?: number;
  /** Rewrites or refuses a request body before it runs: null refuses it (400, `refusal`). */
  prepareBody?: (body: unknown) => unknown | null;
  refusal?: { message: string; extensions: Record<string, unknown> };
  /**
   * Runs after the operation and before its answer is sent (the subgraphs store the request's
   * audit entries here); when it throws, the answer is withheld and the caller gets a 503.
   */
  beforeAnswer?: (context: TContext) => Promise<void>;
  /** Headers of the answer worked out after the operation ran (a subgraph's commit position). */
  answerHeaders?: (body: unknown) => Promise<Record<string, string>>;
}

/** What a caller gets instead of an answer whose disclosure could not be recorded. */
const NOT_RECORDED = {
  message: "The service could not record this request in its audit trail, so it did not answer it. Try again shortly.",
  extensions: { code: "SERVICE_UNAVAILABLE" },
};

export function graphqlRoute<TContext extends BaseContext>(options: GraphQLRouteOptions<TContext>): Route {
  const path = options.path ?? "/graphql";
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  return async (req, res, url) => {
    if (url.pathname !== path) return false;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const rawBody = req.method === "POST" ? await readBody(req, limit) : "";
    if (decodedSearch(url) === null) {
      sendJson(res, 400, { errors: [{ message: "The request URL has a malformed escape", extensions: { code: "BAD_REQUEST" } }] });
      return true;
    }
    // Media types are case-insensitive; Apollo Server compares them as written.
    const contentType = (headers.get("content-type") ?? "").toLowerCase();
    if (contentType) headers.set("content-type", contentType);
    let body: unknown = rawBody;
    if (rawBody && contentType.includes("application/json")) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        sendJson(res, 400, { errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
        return true;
      }
    }
    const refusal = requestValuesRefusal(body, url.searchParams);
    if (refusal) {
      sendJson(res, 400, { errors: [{ message: refusal, extensions: { code: "BAD_REQUEST" } }] });
      return true;
    }
    if (options.prepareBody && req.method === "POST") {
      const prepared = options.prepareBody(body);
      if (prepared === null) {
        sendJson(res, 400, { errors: [options.refusal ?? { message: "Refused", extensions: { code: "BAD_REQUEST" } }] });
        return true;
      }
      body = prepared;
    } else if (options.prepareBody) {
      // A registered-operations-only door takes its documents by POST.
      sendJson(res, 400, { errors: [options.refusal ?? { message: "Refused", extensions: { code: "BAD_REQUEST" } }] });
      return true;
    }
    let contextValue: TContext | undefined;
    const response = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: async () => {
        try {
          return (contextValue = await options.context(req, body));
        } catch (error) {
          // Apollo Server masks a failed context (formatError) without asking any plugin: log it here.
          logIfInternal(error, logScopeOf(req));
          throw error;
        }
      },
    });
    if (contextValue && options.beforeAnswer) {
      try {
        await options.beforeAnswer(contextValue);
      } catch (error) {
        logFailure(error, "answer withheld", logScopeOf(req));
        sendJson(res, 503, { errors: [NOT_RECORDED] }, { "retry-after": "1" });
        return true;
      }
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (options.answerHeaders) for (const [key, value] of Object.entries(await options.answerHeaders(body))) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    return true;
  };
}

/** Liveness: the process answers. */
export const healthRoute: Route = async (_req, res, url) => {
  if (url.pathname !== "/healthz") return false;
  sendJson(res, 200, { status: "ok" });
  return true;
};

/** Readiness: what the process needs (its database, its subgraphs) answers too. */
export function readinessRoute(check: () => Promise<Record<string, boolean>>): Route {
  return async (_req, res, url) => {
    if (url.pathname !== "/readyz") return false;
    const parts = await check().catch(() => ({ self: false }));
    const ready = Object.values(parts).every(Boolean);
    sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "unavailable", checks: Object.fromEntries(Object.entries(parts).map(([k, ok]) => [k, ok ? "ok" : "unavailable"])) });
    return true;
  };
}

export const REQUEST_ID_HEADER = "x-request-id";
const REQUEST_ID = /^[\w.-]{1,64}$/;

/** The request's id: the caller's (a proxy's) when it is sensible, else a new one. Set on the request for later hops. */
function assignRequestId(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  return id;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** How long a closing server waits for requests in flight before it cuts their connections. */
export const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Listens on `port` (0 picks a free one) and serves the routes in order; 404 for the rest. Every
 * request gets an id (header `x-request-id`, also on the response) and one access log line; no
 * personal data goes in it. Every line logged while serving a request carries `component` (which
 * server of the process: gateway, hoks, …) and the request's id.
 */
export async function listen(routes: Route[], port: number, host = "127.0.0.1", component = processLogComponent()): Promise<RunningServer> {
  let closing = false;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // While draining, a kept-alive connection ends with the answer in flight on it, instead of
    // idling out the keep-alive timeout and holding the shutdown up.
    if (closing) res.setHeader("connection", "close");
    const requestId = assignRequestId(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // Answers carry personal data: no browser, proxy or CDN may keep a copy.
    res.setHeader("cache-control", "no-store");
    const started = performance.now();
    const scope = newLogScope(component, requestId);
    logScopes.set(req, scope);
    serve(req, res, url, scope);
    res.on("finish", () => {
      log.info({ ...scopeFields(scope), method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) }, "request");
      // An answer that began before the drain leaves its connection idle: close it now.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  const serve = (req: IncomingMessage, res: ServerResponse, url: URL, scope: LogScope) =>
    void (async () => {
      for (const route of routes) {
        if (await route(req, res, url)) return;
      }
      sendJson(res, 404, { error: "Not found" });
    })().catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof PayloadTooLarge) return sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }] });
      logFailure(error, "request failed", scope);
      sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    port: address.port,
    server,
    // Stops accepting, lets requests in flight finish, and cuts what is still open after the drain timeout.
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        const cut = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
