/**
 * The partners a deployment composes in, from a JSON file (`schema/partners.json` by default; see
 * README, "Federating your subgraph in"):
 *
 *   [{ "name": "eperusteet", "url": "https://…/graphql", "sdlFile": "partners/eperusteet.graphql" },
 *    { "name": "amosaa", "url": "https://…/graphql", "fetchSdl": true, "headers": { "authorization": "Bearer …" } }]
 *
 * A partner's SDL comes from a file, or from its running subgraph's `_service { sdl }`.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface PartnerSubgraph {
  name: string;
  url: string;
  sdl: string;
}

interface PartnerEntry {
  name?: unknown;
  url?: unknown;
  sdlFile?: unknown;
  fetchSdl?: unknown;
  headers?: unknown;
}

export class PartnerConfigError extends Error {}

const NAME = /^[a-z][a-z0-9_]*$/;
const OURS = new Set(["hoks", "persons", "consents"]);

async function fetchSdl(name: string, url: string, headers: Record<string, string>): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: "{ _service { sdl } }" }), signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new PartnerConfigError(`${name}: could not reach ${url} (${(error as Error).message})`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: { _service?: { sdl?: string } }; errors?: { message: string }[] };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new PartnerConfigError(`${name}: ${url} did not answer _service { sdl } (HTTP ${response.status}${body.errors ? `: ${body.errors.map((e) => e.message).join("; ")}` : ""})`);
  return sdl;
}

export async function readPartnerConfig(path: string): Promise<PartnerSubgraph[]> {
  if (!existsSync(path)) return [];
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new PartnerConfigError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(entries)) throw new PartnerConfigError(`${path}: must be a list of partners`);
  const partners: PartnerSubgraph[] = [];
  for (const [i, entry] of (entries as PartnerEntry[]).entries()) {
    const where = `${path}[${i}]`;
    if (typeof entry.name !== "string" || !NAME.test(entry.name)) throw new PartnerConfigError(`${where}.name: a lower-case name (letters, digits, _) is required`);
    if (OURS.has(entry.name) || partners.some((p) => p.name === entry.name)) throw new PartnerConfigError(`${where}.name: "${entry.name}" is already taken`);
    if (typeof entry.url !== "string" || !/^https?:\/\//.test(entry.url)) throw new PartnerConfigError(`${where}.url: the subgraph's http(s) URL is required`);
    let sdl: string;
    if (typeof entry.sdlFile === "string") {
      const file = resolve(dirname(path), entry.sdlFile);
      if (!existsSync(file)) throw new PartnerConfigError(`${where}.sdlFile: ${file} does not exist`);
      sdl = readFileSync(file, "utf8");
    } else if (entry.fetchSdl === true) {
      sdl = await fetchSdl(entry.name, entry.url, (entry.headers as Record<string, string>) ?? {});
    } else {
      throw new PartnerConfigError(`${where}: give "sdlFile" (a file with the SDL) or "fetchSdl": true (ask the running subgraph)`);
    }
    partners.push({ name: entry.name, url: entry.url, sdl });
  }
  return partners;
}
