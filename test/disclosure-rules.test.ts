/**
 * The disclosure matrix of disclosure.md, rule by rule and actor by actor, through the gateway
 * over real HTTP, on the example world at the example date (2026-02-01) unless a case moves it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { insertPlan } from "../subgraphs/hoks/write/plan-store.js";
import type { EhoksClaims } from "../subgraphs/shared/auth/principal.js";
import { FULL_HOKS_FIELDS } from "./support/full-hoks.js";
import { planFacts, type PlanFacts } from "./support/plan-facts.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());
beforeEach(() => service.clock.set("2026-02-01"));

type Who = Parameters<TestService["token"]>[0];
const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

async function ask(who: Who, query: string, variables?: Record<string, unknown>, shareLink?: string) {
  const token = await service.token(who);
  if (!shareLink) return postGraphQL(service.gatewayUrl, query, { token, variables });
  const response = await fetch(service.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-share-link": shareLink },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

const PLAN = `query ($id: ID!) { hoks(id: $id) { ${FULL_HOKS_FIELDS} } }`;

async function factsOfAinosPlan(who: Who, shareLink?: string): Promise<PlanFacts | null> {
  const { body } = await ask(who, PLAN, { id: service.database.planIds.full }, shareLink);
  if (body.data?.hoks === null) {
    expect(codes(body)).toEqual(["NOT_FOUND"]);
    return null;
  }
  expect(body.errors).toBeUndefined();
  return planFacts(body.data.hoks);
}

const WHOLE_PLAN: PlanFacts = {
  // eid and manuaalisyotto (eHOKS v1) only where the whole plan is shown.
  fields: ["eid", "ensikertainenHyvaksyminen", "hyvaksytty", "id", "manuaalisyotto", "opiskeluoikeusOid", "oppijaOid", "osaamisenHankkimisenTarve", "paivitetty", "puhelinnumero", "revision", "sahkoposti", "urasuunnitelmaKoodiUri", "urasuunnitelmaKoodiVersio", "versio"],
  units: ["Työhyvinvointi ja ergonomia", "tutkinnonosat_106727", "tutkinnonosat_106727/ammatillisenoppiaineet_vvai", "tutkinnonosat_106728", "tutkinnonosat_106729", "tutkinnonosat_106730"],
  periods: [
    "harju-2026-0007",
    "osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus@2025-09-01",
    "osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus@2025-09-01",
    "rantala-2025-0001",
    "rantala-2026-0011",
  ],
  demonstrations: ["tutkinnonosat_106729@2026-02-16"],
  lists: ["opiskeluvalmiuksiaTukevatOpinnot", "oppimisenTuki"],
};

const official = (org: string, rights: ("read" | "write" | "update" | "delete")[] = ["read"]): EhoksClaims => ({
  sub: "1.2.246.562.24.10000000001",
  role: "official",
  privileges: [{ org, rights }],
});

describe("whole-plan rules", () => {
  it.each<[string, Who]>([
    ["R1 the student herself", "aino"],
    ["R2a an official at the provider of the plan's institution", "liisa"],
    ["R2b an official of the provider training her under procurement (Harju)", "harju"],
    ["R3a the provider's study administration system", "rantalasystem"],
    ["R3b Harju's study administration system", { sub: "harju-sis", role: "service", privileges: [{ org: OIDS.harju, rights: ["read"] }] }],
    ["R9 OPH", "oph"],
  ])("%s sees the whole plan", async (_label, who) => {
    expect(await factsOfAinosPlan(who)).toEqual(WHOLE_PLAN);
  });

  it.each<[string, Who]>([
    ["another student", "bertta"],
    ["an official at Koivu, where she studied until 2023 (no active study right there)", official("1.2.246.562.10.55500012392")],
    ["an official with only write and update at Rantala", official(OIDS.rantala, ["write", "update", "delete"])],
    ["an authority without a basis", { sub: "1.2.246.562.24.10000000002", role: "authority" }],
    ["an authority with an unknown basis", { sub: "1.2.246.562.24.10000000003", role: "authority", basis: "verohallinto" }],
    ["a workplace person named nowhere", { sub: "1.2.246.562.24.10000000004", role: "workplace" }],
  ])("%s sees nothing (NOT_FOUND)", async (_label, who) => {
    expect(await factsOfAinosPlan(who)).toBeNull();
  });

  it("R2c: a provider where the student studies now reads her earlier plan at another provider, for five years after it ended", async () => {
    const { id: koivuPlanId } = await service.database.db.transaction((tx) =>
      insertPlan(tx, { oppijaOid: OIDS.aino, opiskeluoikeusOid: "1.2.246.562.15.55500012368", ensikertainenHyvaksyminen: "2020-09-01", osaamisenHankkimisenTarve: true }),
    );
    const read = async () => (await ask("liisa", `{ hoks(id: ${koivuPlanId}) { id ensikertainenHyvaksyminen } }`)).body;
    expect((await read()).data.hoks).toEqual({ id: String(koivuPlanId), ensikertainenHyvaksyminen: "2020-09-01" });
    service.clock.set("2028-05-30"); // the Koivu study right ended 2023-05-31: still less than five years
    expect((await read()).data.hoks).not.toBeNull();
    service.clock.set("2028-05-31");
    const late = await read();
    expect(late.data.hoks).toBeNull();
    expect(codes(late)).toEqual(["NOT_FOUND"]);
    // Koivu's own official never could: Aino has no active study right at Koivu.
    const koivu = await ask(official("1.2.246.562.10.55500012392"), `{ hoks(id: ${koivuPlanId}) { id } }`);
    expect(koivu.body.data.hoks).toEqual({ id: String(koivuPlanId) });
  });
});

describe("R4 workplace instructors", () => {
  it("Ville sees his two periods and the units holding them, nothing else", async () => {
    expect(await factsOfAinosPlan("ville")).toEqual({
      fields: ["id", "opiskeluoikeusOid", "oppijaOid"],
      units: ["tutkinnonosat_106729", "tutkinnonosat_106730"],
      periods: ["rantala-2025-0001", "rantala-2026-0011"],
      demonstrations: [],
      lists: [],
    });
  });

  it("shows the unit's code and deviation, and the period in full with its people", async () => {
    const { body } = await ask("ville", PLAN, { id: service.database.planIds.full });
    const unit = body.data.hoks.hankittavatAmmatTutkinnonOsat[0];
    expect(unit).toMatchObject({
      tutkinnonOsaKoodiUri: "tutkinnonosat_106729",
      vaatimuksistaTaiTavoitteistaPoikkeaminen: "Asiakastyön tavoitteet painottuvat kotihoitoon.",
      opetusJaOhjausMaara: null,
      koulutuksenJarjestajaOid: null,
      olennainenSeikka: null,
      tutkinnonOsanPerusteenDiaarinro: null,
      osaamisenOsoittaminen: [],
    });
    expect(unit.osaamisenHankkimistavat).toEqual([
      expect.objectContaining({
        yksiloivaTunniste: "rantala-2025-0001",
        osaAikaisuustieto: 100,
        keskeytymisajanjaksot: [{ alku: "2025-12-22", loppu: "2026-01-06" }],
        jarjestajanEdustaja: { nimi: "Opettaja, Olavi", rooli: "opettaja", oppilaitosOid: "1.2.246.562.10.55500012350" },
        tyopaikallaJarjestettavaKoulutus: expect.objectContaining({
          tyopaikanNimi: "Esimerkki Oy",
          vastuullinenTyopaikkaOhjaaja: { nimi: "Virta, Ville", sahkoposti: "ville.virta@example.invalid", puhelinnumero: "+358 40 0000001", oid: OIDS.ville },
        }),
      }),
    ]);
    expect(body.data.hoks.sahkoposti).toBeNull();
    expect(body.data.hoks.puhelinnumero).toBeNull();
  });

  it("lists his students with their names and the degree, not the study right's other facts", async () => {
    const { body } = await ask("ville", `{ workplaceAssignments { id oppija { oid etunimet sukunimi }
      opiskeluoikeus { oid alkamispaiva tyyppi oppilaitos { oid } suoritukset { tyyppi koulutusmoduuli { tunniste { koodiarvo } perusteenDiaarinumero } osaamisala { koodiarvo } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.workplaceAssignments).toEqual([
      {
        id: String(service.database.planIds.full),
        oppija: { oid: OIDS.aino, etunimet: "Aino Maria", sukunimi: "Aaltonen" },
        opiskeluoikeus: {
          oid: OIDS.opiskeluoikeusRantala,
          alkamispaiva: null,
          tyyppi: null,
          oppilaitos: null,
          suoritukset: [{ tyyppi: null, koulutusmoduuli: { tunniste: { koodiarvo: "371101" }, perusteenDiaarinumero: "OPH-2629-2017" }, osaamisala: [] }],
        },
      },
    ]);
  });

  it("Kaisa sees only her period, and nothing once 90 days have passed after it ended", async () => {
    expect(await factsOfAinosPlan("kaisa")).toEqual({ fields: ["id", "opiskeluoikeusOid", "oppijaOid"], units: ["tutkinnonosat_106730"], periods: ["harju-2026-0007"], demonstrations: [], lists: [] });
    service.clock.set("2026-08-27"); // 2026-05-29 + 90 days
    expect((await factsOfAinosPlan("kaisa"))?.periods).toEqual(["harju-2026-0007"]);
    service.clock.set("2026-09-01");
    expect(await factsOfAinosPlan("kaisa")).toBeNull();
    expect((await ask("kaisa", `{ workplaceAssignments { id } }`)).body.data.workplaceAssignments).toEqual([]);
    const person = await ask("kaisa", `{ henkilo(oid: "${OIDS.aino}") { etunimet } }`);
    expect(person.body.data.henkilo).toBeNull();
    expect(codes(person.body)).toEqual(["NOT_FOUND"]);
  });
});

describe("R5 working-life assessors", () => {
  it("Otto sees only the demonstration, with its criteria and all its assessors, and the unit's code", async () => {
    expect(await factsOfAinosPlan("otto")).toEqual({ fields: ["id", "opiskeluoikeusOid", "oppijaOid"], units: ["tutkinnonosat_106729"], periods: [], demonstrations: ["tutkinnonosat_106729@2026-02-16"], lists: [] });
    const { body } = await ask("otto", PLAN, { id: service.database.planIds.full });
    const unit = body.data.hoks.hankittavatAmmatTutkinnonOsat[0];
    expect(unit.vaatimuksistaTaiTavoitteistaPoikkeaminen).toBeNull();
    expect(unit.osaamisenOsoittaminen[0]).toMatchObject({
      yksilollisetKriteerit: ["Arviointi suullisesti kirjallisen sijaan"],
      vaatimuksistaTaiTavoitteistaPoikkeaminen: "Lääkehoidon osuus ohjatusti.",
      koulutuksenJarjestajaOsaamisenArvioijat: [{ nimi: "Opettaja, Olavi", organisaatio: { oppilaitosOid: "1.2.246.562.10.55500012350" } }],
      tyoelamaOsaamisenArvioijat: [{ nimi: "Ojala, Otto", organisaatio: { nimi: "Esimerkki Oy", yTunnus: "7654321-2" }, oid: OIDS.otto }],
    });
  });

  it("sees the degree but not the competence area", async () => {
    const { body } = await ask("otto", `{ workplaceAssignments { opiskeluoikeus { suoritukset { koulutusmoduuli { tunniste { koodiarvo } } osaamisala { koodiarvo } } } } }`);
    expect(body.data.workplaceAssignments).toEqual([{ opiskeluoikeus: { suoritukset: [{ koulutusmoduuli: { tunniste: { koodiarvo: "371101" } }, osaamisala: null }] } }]);
  });

  it("loses access 90 days after the demonstration", async () => {
    service.clock.set("2026-05-21"); // 2026-02-20 + 90 days
    expect(await factsOfAinosPlan("otto")).not.toBeNull();
    service.clock.set("2026-05-22");
    expect(await factsOfAinosPlan("otto")).toBeNull();
  });
});

describe("R6 consent recipients", () => {
  const CREATE = `mutation ($input: CreateConsentInput!) { createConsent(input: $input) { id } }`;
  async function consent(input: Record<string, unknown>): Promise<string> {
    const { body } = await ask("aino", CREATE, {
      input: { hoksId: String(service.database.planIds.full), tarkoitus: "Työharjoittelu", voimassaAlku: "2026-01-15", voimassaLoppu: "2026-03-31", ...input },
    });
    expect(body.errors).toBeUndefined();
    return body.data.createConsent.id;
  }
  async function unitIds(): Promise<Record<string, string>> {
    const { body } = await ask("aino", `{ hoks(id: ${service.database.planIds.full}) { hankittavatAmmatTutkinnonOsat { moduleId tutkinnonOsaKoodiUri } } }`);
    return Object.fromEntries(body.data.hoks.hankittavatAmmatTutkinnonOsat.map((u: any) => [u.tutkinnonOsaKoodiUri, u.moduleId]));
  }

  it("a business given the career plan sees that and the student's names only, until the consent is revoked", async () => {
    const employer: EhoksClaims = { sub: "1.2.246.562.24.10000000010", role: "workplace", ytunnus: "7654322-0" };
    expect(await factsOfAinosPlan(employer)).toBeNull();
    const id = await consent({ vastaanottaja: { yTunnus: "7654322-0" }, osiot: ["URASUUNNITELMA"] });
    expect(await factsOfAinosPlan(employer)).toEqual({ fields: ["id", "oppijaOid", "urasuunnitelmaKoodiUri", "urasuunnitelmaKoodiVersio"], units: [], periods: [], demonstrations: [], lists: [] });
    const person = await ask(employer, `{ henkilo(oid: "${OIDS.aino}") { etunimet opiskeluoikeudet { oid } } }`);
    expect(person.body.data.henkilo).toEqual({ etunimet: "Aino Maria", opiskeluoikeudet: [] });
    await ask("aino", `mutation { revokeConsent(id: "${id}") { peruttu } }`);
    expect(await factsOfAinosPlan(employer)).toBeNull();
  });

  it("a person given chosen units sees those units in full with their periods and demonstrations", async () => {
    const ids = await unitIds();
    const recipient: EhoksClaims = { sub: "1.2.246.562.24.55500012404", role: "student" };
    await consent({ vastaanottaja: { henkiloOid: "1.2.246.562.24.55500012404" }, osiot: ["TUTKINNON_OSAT"], tutkinnonOsaModuleIds: [ids.tutkinnonosat_106729] });
    expect(await factsOfAinosPlan(recipient)).toEqual({
      fields: ["id", "oppijaOid"],
      units: ["tutkinnonosat_106729"],
      periods: ["osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus@2025-09-01", "rantala-2025-0001"],
      demonstrations: ["tutkinnonosat_106729@2026-02-16"],
      lists: [],
    });
  });

  it("an organisation given prior learning sees the prior-learning units; the whole plan when given it; nothing outside the validity", async () => {
    const org: EhoksClaims = { sub: "1.2.246.562.24.10000000011", role: "official", org: "1.2.246.562.10.55500012392" };
    await consent({ vastaanottaja: { organisaatioOid: "1.2.246.562.10.55500012392" }, osiot: ["AIEMMIN_HANKITTU_OSAAMINEN"] });
    expect((await factsOfAinosPlan(org))?.units).toEqual(["tutkinnonosat_106728"]);
    await consent({ vastaanottaja: { organisaatioOid: "1.2.246.562.10.55500012392" }, osiot: ["KOKO_HOKS"], voimassaAlku: "2026-02-01", voimassaLoppu: "2026-02-10" });
    expect(await factsOfAinosPlan(org)).toEqual(WHOLE_PLAN);
    service.clock.set("2026-02-11");
    expect((await factsOfAinosPlan(org))?.units).toEqual(["tutkinnonosat_106728"]);
    service.clock.set("2026-04-01");
    expect(await factsOfAinosPlan(org)).toBeNull();
  });

  it("only the student can give or revoke consents, and only on her own plan", async () => {
    const input = { hoksId: String(service.database.planIds.full), vastaanottaja: { yTunnus: "7654322-0" }, osiot: ["URASUUNNITELMA"], tarkoitus: "x", voimassaAlku: "2026-02-01", voimassaLoppu: "2026-02-02" };
    expect(codes((await ask("liisa", CREATE, { input })).body)).toEqual(["FORBIDDEN"]);
    expect(codes((await ask("bertta", CREATE, { input })).body)).toEqual(["FORBIDDEN"]);
    const invalid = await ask("aino", CREATE, { input: { ...input, vastaanottaja: { yTunnus: "7654321-3", henkiloOid: OIDS.ville }, voimassaLoppu: "2026-01-01" } });
    expect(codes(invalid.body)).toEqual(["BAD_USER_INPUT"]);
    expect(invalid.body.errors![0]!.extensions!.problems).toEqual([
      { path: "input.vastaanottaja", message: "give exactly one of henkiloOid, organisaatioOid, yTunnus" },
      { path: "input.vastaanottaja.yTunnus", message: "is not a valid Y-tunnus" },
      { path: "input.voimassaLoppu", message: "must not be before voimassaAlku" },
    ]);
  });
});

describe("R7 share links", () => {
  async function makeLink(voimassaAlku: string, voimassaLoppu: string): Promise<string> {
    const plan = await ask("aino", `{ hoks(id: ${service.database.planIds.full}) { hankittavatAmmatTutkinnonOsat { moduleId osaamisenOsoittaminen { moduleId } } } }`);
    const unit = plan.body.data.hoks.hankittavatAmmatTutkinnonOsat[0];
    const { body } = await ask("aino", `mutation ($input: CreateShareLinkInput!) { createShareLink(input: $input) { token jakolinkki { id } } }`, {
      input: { hoksId: String(service.database.planIds.full), tutkinnonOsaModuleId: unit.moduleId, kohdeTyyppi: "OSAAMISEN_OSOITTAMINEN", kohdeModuleId: unit.osaamisenOsoittaminen[0].moduleId, voimassaAlku, voimassaLoppu },
    });
    expect(body.errors).toBeUndefined();
    return body.data.createShareLink.token;
  }
  const SHARED = `{ jaettuModuuli { voimassaLoppu hoks { id oppija { etunimet sukunimi } opiskeluoikeus { alkamispaiva suoritukset { koulutusmoduuli { tunniste { koodiarvo } } } }
    ${FULL_HOKS_FIELDS.replace(/^\s*id /, "")} } } }`;

  it("shows its holder one unit and its demonstration, the student's names and the degree", async () => {
    const token = await makeLink("2026-02-01", "2026-02-28");
    const holder: EhoksClaims = { sub: "1.2.246.562.24.10000000020", role: "workplace" };
    const { body } = await ask(holder, SHARED, undefined, token);
    expect(body.errors).toBeUndefined();
    const plan = body.data.jaettuModuuli.hoks;
    expect(plan.oppija).toEqual({ etunimet: "Aino Maria", sukunimi: "Aaltonen" });
    expect(plan.opiskeluoikeus).toEqual({ alkamispaiva: null, suoritukset: [{ koulutusmoduuli: { tunniste: { koodiarvo: "371101" } } }] });
    expect(planFacts(plan)).toEqual({ fields: ["id", "opiskeluoikeusOid", "oppijaOid"], units: ["tutkinnonosat_106729"], periods: [], demonstrations: ["tutkinnonosat_106729@2026-02-16"], lists: [] });
    // Without the link the same caller sees nothing.
    expect(await factsOfAinosPlan(holder)).toBeNull();
  });

  it("answers 'not yet valid' before and 'expired' after its validity", async () => {
    const token = await makeLink("2026-02-10", "2026-02-20");
    const holder: EhoksClaims = { sub: "1.2.246.562.24.10000000021", role: "official" };
    const before = await ask(holder, `{ jaettuModuuli { hoks { id } } }`, undefined, token);
    expect(codes(before.body)).toEqual(["SHARE_LINK_NOT_YET_VALID"]);
    expect(await factsOfAinosPlan(holder, token)).toBeNull();
    service.clock.set("2026-02-21");
    const after = await ask(holder, `{ jaettuModuuli { hoks { id } } }`, undefined, token);
    expect(codes(after.body)).toEqual(["SHARE_LINK_EXPIRED"]);
    expect(await factsOfAinosPlan(holder, token)).toBeNull();
    expect(codes((await ask(holder, `{ jaettuModuuli { hoks { id } } }`, undefined, "x".repeat(43))).body)).toEqual(["NOT_FOUND"]);
  });
});

describe("R8 the Employment Fund", () => {
  it("sees study rights' provider, degree, dates and status, and plans' approval dates and unit codes; no people", async () => {
    const { body } = await ask("tyollisyysrahasto", `{ henkilo(oid: "${OIDS.aino}") { oid etunimet sukunimi
      opiskeluoikeudet { oid tyyppi alkamispaiva paattymispaiva oppilaitos { oid } koulutustoimija { oid } tila { opiskeluoikeusjaksot { tila } } suoritukset { koulutusmoduuli { tunniste { koodiarvo } } osaamisala { koodiarvo } } }
      hoksit { ${FULL_HOKS_FIELDS} } } }`);
    expect(body.errors).toBeUndefined();
    const person = body.data.henkilo;
    expect(person).toMatchObject({ oid: OIDS.aino, etunimet: null, sukunimi: null });
    expect(person.opiskeluoikeudet).toHaveLength(3);
    expect(person.opiskeluoikeudet[0]).toEqual({
      oid: "1.2.246.562.15.55500012368",
      tyyppi: null,
      alkamispaiva: "2020-08-01",
      paattymispaiva: "2023-05-31",
      // The provider is the koulutustoimija; the institution is not in the Employment Fund's basis.
      oppilaitos: null,
      koulutustoimija: { oid: "1.2.246.562.10.55500012392" },
      tila: { opiskeluoikeusjaksot: [{ tila: "lasna" }, { tila: "valmistunut" }] },
      suoritukset: [{ koulutusmoduuli: { tunniste: { koodiarvo: "351101" } }, osaamisala: null }],
    });
    const rantalaPlan = person.hoksit.find((plan: any) => plan.id === String(service.database.planIds.full));
    expect(planFacts(rantalaPlan)).toEqual(
      {
        fields: ["ensikertainenHyvaksyminen", "hyvaksytty", "id", "opiskeluoikeusOid", "oppijaOid"],
        units: ["tutkinnonosat_106727", "tutkinnonosat_106728", "tutkinnonosat_106729", "tutkinnonosat_106730"],
        periods: [],
        demonstrations: [],
        lists: [],
      },
    );
    expect(rantalaPlan.hankittavatAmmatTutkinnonOsat[0]).toMatchObject({ tutkinnonOsaKoodiUri: "tutkinnonosat_106729", tutkinnonOsaKoodiVersio: 1, vaatimuksistaTaiTavoitteistaPoikkeaminen: null, koulutuksenJarjestajaOid: null });
  });

  it("sees the institution of no study right, by any door", async () => {
    const study = `{ opiskeluoikeus(oid: "${OIDS.opiskeluoikeusRantala}") { oid oppilaitos { oid } koulutustoimija { oid } } }`;
    const { body } = await ask("tyollisyysrahasto", study);
    expect(body.errors).toBeUndefined();
    expect(body.data.opiskeluoikeus).toEqual({ oid: OIDS.opiskeluoikeusRantala, oppilaitos: null, koulutustoimija: { oid: expect.any(String) } });
    const entities = await postGraphQL(service.subgraphUrls.persons, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Opiskeluoikeus { oid oppilaitos { oid } } } }`, {
      token: await service.token("tyollisyysrahasto"),
      variables: { r: [{ __typename: "Opiskeluoikeus", oid: OIDS.opiskeluoikeusRantala }] },
    });
    expect(entities.body).toEqual({ data: { _entities: [{ oid: OIDS.opiskeluoikeusRantala, oppilaitos: null }] } });
  });

  it("learns nothing of a person who has no study right: Ville answers exactly as an OID that does not exist", async () => {
    const person = (oid: string) => `{ henkilo(oid: "${oid}") { oid } }`;
    const missing = "1.2.246.562.24.99999999992";
    const [ville, absent] = [await ask("tyollisyysrahasto", person(OIDS.ville)), await ask("tyollisyysrahasto", person(missing))];
    expect(ville.body.data).toEqual({ henkilo: null });
    expect(codes(ville.body)).toEqual(["NOT_FOUND"]);
    expect(ville.body.errors[0].message).toBe(absent.body.errors[0].message.replace(missing, OIDS.ville));
    const entities = await postGraphQL(service.subgraphUrls.persons, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Henkilo { oid } } }`, {
      token: await service.token("tyollisyysrahasto"),
      variables: { r: [{ __typename: "Henkilo", oid: OIDS.ville }, { __typename: "Henkilo", oid: OIDS.aino }] },
    });
    expect(entities.body.data._entities).toEqual([null, { oid: OIDS.aino }]);
    expect(codes(entities.body)).toEqual(["NOT_FOUND"]);
    // OPH, for contrast, does see that Ville exists: the person is there to be hidden.
    expect((await ask("oph", person(OIDS.ville))).body.data).toEqual({ henkilo: { oid: OIDS.ville } });
  });
});
