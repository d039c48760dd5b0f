/**
 * The label table the web app shows codes with (`koodistonNimet`, subgraphs/hoks/codes): every code
 * the example plans use from the named code sets has a name in fi, sv and en; the table is served
 * through the gateway to any signed-in caller, filtered by code set, and to nobody without a token.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeNames } from "../subgraphs/hoks/codes/code-names.data.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

const EXAMPLES = "/work/shared/examples/ehoks-v1";
const NAMED_SETS = ["osaamisenhankkimistapa", "urasuunnitelma", "osaamisentodentamisenprosessi", "ammatillinenkoulutusoppimisentuentyyppi", "oppisopimuksenperusta"];

function codeUrisIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => codeUrisIn(v, found));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key.endsWith("koodi-uri") && typeof v === "string") found.add(v);
      else codeUrisIn(v, found);
    }
  }
  return found;
}

describe("code names", () => {
  it("name every code the example plans use from the named code sets, in fi, sv and en", () => {
    const used = new Set<string>();
    for (const file of readdirSync(EXAMPLES).filter((f) => f.startsWith("valid-"))) codeUrisIn(JSON.parse(readFileSync(join(EXAMPLES, file), "utf8")), used);
    const named = new Map(codeNames().map((c) => [c.koodiUri, c]));
    const wanted = [...used].filter((uri) => NAMED_SETS.includes(uri.split("_")[0]!));
    expect(wanted.length).toBeGreaterThan(5);
    for (const uri of wanted) {
      const name = named.get(uri);
      expect(name, uri).toBeDefined();
      for (const language of ["fi", "sv", "en"] as const) expect(name![language].length, `${uri} ${language}`).toBeGreaterThan(0);
    }
  });

  it("name every code the demo data and example plans use, in every code set but the units' (numbered in the app, named by the curriculum)", () => {
    const inPlans = new Set<string>();
    for (const dir of [EXAMPLES, "drizzle/seed/ehoks-v1"]) {
      for (const file of readdirSync(dir).filter((f) => f.startsWith("valid-"))) codeUrisIn(JSON.parse(readFileSync(join(dir, file), "utf8")), inPlans);
    }
    const codeSetOf = (uri: string) => uri.split("_")[0]!;
    const codeSets = new Set([...inPlans].map(codeSetOf));
    // The demo's own plans and feedback students, written in TypeScript: their code URIs of the same code sets.
    const inDemo = readdirSync("scripts/demo")
      .filter((f) => f.endsWith(".ts"))
      .flatMap((file) => [...readFileSync(join("scripts/demo", file), "utf8").matchAll(/"([a-z]+_[a-z0-9]+)"/g)].map((m) => m[1]!))
      .filter((uri) => codeSets.has(codeSetOf(uri)));
    const named = new Map(codeNames().map((c) => [c.koodiUri, c]));
    const used = [...new Set([...inPlans, ...inDemo])].filter((uri) => codeSetOf(uri) !== "tutkinnonosat");
    expect(used).toEqual(expect.arrayContaining(["ammatillisenoppiaineet_vvai", "ammatillisentutkinnonosanryhma_1", "koulutuksenosattuva_102", "koulutuksenosattuva_104"]));
    for (const uri of used) {
      const name = named.get(uri);
      expect(name, uri).toBeDefined();
      for (const language of ["fi", "sv", "en"] as const) expect(name![language].length, `${uri} ${language}`).toBeGreaterThan(0);
    }
    // Not checked against Koodisto's own wording: served as stand-ins, and said so.
    expect(named.get("ammatillisenoppiaineet_vvai")?.koodistonNimi).toBe(false);
  });

  describe("through the gateway", () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startTestService({ plans: false });
    });
    afterAll(async () => service?.close());

    it("answers a signed-in caller, filtered by code set", async () => {
      const all = await postGraphQL(service.gatewayUrl, "{ koodistonNimet { koodiUri koodisto koodiarvo fi sv en koodistonNimi } }", { token: await service.token("ville") });
      expect(all.body.errors).toBeUndefined();
      expect(all.body.data.koodistonNimet).toContainEqual({ koodiUri: "osaamisenhankkimistapa_koulutussopimus", koodisto: "osaamisenhankkimistapa", koodiarvo: "koulutussopimus", fi: "Koulutussopimus", sv: "Utbildningsavtal", en: "Training agreement", koodistonNimi: true });
      const some = await postGraphQL(service.gatewayUrl, '{ koodistonNimet(koodistot: ["urasuunnitelma"]) { koodisto } }', { token: await service.token("aino") });
      expect(some.body.data.koodistonNimet.length).toBeGreaterThan(0);
      expect(new Set(some.body.data.koodistonNimet.map((c: { koodisto: string }) => c.koodisto))).toEqual(new Set(["urasuunnitelma"]));
    });

    it("answers nobody without a token", async () => {
      const response = await postGraphQL(service.gatewayUrl, "{ koodistonNimet { koodiUri } }");
      expect(response.body.data?.koodistonNimet).toBeUndefined();
      expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });
});
