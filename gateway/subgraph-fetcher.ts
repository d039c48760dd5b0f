/**
 * The gateway's calls to subgraphs over plain `node:http` with kept-alive connections. Node's
 * global `fetch` (undici) spent more of the gateway's CPU per call than anything of Apollo's
 * (web streams, a transferable abort signal and a timer per call; see bench/results/ladder.md);
 * this does the little the gateway's data source needs of a fetch response, and no more.
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { mutationWaitMs, WRITE_BUDGET_HEADER } from "../subgraphs/shared/http/write-budget.js";

export interface FetcherInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What RemoteGraphQLDataSource reads of a response. */
export interface FetcherResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export type Fetcher = (url: string, init?: FetcherInit) => Promise<FetcherResponse>;

/** Thrown when a subgraph does not answer in time; the gateway masks it like any failure. */
export class SubgraphTimeoutError extends Error {
  override name = "TimeoutError";
}

function responseOf(url: string, status: number, statusText: string, headers: IncomingHttpHeaders, body: string): FetcherResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    url,
    headers: {
      get(name) {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    text: async () => body,
    json: async () => JSON.parse(body),
  };
}

/**
 * The subgraph closed an idle kept-alive connection just as this call was sent on it, before any
 * answer: it never read the call, so sending it once more on a fresh connection is safe (Node's
 * documented pattern for `request.reusedSocket`). Fresh, not another pooled one: after a stall
 * of the event loop every pooled connection may have been closed the same way.
 */
const closedWhileIdle = (error: NodeJS.ErrnoException, reusedSocket: boolean) => reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE");

/**
 * How long a call may take: `timeoutMs`, or for a mutation given a commit budget, long enough past
 * that budget for the subgraph to decide the write's outcome and say so.
 */
function callTimeoutMs(init: FetcherInit, timeoutMs: number): number {
  const budget = init.headers?.[WRITE_BUDGET_HEADER];
  return budget ? mutationWaitMs(Number(budget)) : timeoutMs;
}

/** A fetcher whose every call (connect, send, whole answer) ends within its time (callTimeoutMs). */
export function subgraphFetcher(timeoutMs: number): Fetcher {
  const agents = { http: new Agent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  const send = (url: string, init: FetcherInit, firstAttempt: boolean): Promise<FetcherResponse> =>
    new Promise((resolve, reject) => {
      const secure = url.startsWith("https:");
      const agent = firstAttempt ? (secure ? agents.https : agents.http) : false;
      const call = (secure ? httpsRequest : httpRequest)(url, { method: init.method ?? "GET", headers: init.headers, agent });
      const waitMs = callTimeoutMs(init, timeoutMs);
      const timer = setTimeout(() => call.destroy(new SubgraphTimeoutError(`No answer within ${waitMs} ms`)), waitMs);
      let answered = false;
      call.on("error", (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        if (firstAttempt && !answered && closedWhileIdle(error, call.reusedSocket)) resolve(send(url, init, false));
        else reject(error);
      });
      call.on("response", (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", (error) => call.destroy(error));
        response.on("end", () => {
          clearTimeout(timer);
          const body = Buffer.concat(chunks).toString("utf8");
          resolve(responseOf(url, response.statusCode ?? 0, response.statusMessage ?? "", response.headers, body));
        });
      });
      call.end(init.body);
    });
  return (url, init = {}) => send(url, init, true);
}
