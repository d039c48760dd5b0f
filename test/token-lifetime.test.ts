/**
 * A token must say when it was issued and when it expires, may live no longer than its kind of
 * caller may (12 h for people, 24 h for systems by default), and is not taken before its time
 * (`iat`, `nbf`, with a small clock skew): at the gateway and at every subgraph reached directly,
 * on the first request and on every later one (verified tokens are remembered). The caller learns
 * only that the token did not do. `npm run token` and the demo tokens keep within the limits.
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { SignJWT, decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { DEFAULT_TOKEN_LIFETIME, durationSeconds, lifetimeProblem } from "../subgraphs/shared/auth/token-lifetime.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service?.close());

const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

interface TimeClaims {
  iat?: number;
  exp?: number;
  nbf?: number;
}

/** A token signed with the service's own key, with exactly the time claims given. */
async function signed(times: TimeClaims, role = "student", sub: string = OIDS.aino): Promise<string> {
  let jwt = new SignJWT({ role, ...(times.nbf !== undefined ? { nbf: times.nbf } : {}) })
    .setProtectedHeader({ alg: "ES256" })
    .setSubject(sub)
    .setIssuer(service.keys.issuer)
    .setAudience(service.keys.audience);
  if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt = jwt.setExpirationTime(times.exp);
  return jwt.sign(service.keys.signingKey!);
}

/** The gateway and every subgraph, each asked something any caller may ask. */
const doors = () => [
  ["gateway", service.gatewayUrl],
  ...Object.entries(service.subgraphUrls).map(([name, url]) => [`${name} subgraph`, url]),
];

async function expectRefusedEverywhere(token: string, times = 2) {
  for (const [door, url] of doors()) {
    for (let i = 0; i < times; i++) {
      const { status, body, text } = await postGraphQL(url!, "{ __typename }", { token });
      expect(status, `${door}: ${text}`).toBe(401);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      // Nothing of why: the reason is for the log.
      expect(body.errors?.[0]?.message).toBe("The access token is invalid or expired");
    }
  }
}

async function expectTakenEverywhere(token: string) {
  for (const [door, url] of doors()) {
    for (let i = 0; i < 2; i++) {
      const { status, body, text } = await postGraphQL(url!, "{ __typename }", { token });
      expect(status, `${door}: ${text}`).toBe(200);
      expect(body.data).toEqual({ __typename: "Query" });
    }
  }
}

