/**
 * The whole service with the conformance corpus's world imported (its provider, institution,
 * persons and study rights, beside the demo world), and a study administration system of that
 * provider holding every right there.
 */
import { readFileSync } from "node:fs";
import { importWorld } from "../../subgraphs/persons/import/world.js";
import type { WorldDocument } from "../../subgraphs/persons/import/world-document.js";
import { conformancePresent, conformanceWorldPath } from "./conformance.js";
import { startTestService, type TestService } from "./running-service.js";

/** The corpus world's provider (koulutustoimija) and its institution. */
export const CORPUS_PROVIDER = "1.2.246.562.10.55599900001";
export const CORPUS_INSTITUTION = "1.2.246.562.10.55599900002";

export interface ConformanceService {
  service: TestService;
  /** `<gateway>/api/v1` lives under this origin. */
  base: string;
  /** A token of the corpus provider's system: read, write and update at the provider. */
  system(): Promise<string>;
}

export async function startConformanceService(): Promise<ConformanceService> {
  const service = await startTestService({ plans: false });
  // A clone without ../shared beside it has no corpus: the demo world alone serves the tests that do not need it.
  if (conformancePresent) await importWorld(service.database.db, JSON.parse(readFileSync(conformanceWorldPath(), "utf8")) as WorldDocument);
  return {
    service,
    base: service.gatewayUrl.replace(/\/graphql$/, ""),
    system: () => service.token({ sub: "corpus-sis", role: "service", privileges: [{ org: CORPUS_PROVIDER, rights: ["read", "write", "update", "delete"] }] }),
  };
}
