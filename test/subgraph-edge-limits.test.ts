/**
 * A subgraph reached directly is an edge too (in a flat internal network, anyone inside can call
 * it): it applies the gateway's query limits with the same code and numbers, and never suggests
 * field names. What the gateway itself sends a subgraph for the heaviest query we serve (an
 * `_entities` fetch of a whole plan, for many representations) still passes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OIDS } from "../scripts/demo/demo-roles.js";
import { DEFAULT_EDGE_LIMITS } from "../subgraphs/shared/edge-limits.js";
import type { SubgraphName } from "../subgraphs/shared/subgraph.js";
import { FULL_HOKS_FIELDS } from "./support/full-hoks.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
let token: string;
beforeAll(async () => {
  service = await startTestService();
  token = await service.token("aino");
});
afterAll(() => service?.close());

/** A way round in each subgraph's own types: Henkilo → … → Henkilo. */
const CYCLES: Record<SubgraphName, [string, string]> = {
  hoks: ["hoksit", "oppija"],
  persons: ["opiskeluoikeudet", "oppija"],
  consents: ["suostumukset", "oppija"],
};

function nested(name: SubgraphName, depth: number): string {
  const [out, back] = CYCLES[name];
  let selection = "oid";
  for (let i = 0; i < depth / 2; i++) selection = `${out} { ${back} { ${selection} } }`;
  return `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Henkilo { ${selection} } } }`;
}

const ask = (name: SubgraphName, query: string, variables?: Record<string, unknown>) => postGraphQL(service.subgraphUrls[name], query, { token, variables });

describe.each(["hoks", "persons", "consents"] as const)("the %s subgraph reached directly", (name) => {
  it("refuses a query 14 deep, and 30", async () => {
    const fourteen = await ask(name, nested(name, 14), { r: [] });
    expect(fourteen.status).toBe(400);
    expect(fourteen.body.errors![0]!.message).toMatch(/depth limit of 12 exceeded/i);
    // Nesting multiplies the cost too: whichever limit speaks first, the query does not run.
    const thirty = await ask(name, nested(name, 30), { r: [] });
    expect(thirty.status).toBe(400);
    expect(thirty.body.errors![0]!.message).toMatch(/(depth|cost) limit/i);
  });

  it("refuses 20 aliases, and 2 000", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: _service { sdl }`).join(" ")} }`;
    const twenty = await ask(name, aliases(20));
    expect(twenty.status).toBe(400);
    expect(twenty.body.errors![0]!.message).toMatch(/aliases limit of 15 exceeded/i);
    // So many that the document is already too long: refused before it is even read to the end.
    const flood = await ask(name, aliases(2000));
    expect(flood.status).toBe(400);
    expect(flood.body.data).toBeUndefined();
  });

  it("refuses a huge document and a directive flood", async () => {
    const huge = await ask(name, `{ ${"__typename ".repeat(DEFAULT_EDGE_LIMITS.maxTokens + 10)} }`);
    expect(huge.status).toBe(400);
    expect(huge.body.errors![0]!.message).toMatch(/token/i);
    const directives = await ask(name, `{ __typename ${"@include(if: true) ".repeat(60)} }`);
    expect(directives.status).toBe(400);
    expect(directives.body.errors![0]!.message).toMatch(/directives/i);
  });

  it("suggests no field names", async () => {
    const { status, text } = await ask(name, `{ _servic { sdl } }`);
    expect(status).toBe(400);
    expect(text).toMatch(/Cannot query field/);
    expect(text).not.toMatch(/did you mean/i);
    expect(text).not.toContain('"_service"');
  });
});

describe("what the gateway sends a subgraph", () => {
  it("passes: a whole plan through `_entities` for 500 representations, as the query plan of `me { hoksit }` asks", async () => {
    const representations = Array.from({ length: 500 }, () => ({ __typename: "Henkilo", oid: OIDS.aino }));
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Henkilo { hoksit { ${FULL_HOKS_FIELDS} } } } }`;
    const { status, body } = await ask("hoks", query, { representations });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(500);
    expect(body.data._entities[0].hoksit).toHaveLength(1);
  });

  it("passes for the heaviest query we serve, through the gateway", async () => {
    const { body } = await postGraphQL(service.gatewayUrl, `{ me { oid hoksit { ${FULL_HOKS_FIELDS} oppija { etunimet } opiskeluoikeus { oid } } } }`, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data.me.hoksit).toHaveLength(1);
  });
});
