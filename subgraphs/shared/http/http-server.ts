/**
 * A small node:http host for Apollo Server: GraphQL at /graphql, health at /healthz, and any extra
 * routes a process adds (the REST door of the write path). Owning the HTTP layer keeps the body
 * limit, the error shape and shutdown in one place for the gateway and every subgraph.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { log } from "../log.js";

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

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A route handler answers true when it handled the request. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  path?: string;
  bodyLimitBytes?: number;
}

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
    let body: unknown = rawBody;
    if (rawBody && (headers.get("content-type") ?? "").includes("application/json")) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        sendJson(res, 400, { errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
        return true;
      }
    }
    const response = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
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

export const healthRoute: Route = async (_req, res, url) => {
  if (url.pathname !== "/healthz") return false;
  sendJson(res, 200, { status: "ok" });
  return true;
};

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and serves the routes in order; 404 for the rest. */
export async function listen(routes: Route[], port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    void (async () => {
      for (const route of routes) {
        if (await route(req, res, url)) return;
      }
      sendJson(res, 404, { error: "Not found" });
    })().catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof PayloadTooLarge) return sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }] });
      log.error({ err: error }, "request failed");
      sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
