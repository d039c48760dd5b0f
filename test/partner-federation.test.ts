/**
 * A partner joins by configuration: the sample ePerusteet-like subgraph composes in, its unit
 * names come back through our gateway next to our fields, the disclosure rules still decide
 * which of our units (and so which codes) a caller reaches, and the partner receives neither the
 * caller's token nor a code the caller could not have read. Partners that reach for our data are
 * refused at composition, in plain words.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { composeSupergraph, CompositionFailed } from "../schema/composition.js";
import { readPartnerConfig } from "../schema/partner-config.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { SAMPLE_PARTNER_SDL, startSamplePartner } from "./partner/sample-partner.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
let partner: Awaited<ReturnType<typeof startSamplePartner>>;
let gatewayUrl: string;
let closeGateway: () => Promise<void>;

beforeAll(async () => {
  service = await startTestService();
  partner = await startSamplePartner();
  const { supergraphSdl } = await composeSupergraph([{ name: "eperusteet", url: partner.url, sdl: SAMPLE_PARTNER_SDL }]);
  const gateway = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, supergraphSdl, rateLimit: { burst: 1e6, perSecond: 1e6 } });
  const server = await listen(gateway.routes, 0);
  gatewayUrl = `${server.url}/graphql`;
  closeGateway = async () => (await server.close(), await gateway.stop());
});
afterAll(async () => {
  await closeGateway?.();
  await partner?.stop();
  await service?.close();
});

const UNITS = `hankittavatAmmatTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsa { koodiUri nimi } peruste { diaarinumero nimi } }`;

async function ask(role: Parameters<TestService["token"]>[0], query: string) {
  partner.calls.length = 0;
  return (await postGraphQL(gatewayUrl, query, { token: await service.token(role) })).body;
}

describe("a partner subgraph composed in", () => {
  it("adds unit and curriculum names next to our fields in one query", async () => {
    const body = await ask("aino", `{ me { hoksit { ${UNITS} } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.me.hoksit[0].hankittavatAmmatTutkinnonOsat).toEqual([
      { tutkinnonOsaKoodiUri: "tutkinnonosat_106729", tutkinnonOsa: { koodiUri: "tutkinnonosat_106729", nimi: "Myynnin ja asiakaspalvelun perusteet" }, peruste: { diaarinumero: "OPH-2629-2017", nimi: "Peruste OPH-2629-2017" } },
      { tutkinnonOsaKoodiUri: "tutkinnonosat_106730", tutkinnonOsa: { koodiUri: "tutkinnonosat_106730", nimi: "Tutkinnon osa 106730" }, peruste: null },
    ]);
  });

  it("names many units in one request through tutkinnonOsat(koodiUrit), each once, in the order asked", async () => {
    const body = await ask("aino", `{ tutkinnonOsat(koodiUrit: ["tutkinnonosat_106727", "tutkinnonosat_106729", "tutkinnonosat_106727"]) { koodiUri nimi } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.tutkinnonOsat).toEqual([
      { koodiUri: "tutkinnonosat_106727", nimi: "Asiakaspalvelu ja myynti" },
      { koodiUri: "tutkinnonosat_106729", nimi: "Myynnin ja asiakaspalvelun perusteet" },
    ]);
    const bad = await ask("aino", `{ tutkinnonOsat(koodiUrit: ["tutkinnonosat_106727", "osaamisenhankkimistapa_x"]) { koodiUri } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", problems: [{ path: "koodiUrit.1" }] });
    const tooMany = await ask("aino", `{ tutkinnonOsat(koodiUrit: ${JSON.stringify(Array.from({ length: 101 }, (_, i) => `tutkinnonosat_${i + 1}`))}) { koodiUri } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", problems: [{ path: "koodiUrit" }] });
  });

  it("tells the web app that units have names here (/app-config.json unitNames), as the gateway without it does not", async () => {
    const config = async (url: string) => (await (await fetch(new URL("/app-config.json", url))).json()) as { unitNames: boolean };
    expect((await config(gatewayUrl)).unitNames).toBe(true);
    expect((await config(service.gatewayUrl)).unitNames).toBe(false);
  });

  it("serves its own root fields through our gateway", async () => {
    const body = await ask("liisa", `{ ePerusteetTutkinnonOsa(koodiUri: "tutkinnonosat_106727") { nimi } }`);
    expect(body.data.ePerusteetTutkinnonOsa).toEqual({ nimi: "Asiakaspalvelu ja myynti" });
  });

  it("never receives the caller's token, share link or address", async () => {
    await ask("aino", `{ me { hoksit { ${UNITS} } } }`);
    expect(partner.calls.length).toBeGreaterThan(0);
    for (const call of partner.calls) {
      expect(call.headers.authorization).toBeUndefined();
      expect(call.headers["x-share-link"]).toBeUndefined();
      expect(call.headers["x-forwarded-for"]).toBeUndefined();
    }
  });

  it("leaves our disclosure rules in charge: an instructor's units and codes only", async () => {
    const kaisa = await ask("kaisa", `{ workplaceAssignments { ${UNITS} } }`);
    expect(kaisa.data.workplaceAssignments[0].hankittavatAmmatTutkinnonOsat).toEqual([
      { tutkinnonOsaKoodiUri: "tutkinnonosat_106730", tutkinnonOsa: { koodiUri: "tutkinnonosat_106730", nimi: "Tutkinnon osa 106730" }, peruste: null },
    ]);
    const received = partner.calls.flatMap((call) => call.representations);
    expect(received).toEqual([{ __typename: "TutkinnonOsa", koodiUri: "tutkinnonosat_106730" }]);
  });

  it("makes a reference only from what the caller may see of a unit: an instructor, the Employment Fund", async () => {
    const planQuery = `{ hoks(id: ${service.database.planIds.full}) { hankittavatAmmatTutkinnonOsat {
      tutkinnonOsaKoodiUri tutkinnonOsanPerusteenDiaarinro tutkinnonOsa { koodiUri } peruste { diaarinumero } } } }`;
    for (const who of ["ville", "tyollisyysrahasto", "aino"] as const) {
      const units = (await ask(who, planQuery)).data.hoks.hankittavatAmmatTutkinnonOsat as Record<string, any>[];
      expect(units.length, who).toBeGreaterThan(0);
      for (const unit of units) {
        expect(unit.tutkinnonOsa, who).toEqual(unit.tutkinnonOsaKoodiUri ? { koodiUri: unit.tutkinnonOsaKoodiUri } : null);
        expect(unit.peruste, who).toEqual(unit.tutkinnonOsanPerusteenDiaarinro ? { diaarinumero: unit.tutkinnonOsanPerusteenDiaarinro } : null);
      }
    }
  });

  it("sends nothing at all for a plan the caller may not see", async () => {
    const bertta = await ask("bertta", `{ hoks(id: ${service.database.planIds.full}) { ${UNITS} } }`);
    expect(bertta.data.hoks).toBeNull();
    expect(partner.calls).toEqual([]);
  });
});

describe("the partner configuration", () => {
  const configFile = (entries: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), "ehoks-partners-"));
    writeFileSync(join(dir, "eperusteet.graphql"), SAMPLE_PARTNER_SDL);
    writeFileSync(join(dir, "partners.json"), JSON.stringify(entries));
    return join(dir, "partners.json");
  };

  it("takes a partner's SDL from a file, or from its running subgraph's _service", async () => {
    const fromFile = await readPartnerConfig(configFile([{ name: "eperusteet", url: partner.url, sdlFile: "eperusteet.graphql" }]));
    const fetched = await readPartnerConfig(configFile([{ name: "eperusteet", url: partner.url, fetchSdl: true }]));
    expect(fromFile[0]!.sdl).toBe(SAMPLE_PARTNER_SDL);
    expect(fetched[0]!.sdl).toMatch(/type TutkinnonOsa\b[^{]*@key\(fields: "koodiUri"\)/);
    const { supergraphSdl } = await composeSupergraph(fetched);
    expect(supergraphSdl).toContain(`@join__graph(name: "eperusteet", url: "${partner.url}")`);
  });

  it("names what is wrong with an entry", async () => {
    await expect(readPartnerConfig(configFile([{ name: "hoks", url: partner.url, sdlFile: "eperusteet.graphql" }]))).rejects.toThrow(/\[0\]\.name: "hoks" is already taken/);
    await expect(readPartnerConfig(configFile([{ name: "amosaa", url: "ftp://x" }]))).rejects.toThrow(/\[0\]\.url/);
    await expect(readPartnerConfig(configFile([{ name: "amosaa", url: partner.url }]))).rejects.toThrow(/sdlFile.*fetchSdl/);
    await expect(readPartnerConfig(configFile([{ name: "amosaa", url: "http://127.0.0.1:1/graphql", fetchSdl: true }]))).rejects.toThrow(/amosaa: could not reach/);
  });
});

describe("a partner that reaches for our data is refused at composition", () => {
  const refusal = async (sdl: string) => {
    const error = await composeSupergraph([{ name: "rogue", url: "http://localhost:1/graphql", sdl }]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CompositionFailed);
    return (error as CompositionFailed).problems.join("\n");
  };
  const FED = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@override", "@shareable"])`;

  it("extending a plan or a person (which would hand it their ids)", async () => {
    expect(await refusal(`${FED} type Hoks @key(fields: "id") { id: ID! extra: String }`)).toMatch(/rogue defines the type Hoks, which belongs to eHOKS: partners may extend only TutkinnonOsa, Peruste, PaikallinenTutkinnonOsa/);
    expect(await refusal(`${FED} type Henkilo @key(fields: "oid") { oid: ID! }`)).toMatch(/Henkilo, which belongs to eHOKS/);
  });

  it("taking over one of our fields, or answering one of our root fields", async () => {
    expect(await refusal(`${FED} type TutkinnonOsa @key(fields: "koodiUri") { koodiUri: ID! @override(from: "hoks") }`)).toMatch(/@override/);
    expect(await refusal(`${FED} type Query { hoks(id: ID!): String @shareable }`)).toMatch(/rogue defines Query.hoks, which eHOKS serves/);
  });

  it("explains a plain composition error in words", async () => {
    const problems = await refusal(`${FED} type TutkinnonOsa @key(fields: "koodiUri") { koodiUri: Int! }`);
    expect(problems).toMatch(/different types|FIELD_TYPE_MISMATCH/);
  });
});
