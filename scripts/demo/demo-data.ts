/**
 * The demo world: the example documents of eHOKS v1 (a copy of ../shared/examples/ehoks-v1 kept in
 * drizzle/seed/, so that a fresh clone starts without anything beside it) and the day they assume.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The examples' dates assume this service date: every instructor's and assessor's window is open. */
export const DEMO_TODAY = "2026-02-01";

const seedFile = (name: string) => fileURLToPath(new URL(`../../drizzle/seed/ehoks-v1/${name}`, import.meta.url));

export function readSeedDocument<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(seedFile(name), "utf8")) as T;
}

export const DEMO_PLANS = ["valid-full.json", "valid-minimal.json", "valid-tuva.json"] as const;
