/**
 * The README's client contract stays true to schema/api.graphql: the cache identities it gives
 * name real types and fields, every type keyed by `moduleId` is listed, and no type whose `id` is
 * not its identity is left to a cache's `id` default; every paged list is a connection (a new one
 * included: the convention is the graph's, whoever adds the list).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), "utf8");
const api = buildSchema(read("schema/api.graphql"));
const section = read("README.md").split("\n## Client contract\n")[1]!.split("\n## ")[0]!;
const typePolicies = section.slice(section.indexOf("new InMemoryCache("), section.indexOf("```", section.indexOf("new InMemoryCache(")));

const objectTypes = Object.values(api.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("__") && !["Query", "Mutation"].includes(type.name),
);

/** `Type: { keyFields: ["a"] }`, `Type: byModule` or `Type: embedded`, as the README's typePolicies write them. */
function policies(): Map<string, string[] | false> {
  const found = new Map<string, string[] | false>();
  for (const match of typePolicies.matchAll(/(\w+): (?:\{ keyFields: \[([^\]]*)\] \}|(byModule)|(embedded))/g)) {
    const [, type, fields, byModule, embedded] = match;
    found.set(type!, embedded ? false : byModule ? ["moduleId"] : fields!.split(",").map((f) => f.trim().replace(/"/g, "")));
  }
  return found;
}

describe("the README's client contract", () => {
  it("keys only real types, by fields they have", () => {
    const listed = policies();
    expect(listed.size).toBeGreaterThan(15);
    for (const [name, keyFields] of listed) {
      const type = api.getType(name);
      expect(isObjectType(type), name).toBe(true);
      if (keyFields && isObjectType(type)) for (const field of keyFields) expect(Object.keys(type.getFields()), `${name}.${field}`).toContain(field);
    }
  });

  it("keys every type that has a moduleId by it, and leaves no `id` that is not an identity to the cache's default", () => {
    const listed = policies();
    for (const type of objectTypes) {
      const fields = type.getFields();
      if (fields.moduleId) expect(listed.get(type.name), type.name).toEqual(["moduleId"]);
      // A nullable id is eHOKS v1's numeric id of a list item: renewed by replaces, not an identity.
      else if (fields.id && !String(fields.id.type).endsWith("!")) expect(listed.get(type.name), `${type.name}'s id is not its identity`).toBe(false);
    }
    // A write's result carries the plan's id; every other non-null id is its type's identity, keyed by it.
    expect(listed.get("HoksWriteResult")).toBe(false);
    for (const type of objectTypes) {
      if (type.name !== "HoksWriteResult" && String(type.getFields().id?.type) === "ID!") expect(listed.get(type.name), type.name).toEqual(["id"]);
    }
  });

  it("pages every list that takes `after` as a connection with nodes, edges and the shared PageInfo", () => {
    const paged = Object.values(api.getQueryType()!.getFields()).filter((field) => field.args.some((arg) => arg.name === "after") && !field.deprecationReason);
    expect(paged.map((field) => field.name)).toEqual(expect.arrayContaining(["auditLoki", "kayttoloki", "opiskelijalista", "suostumuksetMinulle"]));
    for (const field of paged) {
      const connection = getNamedType(field.type) as GraphQLObjectType;
      expect(connection.name, field.name).toMatch(/Connection$/);
      const { nodes, edges, pageInfo } = connection.getFields();
      expect(String(nodes?.type), field.name).toMatch(/^\[\w+!\]!$/);
      expect(String(edges?.type), field.name).toMatch(/^\[\w+Edge!\]!$/);
      expect(String(pageInfo?.type), field.name).toBe("PageInfo!");
      expect(String(field.args.find((arg) => arg.name === "after")!.type), field.name).toBe("String");
    }
  });
});