describe("a token's time claims, at the gateway and at every subgraph", () => {
  it("refuses a token without exp, and one without iat", async () => {
    await expectRefusedEverywhere(await signed({ iat: now() }));
    await expectRefusedEverywhere(await signed({ exp: now() + HOUR }));
  });

  it("refuses a token that lives ten years, and one issued a day in the future", async () => {
    await expectRefusedEverywhere(await signed({ iat: now(), exp: now() + 10 * 365 * 24 * HOUR }));
    await expectRefusedEverywhere(await signed({ iat: now() + 24 * HOUR, exp: now() + 25 * HOUR }));
  });

  it("takes a person's token of 12 h and a system's of 24 h, and not a second more", async () => {
    const issued = now();
    await expectTakenEverywhere(await signed({ iat: issued, exp: issued + 12 * HOUR }));
    await expectRefusedEverywhere(await signed({ iat: issued, exp: issued + 12 * HOUR + 1 }));
    const system = "rantala-sis";
    await expectTakenEverywhere(await signed({ iat: issued, exp: issued + 24 * HOUR }, "service", system));
    await expectRefusedEverywhere(await signed({ iat: issued, exp: issued + 24 * HOUR + 1 }, "service", system));
    // A person's token cannot borrow a system's lifetime.
    await expectRefusedEverywhere(await signed({ iat: issued, exp: issued + 20 * HOUR }));
  });

  it("forgives an issuer's clock a little ahead of ours, and measures the lifetime from an earlier nbf", async () => {
    await expectTakenEverywhere(await signed({ iat: now() + 30, exp: now() + HOUR }));
    // nbf an hour before iat: the token has been usable for 12 h + 1 h, too long.
    await expectRefusedEverywhere(await signed({ iat: now(), nbf: now() - HOUR, exp: now() + 12 * HOUR }));
  });

  it("refuses a token before its nbf on every call, and takes it from then on", async () => {
    // A gateway whose skew is one second, so that the wait stays short; the subgraphs keep theirs.
    const keys = { ...service.keys, lifetime: { ...DEFAULT_TOKEN_LIFETIME, clockSkewSeconds: 1 } };
    const gateway = await createGateway({ keys, subgraphUrls: service.subgraphUrls });
    const server = await listen(gateway.routes, 0);
    try {
      const url = `${server.url}/graphql`;
      const validFrom = now() + 3;
      const token = await signed({ iat: now(), nbf: validFrom, exp: validFrom + HOUR });
      for (let i = 0; i < 3; i++) {
        expect((await postGraphQL(url, "{ me { oid } }", { token })).status).toBe(401);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      // Until then: refused at each subgraph too (skew 60 s, so nbf must lie further ahead there).
      await expectRefusedEverywhere(await signed({ iat: now(), nbf: now() + 120, exp: now() + 2 * HOUR }), 3);
      await new Promise((resolve) => setTimeout(resolve, (validFrom - 1) * 1000 - Date.now() + 100));
      const { status, body } = await postGraphQL(url, "{ me { oid } }", { token });
      expect(status).toBe(200);
      expect(body.data.me.oid).toBe(OIDS.aino);
    } finally {
      await server.close();
      await gateway.stop();
    }
  });

  it("checks a remembered token by the same rules as a new one", () => {
    const policy = DEFAULT_TOKEN_LIFETIME;
    const times = { iat: 1000, exp: 1000 + HOUR };
    expect(lifetimeProblem(times, "student", policy, 1000)).toBeUndefined();
    expect(lifetimeProblem(times, "student", policy, 1000 + HOUR)).toBe("expired");
    expect(lifetimeProblem({ ...times, nbf: 2000 }, "student", policy, 1000)).toBe("not valid yet (nbf)");
  });
});

describe("minting", () => {
  it("refuses to mint past the role's maximum, or cuts to it when asked", async () => {
    await expect(mintToken(service.keys, { sub: OIDS.aino, role: "student" }, "13h")).rejects.toThrow(/at most 12 h/);
    const clipped = decodeJwt(await mintToken(service.keys, { sub: OIDS.aino, role: "student" }, "2d", { clipToMaximum: true }));
    expect(clipped.exp! - clipped.iat!).toBe(12 * HOUR);
    const system = decodeJwt(await mintToken(service.keys, { sub: "ehoks-gateway", role: "gateway" }));
    expect(system.exp! - system.iat!).toBe(24 * HOUR);
    expect(durationSeconds("90 min")).toBe(5400);
    expect(durationSeconds("forever")).toBeUndefined();
  });

  describe("npm run token", () => {
    const run = promisify(execFile);
    const env: NodeJS.ProcessEnv = { ...process.env, JWT_DEV_KEY_FILE: join(mkdtempSync(join(tmpdir(), "ehoks-token-")), "dev-key.json") };
    const token = (...args: string[]) => run(process.execPath, ["--import", "tsx", "scripts/token.ts", ...args], { env }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

    it("mints a demo role's token for the longest a person may have, and refuses a longer one with a clear message", { timeout: 60_000 }, async () => {
      const aino = await token("aino");
      expect(aino.code).toBe(0);
      const claims = decodeJwt(aino.stdout.trim());
      expect(claims.exp! - claims.iat!).toBe(12 * HOUR);
      const tooLong = await token("aino", "--expires", "13h");
      expect(tooLong.code).toBe(2);
      expect(tooLong.stderr).toMatch(/A student token may live at most 12 h \(JWT_MAX_LIFETIME_HOURS\); 13 h was asked for/);
      const system = await token("--role", "service", "--sub", "1.2.246.562.24.1", "--expires", "24h");
      expect(system.code).toBe(0);
      expect(decodeJwt(system.stdout.trim())).toMatchObject({ role: "service" });
      expect((await token("--role", "service", "--sub", "1.2.246.562.24.1", "--expires", "25h")).code).toBe(2);
    });

    it("follows JWT_MAX_LIFETIME_HOURS, checked at start", { timeout: 60_000 }, async () => {
      env.JWT_MAX_LIFETIME_HOURS = "1";
      try {
        expect((await token("aino", "--expires", "2h")).stderr).toMatch(/at most 1 h/);
        env.JWT_MAX_LIFETIME_HOURS = "never";
        const bad = await token("aino");
        expect(bad.code).toBe(2);
        expect(bad.stderr).toMatch(/JWT_MAX_LIFETIME_HOURS: must be a positive number/);
      } finally {
        delete env.JWT_MAX_LIFETIME_HOURS;
      }
    });
  });
});
