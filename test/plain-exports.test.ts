// First, as in the entry points: before anything loads @apollo/gateway.
import "../gateway/plain-exports.js";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportsAsGatewaySees, FLATTENED_PACKAGES, liveExports } from "../gateway/plain-exports.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

const operation = (name: string) => readFileSync(`operations/${name}.graphql`, "utf8");

describe("plain exports for the gateway's CommonJS packages (gateway/plain-exports.ts)", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service?.close());

  it("give @apollo/gateway values instead of getters, and after it served still the values the getters give", async () => {
    // Two fetches merged and shaped (an official's list) and one nested plan: the paths that use the packages.
    const official = await postGraphQL(service.gatewayUrl, operation("official-students"), { token: await service.token("liisa"), variables: { first: 20 } });
    const student = await postGraphQL(service.gatewayUrl, operation("student-my-plans"), { token: await service.token("aino") });
    expect(official.body.errors).toBeUndefined();
    expect(official.body.data.opiskelijalista.nodes.length).toBeGreaterThan(0);
    expect(student.body.errors).toBeUndefined();

    for (const name of FLATTENED_PACKAGES) {
      const plain = exportsAsGatewaySees(name) as Record<string, unknown>;
      const live = liveExports.get(name) as Record<string, unknown>;
      expect(plain, name).not.toBe(live);
      const keys = Object.getOwnPropertyNames(live);
      expect(Object.getOwnPropertyNames(plain), name).toEqual(keys);
      for (const key of keys) {
        expect(Object.getOwnPropertyDescriptor(plain, key)!.get, `${name}.${key}`).toBeUndefined();
        expect(plain[key], `${name}.${key}`).toBe(live[key]);
      }
    }
  });

  it("are made first by every entry point that runs the gateway", () => {
    for (const file of ["gateway/main.ts", "scripts/start.ts", "scripts/service.ts", "bench/ladder/server.ts"]) {
      const firstImport = readFileSync(file, "utf8").match(/^import .*$/m)?.[0];
      expect(firstImport, file).toMatch(/^import "[./]*(gateway\/)?plain-exports\.js";$/);
    }
  });
});
