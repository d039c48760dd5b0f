/**
 * The whole service in one process: the three subgraphs and the gateway, each on its own port,
 * sharing one database. `npm start` and the end-to-end tests both start it through here.
 */
import type { Db } from "../drizzle/db.js";
import type { ReadReplicas } from "../drizzle/read-replicas.js";
import { createGateway } from "../gateway/gateway.js";
import { DEMO_ROLES } from "./demo/demo-roles.js";
import type { RateLimit } from "../gateway/rate-limit.js";
import type { TrustedDocuments } from "../gateway/trusted-documents.js";
import type { EdgeLimits } from "../subgraphs/shared/edge-limits.js";
import { SUBGRAPHS, DEFAULT_PORTS } from "../subgraphs/registry.js";
import type { TokenKeys } from "../subgraphs/shared/auth/keys.js";
import { AuditLog } from "../subgraphs/shared/audit/audit-log.js";
import type { Clock } from "../subgraphs/shared/clock.js";
import { listen, type RunningServer } from "../subgraphs/shared/http/http-server.js";
import { startSubgraph } from "../subgraphs/shared/subgraph-server.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "../subgraphs/shared/subgraph.js";

export interface ServiceOptions {
  db: Db;
  /** Read replicas of `db` for the subgraphs' scoped reads (`DATABASE_READ_URL`). */
  reads?: ReadReplicas;
  clock: Clock;
  keys: TokenKeys;
  host?: string;
  /** Ports by process; 0 picks a free one (tests). Defaults: gateway 4000, subgraphs 4001–4003. */
  ports?: Partial<Record<SubgraphName | "gateway", number>>;
  subgraphTimeoutMs?: number;
  rateLimit?: RateLimit;
  anonymousRateLimit?: RateLimit;
  proxyHops?: number;
  /** Rate limits shared through this Redis (gateway/rate-limit-shared.ts). */
  redisUrl?: string;
  /** Query limits, the same at the gateway and at each subgraph. */
  limits?: EdgeLimits;
  /** The audit trail; by default one that stores to `db` only (no JSON-lines file). */
  audit?: AuditLog;
  /** Another supergraph than the committed one (`SUPERGRAPH`: ours with partners). */
  supergraphSdl?: string;
  /** Only these registered operations run at the gateway (`TRUSTED_DOCUMENTS`). */
  trustedDocuments?: TrustedDocuments;
  /** Introspection and Sandbox off; by default as NODE_ENV says. */
  production?: boolean;
}

export interface RunningService {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  audit: AuditLog;
  stop(): Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const audit = options.audit ?? new AuditLog({ db: options.db });
  const deps = { db: options.db, reads: options.reads, clock: options.clock, keys: options.keys, audit };
  const port = (name: SubgraphName | "gateway") => options.ports?.[name] ?? DEFAULT_PORTS[name];
  const subgraphs = {} as Record<SubgraphName, RunningServer>;
  const subgraphUrls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    subgraphs[name] = await startSubgraph(SUBGRAPHS[name], deps, port(name), options.host, options.limits);
    subgraphUrls[name] = `${subgraphs[name].url}/graphql`;
  }
  const explorerRoles = Object.entries(DEMO_ROLES).map(([name, role]) => ({ name, ...role }));
  const gateway = await createGateway({
    keys: options.keys,
    subgraphUrls,
    supergraphSdl: options.supergraphSdl,
    trustedDocuments: options.trustedDocuments,
    production: options.production,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    rateLimit: options.rateLimit,
    anonymousRateLimit: options.anonymousRateLimit,
    proxyHops: options.proxyHops,
    redisUrl: options.redisUrl,
    limits: options.limits,
    explorerRoles,
    clock: options.clock,
  });
  const gatewayServer = await listen(gateway.routes, port("gateway"), options.host, "gateway");
  return {
    gatewayUrl: `${gatewayServer.url}/graphql`,
    subgraphUrls,
    audit,
    async stop() {
      await gatewayServer.close();
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.close()));
      // After the last request: queued reads are stored before the caller closes the database.
      await audit.close();
    },
  };
}
