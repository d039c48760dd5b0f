/**
 * Named operation files (`operations/*.graphql`): each starts with comment lines naming the demo
 * role it runs as (`# role: aino`) and, when it has variables, their values
 * (`# variables: {...}`). The tests run them all, so they never go stale, and `npm run trust`
 * registers them as trusted documents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const OPERATIONS_DIR = fileURLToPath(new URL("../operations/", import.meta.url));

export interface NamedOperation {
  file: string;
  role: string;
  variables: Record<string, unknown>;
  document: string;
}

export function readOperations(dir = OPERATIONS_DIR): NamedOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const document = readFileSync(join(dir, file), "utf8");
      const header = (key: string) => new RegExp(`^# ${key}: (.+)$`, "m").exec(document)?.[1]?.trim();
      return { file, role: header("role") ?? "", variables: JSON.parse(header("variables") ?? "{}"), document };
    });
}
