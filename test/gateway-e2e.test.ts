/**
 * End to end over real HTTP: the gateway composed from the committed supergraph, the three
 * subgraphs on their own ports, real signed tokens, a real database.
 */
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { generateTokenKeys } from "../subgraphs/shared/auth/keys.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { exampleDocument } from "./support/examples.js";
import { asEhoksDocument, FULL_HOKS_FIELDS } from "./support/full-hoks.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());

const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

describe("the student through the gateway", () => {
  it("reads her whole plan, with every section of valid-full.json and the same values", async () => {
    const token = await service.token("aino");
    const { status, body } = await postGraphQL(service.gatewayUrl, `{ me { oid etunimet sukunimi hoksit { ${FULL_HOKS_FIELDS} } } }`, { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.me).toMatchObject({ oid: OIDS.aino, etunimet: "Aino Maria", sukunimi: "Aaltonen" });
    expect(body.data.me.hoksit).toHaveLength(1);
    expect(asEhoksDocument(body.data.me.hoksit[0])).toEqual(exampleDocument("valid-full.json"));
  });

  it("follows a plan to its student, study right, institution and the student's consents across subgraphs", async () => {
    const token = await service.token("aino");
    const query = `query ($id: ID!) { hoks(id: $id) {
      oppija { kutsumanimi suostumukset { id } jakolinkit { id } }
      opiskeluoikeus { oid tyyppi oppilaitos { nimi { fi } } suoritukset { koulutusmoduuli { perusteenDiaarinumero } } }
    } }`;
    const { body } = await postGraphQL(service.gatewayUrl, query, { token, variables: { id: service.database.planIds.full } });
    expect(body.errors).toBeUndefined();
    expect(body.data.hoks).toEqual({
      oppija: { kutsumanimi: "Aino", suostumukset: [], jakolinkit: [] },
      opiskeluoikeus: {
        oid: OIDS.opiskeluoikeusRantala,
        tyyppi: "ammatillinenkoulutus",
        oppilaitos: { nimi: { fi: "Rantalan ammattiopisto" } },
        suoritukset: [{ koulutusmoduuli: { perusteenDiaarinumero: "OPH-2629-2017" } }],
      },
    });
  });
});

describe("authentication at the gateway", () => {
  const query = `{ me { oid } }`;

  it("fails the whole request with UNAUTHENTICATED when there is no token", async () => {
    const { status, body } = await postGraphQL(service.gatewayUrl, query);
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(codes(body)).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses a token signed with another key, an expired token and a token without a role", async () => {
    const stranger = await generateTokenKeys();
    const forged = await mintToken(stranger, { sub: OIDS.aino, role: "oph" });
    const expired = await new SignJWT({ role: "student" })
      .setProtectedHeader({ alg: "ES256" })
      .setSubject(OIDS.aino)
      .setIssuer(service.keys.issuer)
      .setAudience(service.keys.audience)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(service.keys.signingKey!);
    const roleless = await new SignJWT({})
      .setProtectedHeader({ alg: "ES256" })
      .setSubject(OIDS.aino)
      .setIssuer(service.keys.issuer)
      .setAudience(service.keys.audience)
      .setExpirationTime("5m")
      .sign(service.keys.signingKey!);
    for (const token of [forged, expired, roleless, "not-a-jwt"]) {
      const { status, body } = await postGraphQL(service.gatewayUrl, query, { token });
      expect(status).toBe(401);
      expect(codes(body)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("stops taking a token the moment it expires, though it was just verified (and remembered)", async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    const shortLived = await mintToken(service.keys, { sub: OIDS.aino, role: "student" }, expiresAt);
    const doors = [service.gatewayUrl, service.subgraphUrls.persons];
    for (const url of doors) {
      for (let i = 0; i < 2; i++) expect((await postGraphQL(url, query, { token: shortLived })).body.data.me.oid).toBe(OIDS.aino);
    }
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 50));
    for (const url of doors) {
      const { status, body } = await postGraphQL(url, query, { token: shortLived });
      expect(status).toBe(401);
      expect(codes(body)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("lets Apollo Sandbox introspect without a token in development", async () => {
    const { status, body } = await postGraphQL(service.gatewayUrl, `{ __schema { queryType { name } } }`);
    expect(status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe("Query");
  });
});

describe("caching", () => {
  it("forbids every cache to keep an answer: personal data at the gateway and at a subgraph", async () => {
    const token = await service.token("aino");
    const init = { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: "{ me { oid } }" }) };
    for (const url of [service.gatewayUrl, service.subgraphUrls.persons]) {
      const response = await fetch(url, init);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("another student", () => {
  it("gets NOT_FOUND for Aino's plan, exactly like for a plan that does not exist", async () => {
    const token = await service.token("bertta");
    const hidden = await postGraphQL(service.gatewayUrl, `query ($id: ID!) { hoks(id: $id) { id sahkoposti } }`, { token, variables: { id: service.database.planIds.full } });
    const missing = await postGraphQL(service.gatewayUrl, `{ hoks(id: 987654) { id sahkoposti } }`, { token });
    expect(hidden.body.data).toEqual({ hoks: null });
    expect(codes(hidden.body)).toEqual(["NOT_FOUND"]);
    expect(hidden.body.errors![0]!.message).toBe(missing.body.errors![0]!.message);
  });

  it("gets NOT_FOUND for Aino herself and for her study right", async () => {
    const token = await service.token("bertta");
    const { body } = await postGraphQL(service.gatewayUrl, `{ henkilo(oid: "${OIDS.aino}") { oid } opiskeluoikeus(oid: "${OIDS.opiskeluoikeusRantala}") { oid } }`, { token });
    expect(body.data).toEqual({ henkilo: null, opiskeluoikeus: null });
    expect(codes(body)).toEqual(["NOT_FOUND", "NOT_FOUND"]);
  });
});

describe("subgraphs reached directly", () => {
  it("require a token of their own", async () => {
    for (const url of Object.values(service.subgraphUrls)) {
      const { status, body } = await postGraphQL(url, `{ _service { sdl } }`);
      expect(status).toBe(401);
      expect(codes(body)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("serve their SDL to a gateway only", async () => {
    for (const url of Object.values(service.subgraphUrls)) {
      const asStudent = await postGraphQL(url, `{ _service { sdl } }`, { token: await service.token("aino") });
      expect(codes(asStudent.body)).toEqual(["FORBIDDEN"]);
      const asGateway = await postGraphQL(url, `{ _service { sdl } }`, { token: await service.token({ sub: "ehoks-gateway", role: "gateway" }) });
      expect(asGateway.body.data._service.sdl).toContain("@key");
    }
  });

  it("apply the same rules to `_entities` as the gateway does to queries", async () => {
    const representation = `{ __typename: "Hoks", id: "${service.database.planIds.full}" }`;
    const query = `{ _entities(representations: [${representation}]) { ... on Hoks { id sahkoposti } } }`;
    const asBertta = await postGraphQL(service.subgraphUrls.hoks, query, { token: await service.token("bertta") });
    expect(asBertta.body.data).toEqual({ _entities: [null] });
    expect(codes(asBertta.body)).toEqual(["NOT_FOUND"]);
    const asAino = await postGraphQL(service.subgraphUrls.hoks, query, { token: await service.token("aino") });
    expect(asAino.body.data._entities[0].sahkoposti).toBe("aino.aaltonen@example.invalid");
  });
});

describe("errors", () => {
  it("never carry stack traces, SQL or internal addresses", async () => {
    const token = await service.token("aino");
    const responses = await Promise.all([
      postGraphQL(service.gatewayUrl, `{ hoks(id: "x") { id } }`, { token }),
      postGraphQL(service.gatewayUrl, `{ nope }`, { token }),
      postGraphQL(service.gatewayUrl, `{ hoks(id: 1) { id `, { token }),
    ]);
    for (const { text } of responses) {
      expect(text).not.toMatch(/stacktrace|\bat .*\.ts:\d+|select |127\.0\.0\.1|localhost/i);
    }
  });
});
