/**
 * Beyond one machine: the committed supergraph served by a second, independent gateway (Hive
 * Gateway, with its own JavaScript planner and with Hive Router's Rust query planner) answers
 * every named example operation exactly as ours does, and the disclosure rules hold there too,
 * since the subgraphs enforce them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOperations, repeatable } from "../gateway/operations.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
const PLANNERS = ["javascript", "rust"] as const;
type Planner = (typeof PLANNERS)[number];
const hives = {} as Record<Planner, { url: string; process: ChildProcess }>;

/** Hive Gateway in a process of its own (`npm run start:hive`), as it would run in production. */
async function startHiveProcess(urls: Record<string, string>, planner: Planner) {
  const child = spawn(process.execPath, ["--import", "tsx", "gateway/hive/main.ts"], {
    env: { ...process.env, PORT: "0", LOG_LEVEL: "error", HIVE_QUERY_PLANNER: planner, HOKS_URL: urls.hoks, PERSONS_URL: urls.persons, CONSENTS_URL: urls.consents },
    stdio: ["ignore", "pipe", "inherit"],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    const url = (JSON.parse(line) as { url?: string }).url;
    if (url) return { url, process: child };
  }
  throw new Error("Hive Gateway exited before listening");
}

beforeAll(async () => {
  service = await startTestService({ sharing: true, feedbackShowcase: true });
  for (const planner of PLANNERS) hives[planner] = await startHiveProcess(service.subgraphUrls, planner);
}, 60_000);
afterAll(async () => {
  for (const hive of Object.values(hives)) hive.process.kill("SIGTERM");
  await service?.close();
});

const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

/** POSTs an example with its own headers (the share-link holder's x-share-link) beside the token. */
async function postExample(url: string, document: string, token: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify({ query: document, variables }) });
  return { body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

// Each runs twice here: not those whose second run answers differently (`# runs: once`).
describe.each(readOperations().filter(repeatable))("operations/$file", ({ role, variables, headers, document }) => {
  it.each(PLANNERS)(`answers the same through Hive Gateway (%s planner) as through ours (as ${role})`, async (planner) => {
    const token = await service.token(role);
    // The access log shows reads by earlier operations; store the queued ones first, so both
    // gateways read the same settled log instead of racing the batch timer.
    await service.audit.flush();
    const ours = await postExample(service.gatewayUrl, document, token, variables, headers);
    await service.audit.flush();
    const theirs = await postExample(hives[planner].url, document, token, variables, headers);
    expect(ours.body.errors).toBeUndefined();
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data).toEqual(ours.body.data);
  });
});

describe.each(PLANNERS)("the rules hold on the other gateway too (%s planner)", (planner) => {
  // Read when a test runs: the gateways start in beforeAll, after the tests are collected.
  const hiveUrl = () => hives[planner].url;
  it("another student's plan is NOT_FOUND, an instructor sees only their periods", async () => {
    const planQuery = `{ hoks(id: ${service.database.planIds.full}) { id hankittavatAmmatTutkinnonOsat { osaamisenHankkimistavat { alku } } } }`;
    const bertta = await postGraphQL(hiveUrl(), planQuery, { token: await service.token("bertta") });
    expect(bertta.body.data.hoks).toBeNull();
    expect(codes(bertta.body)).toContain("NOT_FOUND");
    const viaOurs = await postGraphQL(service.gatewayUrl, planQuery, { token: await service.token("kaisa") });
    const viaHive = await postGraphQL(hiveUrl(), planQuery, { token: await service.token("kaisa") });
    expect(viaHive.body.data).toEqual(viaOurs.body.data);
  });

  it("a request without a token gets nothing from the subgraphs", async () => {
    const anonymous = await postGraphQL(hiveUrl(), `{ me { oid } }`);
    expect(anonymous.body.data?.me ?? null).toBeNull();
    expect(codes(anonymous.body)).toContain("UNAUTHENTICATED");
  });
});
