/**
 * The real eHOKS documents of ../shared/conformance/ehoks-v1-real (see its README): the create
 * bodies, the update bodies, the world they name and what the existing service does with each.
 * The corpus exists beside the repository in CI as ../shared/examples does.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CONFORMANCE_DIR = fileURLToPath(new URL("../../../shared/conformance/ehoks-v1-real/", import.meta.url));
export const conformancePresent = existsSync(CONFORMANCE_DIR);

export interface Expectation {
  realService: "accepts" | "rejects";
  realProblems: { path: string; message: string }[];
  studyRight: string;
}

export type Json = Record<string, any>;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(CONFORMANCE_DIR + path, "utf8")) as T;
}

export const conformanceWorldPath = (): string => `${CONFORMANCE_DIR}world.json`;

export function conformanceExpectations(): Record<string, Expectation> {
  return readJson("expected.json");
}

/** Every document of `documents/` (create bodies) or `updates/` (PUT and PATCH bodies), by name without `.json`. */
export function conformanceFiles(folder: "documents" | "updates"): { name: string; document: Json }[] {
  return readdirSync(CONFORMANCE_DIR + folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ name: file.slice(0, -".json".length), document: readJson<Json>(`${folder}/${file}`) }));
}
