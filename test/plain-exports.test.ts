// First, as in the modules that load @apollo/gateway.
import "../gateway/plain-exports.js";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

  // A fresh process per module: this worker may have loaded @apollo/gateway before this file ran.
  const tooLateAfter = (specifier: string): boolean => {
    const script = `await import(${JSON.stringify(specifier)}); const { flattenedTooLate } = await import("./gateway/plain-exports.ts"); console.log(JSON.stringify(flattenedTooLate()));`;
    return JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" }).trim().split("\n").at(-1)!) as boolean;
  };

  it("are made before @apollo/gateway takes the getters, whichever module that loads it a process imports first", () => {
    // Every module that loads @apollo/gateway itself, and the gateway and whole service above them.
    const loaders = ["gateway", "scripts", "subgraphs", "bench"]
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => join(dir, file)))
      .filter((file) => file.endsWith(".ts") && /^import (?!type )[^;]*from "@apollo\/gateway"/m.test(readFileSync(file, "utf8")));
    expect(loaders).toContain(join("gateway", "apollo-gateway.ts"));
    for (const specifier of [...loaders.map((file) => `./${file}`), "./gateway/gateway.ts", "./scripts/service.ts"]) {
      expect(tooLateAfter(specifier), specifier).toBe(false);
    }
    // The check sees it when @apollo/gateway comes first.
    expect(tooLateAfter("@apollo/gateway")).toBe(true);
  }, 120_000);
});
