/**
 * Named operation files (`operations/*.graphql`): each starts with comment lines naming the demo
 * role it runs as (`# role: aino`), and when needed the values of its variables
 * (`# variables: {...}`) and request headers beside the role's token
 * (`# headers: {"x-share-link": "..."}`), `# runs: once` when a second run answers differently
 * (it makes a new id or secret, or deletes what it names), then a sentence of what it does. The
 * tests run them all, so they never go stale (the `once` ones once per service); the explorer
 * offers them by role; and `npm run trust` registers them as trusted documents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const OPERATIONS_DIR = fileURLToPath(new URL("../operations/", import.meta.url));

export interface NamedOperation {
  file: string;
  role: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
  /** Its answer or effect differs on a second run (`# runs: once`): run it once per fresh service. */
  once: boolean;
  /** The first plain comment line: what the operation does. */
  description: string;
  document: string;
}

const HEADER_LINE = /^# (role|variables|headers|runs): /;

function jsonHeader(file: string, key: string, text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`operations/${file}: the "# ${key}:" line is not JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`operations/${file}: the "# ${key}:" line must be a JSON object`);
  return value as Record<string, unknown>;
}

export function parseOperation(file: string, document: string): NamedOperation {
  const header = (key: string) => new RegExp(`^# ${key}: (.+)$`, "m").exec(document)?.[1]?.trim();
  const headers = jsonHeader(file, "headers", header("headers"));
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== "string") throw new Error(`operations/${file}: header ${name} must be a string`);
  }
  const description = document
    .split("\n")
    .find((line) => line.startsWith("# ") && !HEADER_LINE.test(line))
    ?.slice(2)
    .trim();
  const runs = header("runs");
  if (runs !== undefined && runs !== "once") throw new Error(`operations/${file}: "# runs:" may only say once`);
  return {
    file,
    role: header("role") ?? "",
    once: runs === "once",
    variables: jsonHeader(file, "variables", header("variables")),
    headers: headers as Record<string, string>,
    description: description ?? "",
    document,
  };
}

export function readOperations(dir = OPERATIONS_DIR): NamedOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => parseOperation(file, readFileSync(join(dir, file), "utf8")));
}

/** The operations a test may run any number of times against one service. */
export const repeatable = (operation: NamedOperation): boolean => !operation.once;
