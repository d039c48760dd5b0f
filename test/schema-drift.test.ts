/** The committed SDL files are what the code builds: `npm run compose` after every schema change. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, isSpecifiedDirective, parse, visit } from "graphql";
import { describe, expect, it } from "vitest";
import { composeSupergraph } from "../schema/composition.js";
import { SUBGRAPH_NAMES } from "../subgraphs/shared/subgraph.js";

const committed = (file: string) => readFileSync(fileURLToPath(new URL(`../schema/${file}`, import.meta.url)), "utf8");

describe("committed schema", () => {
  it("matches the code (run `npm run compose` when this fails)", async () => {
    const { subgraphSdl, supergraphSdl, apiSdl } = await composeSupergraph();
    for (const name of SUBGRAPH_NAMES) expect(committed(`${name}.graphql`), `schema/${name}.graphql`).toBe(subgraphSdl[name].trimEnd() + "\n");
    expect(committed("supergraph.graphql"), "schema/supergraph.graphql").toBe(supergraphSdl.trimEnd() + "\n");
    expect(committed("api.graphql"), "schema/api.graphql").toBe(apiSdl.trimEnd() + "\n");
  });

  it("gives clients the API schema only: no federation machinery, no inaccessible parts", () => {
    const api = buildSchema(committed("api.graphql"));
    const machinery = /^(_|join__|link__)/;
    expect(Object.keys(api.getTypeMap()).filter((name) => !name.startsWith("__") && machinery.test(name))).toEqual([]);
    expect(Object.keys(api.getQueryType()!.getFields()).filter((name) => name.startsWith("_"))).toEqual([]);
    expect(api.getDirectives().map((d) => d.name).filter((name) => !isSpecifiedDirective(api.getDirective(name)!))).toEqual([]);
    const applied = new Set<string>();
    visit(parse(committed("api.graphql")), { Directive: (node) => void applied.add(node.name.value) });
    expect([...applied].filter((name) => !isSpecifiedDirective(api.getDirective(name)!))).toEqual([]);
  });
});
