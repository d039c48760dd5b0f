/**
 * Requests without a valid token (none, or one that does not verify) are rate-limited by the
 * address the gateway sees, at both doors, with 429 and Retry-After like a caller's own limit.
 * A caller's `x-forwarded-for` buys no fresh bucket unless the gateway is told it stands behind
 * proxies of ours; verified callers are never limited by their address; memory stays bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway, type GatewayOptions } from "../gateway/gateway.js";
import { RateLimiter } from "../gateway/rate-limit.js";
import { addressKey } from "../gateway/rate-limit-address.js";
import { generateTokenKeys } from "../subgraphs/shared/auth/keys.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service?.close());

/** A gateway of its own (so its buckets are fresh) over the test service's subgraphs. */
async function withGateway(options: Partial<GatewayOptions>, run: (base: string) => Promise<void>) {
  const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, anonymousRateLimit: { burst: 3, perSecond: 0.2 }, ...options });
  const server = await listen(gateway.routes, 0);
  try {
    await run(server.url);
  } finally {
    await server.close();
    await gateway.stop();
  }
}

const graphql = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: "{ me { oid } }" }) });

describe("requests without a valid token", () => {
  it("are limited per address at the GraphQL door: 401 until the burst is spent, then 429 with Retry-After", async () => {
    await withGateway({}, async (base) => {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await graphql(base)).status);
      expect(statuses).toEqual([401, 401, 401]);
      const refused = await graphql(base);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(["TOO_MANY_REQUESTS"]);
    });
  });

  it("count the same whether the token is missing, forged or garbage, and at the REST door alike", async () => {
    await withGateway({}, async (base) => {
      expect((await graphql(base, { authorization: "Bearer not-a-jwt" })).status).toBe(401);
      expect((await fetch(`${base}/api/v1/hoks/1`)).status).toBe(401);
      const forged = await mintToken(await generateTokenKeys(), { sub: "1.2.246.562.24.1", role: "oph" });
      expect((await graphql(base, { authorization: `Bearer ${forged}` })).status).toBe(401);
      const rest = await fetch(`${base}/api/v1/hoks/1`);
      expect(rest.status).toBe(429);
      expect(rest.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
      expect(await rest.json()).toMatchObject({ meta: {}, error: expect.any(String), code: "TOO_MANY_REQUESTS" });
      expect((await graphql(base, { authorization: "Bearer not-a-jwt" })).status).toBe(429);
    });
  });

  it("leave a verified caller at the same address alone", async () => {
    await withGateway({}, async (base) => {
      for (let i = 0; i < 4; i++) await graphql(base);
      expect((await graphql(base)).status).toBe(429);
      const aino = await graphql(base, { authorization: `Bearer ${await service.token("aino")}` });
      expect(aino.status).toBe(200);
    });
  });

  it("get no fresh bucket from an x-forwarded-for of their own", async () => {
    await withGateway({}, async (base) => {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await graphql(base, { "x-forwarded-for": `198.51.100.${i}` })).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });
  });

  it("behind one proxy of ours, are limited by the address that proxy saw", async () => {
    await withGateway({ proxyHops: 1 }, async (base) => {
      const from = (address: string) => graphql(base, { "x-forwarded-for": `203.0.113.9, ${address}` });
      for (let i = 0; i < 3; i++) expect((await from("198.51.100.1")).status).toBe(401);
      expect((await from("198.51.100.1")).status).toBe(429);
      // Another client behind the same proxy, and the first one lying about where it came from.
      expect((await from("198.51.100.2")).status).toBe(401);
      expect((await graphql(base, { "x-forwarded-for": "192.0.2.1, 198.51.100.1" })).status).toBe(429);
    });
  });
});

describe("the buckets", () => {
  it("stay within their bound, the longest unused going first", () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 2, perSecond: 0.1 }, () => now, 100);
    limiter.take("kept");
    for (let i = 0; i < 1000; i++) {
      now += 1;
      limiter.take(`address-${i}`);
      if (i % 10 === 0) limiter.take("kept");
    }
    expect(limiter.size).toBe(100);
    // "kept" was in use all along: still its own bucket, spent. "address-0" went, and starts afresh.
    expect(limiter.take("kept").allowed).toBe(false);
    expect(limiter.take("address-0").allowed).toBe(true);
  });

  it("count an IPv6 address by its /64, and an IPv4-mapped one as IPv4", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe(addressKey("2001:0db8:0001:0002:ffff:1:2:3"));
    expect(addressKey("2001:db8:1:2::1")).not.toBe(addressKey("2001:db8:1:3::1"));
    expect(addressKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("[2001:db8::1]:443")).toBe(addressKey("2001:db8::2"));
    expect(addressKey("192.0.2.7:8080")).toBe("192.0.2.7");
    expect(addressKey("not an address")).toBeUndefined();
  });
});
