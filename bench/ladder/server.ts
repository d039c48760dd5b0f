/**
 * The service under test, in a process of its own so that the load generator does not share its
 * event loop: every level of the ladder on its own port, over the bench database.
 *   L0  one hand-written SQL statement per request, its JSON sent as it comes (the floor)
 *   L1  the subgraphs without shield rules and without read auditing, called directly
 *   L2  our gateway over those subgraphs
 *   L3  our gateway over the subgraphs as deployed: rules and the audit trail on
 * The rules' SQL (which rows a caller gets) is the data path itself and stays on at L1–L3.
 * Prints one JSON line with the URLs when ready; `/__stats` tells statements sent and peak memory.
 */
import { createServer, type IncomingMessage } from "node:http";
import postgres from "postgres";
import { openDatabase } from "../../drizzle/db.js";
import { statementsExecuted } from "../../drizzle/statement-counter.js";
import { createGateway } from "../../gateway/gateway.js";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { AuditLog } from "../../subgraphs/shared/audit/audit-log.js";
import { generateTokenKeys } from "../../subgraphs/shared/auth/keys.js";
import type { EhoksClaims } from "../../subgraphs/shared/auth/principal.js";
import { mintToken } from "../../subgraphs/shared/auth/tokens.js";
import { fixedClock } from "../../subgraphs/shared/clock.js";
import { listen, type Route } from "../../subgraphs/shared/http/http-server.js";
import { createSubgraphRoutes } from "../../subgraphs/shared/subgraph-server.js";
import { SUBGRAPH_NAMES } from "../../subgraphs/shared/subgraph.js";
import { BENCH_TODAY } from "./dataset.js";
import { SCENARIOS } from "./scenarios.js";

/** The control arm's audit trail: writes are recorded, reads are not. */
class ReadsNotAudited extends AuditLog {
  override queueReads(): void {}
}

const url = process.env.DATABASE_URL!;
const database = await openDatabase({ url, maxConnections: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const keys = await generateTokenKeys();
const clock = fixedClock(BENCH_TODAY);
const unlimited = { burst: 1e12, perSecond: 1e12 };

async function body(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

/** Every subgraph behind one port, at /<name>/graphql: one base URL for the load generator. */
async function subgraphsOnOnePort(guarded: boolean) {
  const audit = guarded ? new AuditLog({ db: database.db }) : new ReadsNotAudited({ db: database.db });
  const deps = { db: database.db, clock, keys, audit };
  const handles = Object.fromEntries(
    await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await createSubgraphRoutes(SUBGRAPHS[name], deps, { permissions: guarded })] as const)),
  );
  const routed: Route = async (req, res, requestUrl) => {
    const [, name, ...rest] = requestUrl.pathname.split("/");
    const handle = handles[name as keyof typeof handles];
    if (!handle) return false;
    const inner = new URL(`/${rest.join("/")}${requestUrl.search}`, requestUrl);
    for (const route of handle.routes) if (await route(req, res, inner)) return true;
    return false;
  };
  const server = await listen([routed], 0);
  const gateway = await createGateway({ keys, subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `${server.url}/${n}/graphql`])) as never, rateLimit: unlimited });
  const gatewayServer = await listen(gateway.routes, 0);
  return { subgraphs: server.url, gateway: `${gatewayServer.url}/graphql`, audit };
}

const floorClient = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), prepare: true, onnotice: () => {} });
let floorStatements = 0;
let peakRss = process.memoryUsage().rss;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50).unref();

const floor = createServer((req, res) => {
  void (async () => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/__stats") {
      const stats = { statements: statementsExecuted() + floorStatements, peakRss };
      if (req.method === "POST") peakRss = process.memoryUsage().rss;
      return res.end(JSON.stringify(stats));
    }
    if (path === "/__tokens") {
      const claims = (await body(req)) as EhoksClaims[];
      return res.end(JSON.stringify(await Promise.all(claims.map((c) => mintToken(keys, c, "2h")))));
    }
    const scenario = SCENARIOS.find((s) => path === `/${s.name}`);
    if (!scenario) return res.writeHead(404).end();
    const caller = await body(req);
    floorStatements += 1;
    const [row] = await floorClient.unsafe(`select body::text as body from (${scenario.sql}) as floor`, scenario.sqlParameters(caller) as never[]);
    res.setHeader("content-type", "application/json");
    res.end(row!.body);
  })().catch((error) => res.writeHead(500).end(String(error)));
});
await new Promise<void>((resolve) => floor.listen(0, "127.0.0.1", resolve));
const floorAddress = floor.address() as { port: number };

const unguarded = await subgraphsOnOnePort(false);
const guarded = await subgraphsOnOnePort(true);
console.log(
  JSON.stringify({
    L0: `http://127.0.0.1:${floorAddress.port}`,
    L1: unguarded.subgraphs,
    L2: unguarded.gateway,
    L3: guarded.gateway,
    L3subgraphs: guarded.subgraphs,
  }),
);
