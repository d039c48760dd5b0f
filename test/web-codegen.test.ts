/**
 * The web app's contract with the graph: its generated operation types are what graphql-codegen
 * makes now from schema/api.graphql (with the curriculum partner's contract for the partner's
 * documents) and web/src/operations (no drift), and the app type-checks
 * with its own tsconfig (the root tsc does not see web/), so a schema change that breaks the app
 * fails here.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { codegenConfig, GENERATED_DIRS } from "../web/codegen.js";

describe("web app types", () => {
  it("the committed generated types match a fresh codegen run (npm run codegen)", async () => {
    const out = mkdtempSync(join(tmpdir(), "web-codegen-"));
    const fresh = { app: join(out, "app"), partner: join(out, "partner") };
    try {
      await generate(codegenConfig(fresh), true);
      for (const kind of ["app", "partner"] as const) {
        const files = readdirSync(GENERATED_DIRS[kind]).sort();
        expect(readdirSync(fresh[kind]).sort()).toEqual(files);
        for (const file of files) {
          expect(readFileSync(join(GENERATED_DIRS[kind], file), "utf8"), `${GENERATED_DIRS[kind]}${file} is stale: run npm run codegen`).toBe(readFileSync(join(fresh[kind], file), "utf8"));
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it("the app type-checks (tsc -p web)", async () => {
    const result = await promisify(execFile)("npx", ["tsc", "-p", "web"], { cwd: new URL("..", import.meta.url).pathname }).then(
      () => ({ ok: true, output: "" }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ""}${error.stderr ?? ""}` }),
    );
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  }, 120_000);
});
