/**
 * The supergraph the gateway serves: the committed one (`npm run compose`), or the file named by
 * `SUPERGRAPH` (a deployment's own composition, e.g. with partners). A named file is checked
 * before anything starts: it must be readable, parse as GraphQL and be a supergraph the gateway
 * can plan over; otherwise the process stops with one line saying which and why.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { apolloGateway } from "./apollo-gateway.js";
import { parse } from "graphql";
import { ConfigurationError } from "../subgraphs/shared/config/settings.js";

export const SUPERGRAPH_PATH = fileURLToPath(new URL("../schema/supergraph.graphql", import.meta.url));

export function readSupergraph(path = SUPERGRAPH_PATH): string {
  return readFileSync(path, "utf8");
}

/** A `SUPERGRAPH` problem, named like every other bad setting. */
export function supergraphProblem(path: string, problem: string): ConfigurationError {
  return new ConfigurationError([`SUPERGRAPH: ${path} ${problem}`]);
}

/**
 * The SDL of the file `SUPERGRAPH` names, checked (undefined: the committed one). Throws a
 * ConfigurationError naming SUPERGRAPH when the file cannot be read, does not parse, or is not a
 * supergraph @apollo/gateway can build its schema and query planner from.
 */
export async function supergraphFromSetting(path: string | undefined): Promise<string | undefined> {
  if (path === undefined) return undefined;
  let sdl: string;
  try {
    sdl = readFileSync(path, "utf8");
  } catch (error) {
    throw supergraphProblem(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
  }
  try {
    parse(sdl);
  } catch (error) {
    throw supergraphProblem(path, `is not GraphQL: ${(error as Error).message.split("\n")[0]}`);
  }
  // The gateway's own load: the supergraph's federation links, join directives and subgraph URLs.
  const gateway = apolloGateway({ supergraphSdl: sdl });
  try {
    await gateway.load();
  } catch (error) {
    throw supergraphProblem(path, `is not a composed supergraph (run \`npm run compose -- --out <file>\`): ${(error as Error).message.split("\n").slice(0, 3).join(" ")}`);
  } finally {
    await gateway.stop().catch(() => {});
  }
  return sdl;
}
