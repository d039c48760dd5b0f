/**
 * One process of the service under test, as it would be deployed: `BENCH_ROLE` says which.
 *   floor      L0: one hand-written SQL statement per request, its JSON sent as it comes
 *   subgraphs  the three subgraphs on one port (/<name>/graphql); BENCH_GUARDED=1 with shield
 *              rules and the audit trail (L3), otherwise without (L1: the rules' SQL, which is
 *              the data path itself, stays on); BENCH_AUDIT=0|1 overrides read auditing alone
 *   gateway    our gateway over the subgraphs at BENCH_SUBGRAPHS (L2 over L1's, L3 over L3's)
 *   hive       Hive Gateway over the subgraphs at BENCH_SUBGRAPHS, its planner BENCH_HIVE_PLANNER
 *              (javascript or rust): the gateways side by side (`npm run bench -- --gateways`)
 * Every process answers `/__stats` (statements sent, CPU time used, peak memory; POST resets the peak) and
 * prints one JSON line with its URL when ready.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import postgres from "postgres";
import { openDatabase } from "../../drizzle/db.js";
import { statementsExecuted } from "../../drizzle/statement-counter.js";
import { createGateway } from "../../gateway/gateway.js";
import { hiveGatewayRuntime, withSubgraphUrls } from "../../gateway/hive/hive-gateway.js";
import { readSupergraph } from "../../gateway/supergraph.js";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { AuditLog } from "../../subgraphs/shared/audit/audit-log.js";
import type { TokenKeys } from "../../subgraphs/shared/auth/keys.js";
import type { EhoksClaims } from "../../subgraphs/shared/auth/principal.js";
import { mintToken } from "../../subgraphs/shared/auth/tokens.js";
import { fixedClock } from "../../subgraphs/shared/clock.js";
import { listen, type Route } from "../../subgraphs/shared/http/http-server.js";
import { createSubgraphRoutes } from "../../subgraphs/shared/subgraph-server.js";
import { SUBGRAPH_NAMES } from "../../subgraphs/shared/subgraph.js";
import { BENCH_TODAY } from "./dataset.js";
import { SCENARIOS } from "./scenarios.js";
import { benchKeys } from "./bench-keys.js";

/** The control arm's audit trail: writes are recorded, reads are not. */
class ReadsNotAudited extends AuditLog {
  override storeRuns(): Promise<void> {
    return Promise.resolve();
  }
}

const databaseUrl = process.env.DATABASE_URL!;
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const unlimited = { burst: 1e12, perSecond: 1e12 };

// The sampler's CPU is charged to the level measured. `memoryUsage.rss()`, not `memoryUsage()`:
// the full call also gathers the heap's statistics (~70 against ~40 µs idle); and five times a
// second, not twenty: under load a call took ~0.3 ms, and at twenty it was ~1 % of a loaded
// gateway's CPU profile.
let peakRss = process.memoryUsage.rss();
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 200).unref();
let extraStatements = 0;

function statsRoute(): Route {
  return async (req, res, url) => {
    if (url.pathname !== "/__stats") return false;
    const cpu = process.cpuUsage();
    const stats = { statements: statementsExecuted() + extraStatements, cpuMs: (cpu.user + cpu.system) / 1000, peakRss };
    if (req.method === "POST") peakRss = process.memoryUsage.rss();
    res.end(JSON.stringify(stats));
    return true;
  };
}

async function body(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

async function floor(keys: TokenKeys): Promise<string> {
  const client = postgres(databaseUrl, { max: poolSize, prepare: true, onnotice: () => {} });
  const stats = statsRoute();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (await stats(req, res, url)) return;
      if (url.pathname === "/__tokens") {
        const claims = (await body(req)) as EhoksClaims[];
        return res.end(JSON.stringify(await Promise.all(claims.map((c) => mintToken(keys, c, "2h")))));
      }
      const scenario = SCENARIOS.find((s) => url.pathname === `/${s.name}`);
      if (!scenario) return res.writeHead(404).end();
      const caller = await body(req);
      extraStatements += 1;
      const [row] = await client.unsafe(`select body::text as body from (${scenario.sql}) as floor`, scenario.sqlParameters(caller) as never[]);
      res.setHeader("content-type", "application/json");
      res.end(row!.body);
    })().catch((error) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

async function subgraphs(keys: TokenKeys, guarded: boolean, auditReads: boolean): Promise<string> {
  // DATABASE_READ_URL: the scoped reads go to streaming replicas (`npm run bench -- --replica`).
  const readUrls = process.env.DATABASE_READ_URL?.split(",").filter(Boolean);
  const database = await openDatabase({ url: databaseUrl, maxConnections: poolSize, readUrls });
  const audit = auditReads ? new AuditLog({ db: database.db }) : new ReadsNotAudited({ db: database.db });
  const deps = { db: database.db, reads: database.reads, clock: fixedClock(BENCH_TODAY), keys, audit };
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
  return (await listen([statsRoute(), routed], 0)).url;
}

async function gateway(keys: TokenKeys, subgraphsUrl: string): Promise<string> {
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `${subgraphsUrl}/${n}/graphql`])) as never;
  const handle = await createGateway({ keys, subgraphUrls, rateLimit: unlimited, production: true });
  return `${(await listen([statsRoute(), ...handle.routes], 0)).url}/graphql`;
}

/** Hive Gateway as the bench would deploy it: the committed supergraph, nothing in front. */
async function hive(subgraphsUrl: string, rustQueryPlanner: boolean): Promise<string> {
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `${subgraphsUrl}/${n}/graphql`]));
  const runtime = await hiveGatewayRuntime(withSubgraphUrls(readSupergraph(), subgraphUrls), { rustQueryPlanner });
  const served: Route = async (req, res, url) => {
    if (url.pathname !== "/graphql") return false;
    await runtime(req, res);
    return true;
  };
  return `${(await listen([statsRoute(), served], 0)).url}/graphql`;
}

const keys = await benchKeys();
const role = process.env.BENCH_ROLE;
const url =
  role === "floor"
    ? await floor(keys)
    : role === "subgraphs"
      ? await subgraphs(keys, process.env.BENCH_GUARDED === "1", (process.env.BENCH_AUDIT ?? process.env.BENCH_GUARDED) === "1")
      : role === "gateway"
        ? await gateway(keys, process.env.BENCH_SUBGRAPHS!)
        : role === "hive"
          ? await hive(process.env.BENCH_SUBGRAPHS!, process.env.BENCH_HIVE_PLANNER === "rust")
          : undefined;
if (!url) throw new Error("BENCH_ROLE: floor, subgraphs, gateway or hive");
console.log(JSON.stringify({ url }));

// A clean exit on SIGTERM, so that `node --cpu-prof` writes its profile.
process.on("SIGTERM", () => process.exit(0));
