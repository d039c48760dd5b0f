/**
 * A write the gateway stops waiting for must not commit afterwards: the caller would have been
 * told it failed while it is stored. The gateway gives each mutation its timeout as a commit
 * budget and waits past it for the subgraph's decision (subgraphs/shared/http/write-budget.ts).
 * Here a write is held up past a short gateway timeout by another transaction holding what it
 * needs; it must be answered WRITE_TIMEOUT, and stay unstored once the hold is released.
 */
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTarget, hoks } from "../drizzle/schema/index.js";
import { createGateway } from "../gateway/gateway.js";
import { listen } from "../subgraphs/shared/http/http-server.js";
import { exampleDocument } from "./support/examples.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";
import { rest } from "./support/rest.js";

const GATEWAY_TIMEOUT_MS = 400;
const HOLD_MS = 1500;

let service: TestService;
let gateway: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  service = await startTestService({ plans: false });
  const built = await createGateway({ keys: service.keys, subgraphUrls: service.subgraphUrls, subgraphTimeoutMs: GATEWAY_TIMEOUT_MS });
  const server = await listen(built.routes, 0);
  gateway = { origin: server.url, close: async () => (await server.close(), await built.stop()) };
});
afterAll(async () => {
  await gateway?.close();
  await service?.close();
});

const document = exampleDocument("valid-minimal.json") as Record<string, unknown>;
const studyRightOid = document["opiskeluoikeus-oid"] as string;
const studentOid = document["oppija-oid"] as string;

/**
 * Keeps a transaction open for `ms` holding the student's feedback-trigger lock, which every plan
 * write of the student takes (on PGlite, which runs one transaction at a time, it holds everything).
 */
async function holdTheStudent(ms: number): Promise<{ released: Promise<void> }> {
  let held!: () => void;
  const locked = new Promise<void>((resolve) => (held = resolve));
  const released = service.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`feedback:${studentOid}`}))`);
    held();
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
  await locked;
  return { released };
}

const storedPlans = async () =>
  (await service.database.db.select({ n: count() }).from(hoks).where(eq(hoks.opiskeluoikeusOid, studyRightOid)))[0]!.n;

const storedCreates = async () =>
  (await service.database.db.select({ n: count() }).from(auditTarget).where(and(eq(auditTarget.opiskeluoikeusOid, studyRightOid), eq(auditTarget.operation, "create"))))[0]!
    .n;

describe("a write held up past the gateway's timeout", () => {
  it("is answered 503 WRITE_TIMEOUT through REST, and is not stored, not even after the hold ends", async () => {
    const hold = await holdTheStudent(HOLD_MS);
    const started = Date.now();
    const answer = await rest(gateway.origin, "POST", "/hoks", await service.token("rantalasystem"), document);
    const waited = Date.now() - started;
    await hold.released;
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ code: "WRITE_TIMEOUT", error: expect.stringContaining("nothing was stored") });
    // The gateway waited for the subgraph's decision, past its own timeout.
    expect(waited).toBeGreaterThan(GATEWAY_TIMEOUT_MS);
    expect(await storedPlans()).toBe(0);
    expect(await storedCreates()).toBe(0);
  });

  it("is answered WRITE_TIMEOUT through GraphQL; the same write goes through when given time", async () => {
    const hold = await holdTheStudent(HOLD_MS);
    const mutation = `mutation ($document: JSONObject!) { createHoks(document: $document) { id } }`;
    const token = await service.token("rantalasystem");
    const held = await postGraphQL(`${gateway.origin}/graphql`, mutation, { token, variables: { document } });
    await hold.released;
    expect(held.body.errors?.map((e) => e.extensions?.code)).toEqual(["WRITE_TIMEOUT"]);
    expect(held.body.data?.createHoks ?? null).toBeNull();
    expect(await storedPlans()).toBe(0);

    // Through the service's own gateway (10 s): on a busy machine a write can outlast 400 ms by itself.
    const free = await postGraphQL(service.gatewayUrl, mutation, { token, variables: { document } });
    expect(free.body.errors).toBeUndefined();
    expect(await storedPlans()).toBe(1);
    expect(await storedCreates()).toBe(1);
  });
});
