/** The whole service over real HTTP on free ports, with real tokens from a throw-away key pair. */
import { startService, type RunningService } from "../../scripts/service.js";
import { DEMO_ROLES } from "../../scripts/demo/demo-roles.js";
import { generateTokenKeys, type TokenKeys } from "../../subgraphs/shared/auth/keys.js";
import type { EhoksClaims } from "../../subgraphs/shared/auth/principal.js";
import { mintToken } from "../../subgraphs/shared/auth/tokens.js";
import { movableClock } from "../../subgraphs/shared/clock.js";
import { createSeededDatabase, type SeededDatabase } from "./seeded-database.js";

export interface TestService extends RunningService {
  database: SeededDatabase;
  keys: TokenKeys;
  clock: ReturnType<typeof movableClock>;
  token(role: keyof typeof DEMO_ROLES | EhoksClaims): Promise<string>;
  close(): Promise<void>;
}

/**
 * The service over the demo world; with `plans: false` the world has no plans yet (write tests),
 * with `sharing: true` it has Aino's demo consent and share link (the examples of operations/), with
 * `feedbackShowcase: true` the feedback showcase's students and triggers (the feedback examples).
 */
export async function startTestService(options: { plans?: boolean; sharing?: boolean; feedbackShowcase?: boolean } = {}): Promise<TestService> {
  const database = await createSeededDatabase(options);
  const keys = await generateTokenKeys();
  const clock = movableClock("2026-02-01");
  // Tests fire many requests per identity, and many without a token from one address; the rate
  // limits have tests of their own.
  const rateLimit = { burst: 1_000_000, perSecond: 1_000_000 };
  const service = await startService({ db: database.db, clock, keys, rateLimit, anonymousRateLimit: rateLimit, ports: { gateway: 0, hoks: 0, persons: 0, consents: 0 } });
  return {
    ...service,
    database,
    keys,
    clock,
    token: (role) => mintToken(keys, typeof role === "string" ? DEMO_ROLES[role]!.claims : role, "5m"),
    async close() {
      await service.stop();
      await database.close();
    },
  };
}

export interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

export async function postGraphQL(url: string, query: string, options: { token?: string; variables?: Record<string, unknown> } = {}): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables: options.variables }) });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}
