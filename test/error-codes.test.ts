/**
 * The error-code catalogue (subgraphs/shared/error-codes.ts) is complete and is the one source of
 * the mask's public codes, the schema's `ErrorCode` enum and the README's table; and the statuses
 * it promises are those the gateway answers with.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, isEnumType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODE_NAMES, ERROR_CODES, type ErrorCodeName } from "../subgraphs/shared/error-codes.js";
import { PUBLIC_ERROR_CODES } from "../subgraphs/shared/errors.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

/** Every code our own code puts in an error: `code: "X"` in extensions, and REST bodies' errorBody("X", …). */
function codesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles("gateway"), ...sourceFiles("subgraphs")]) {
    for (const match of read(file).matchAll(/\bcode: "([A-Z][A-Z_]+)"|errorBody\("([A-Z][A-Z_]+)"/g)) found.set(match[1] ?? match[2]!, file);
  }
  return found;
}

describe("the error-code catalogue", () => {
  it("names every code the gateway and the subgraphs put in an error", () => {
    const found = codesInSource();
    expect(found.size).toBeGreaterThan(8);
    for (const [code, file] of found) expect(ERROR_CODE_NAMES, `${code} (${file})`).toContain(code);
  });

  it("is where the error mask's public codes come from", () => {
    expect([...PUBLIC_ERROR_CODES].sort()).toEqual(ERROR_CODE_NAMES.filter((code) => ERROR_CODES[code].passesMask).sort());
  });

  it("is the schema's ErrorCode enum, every value described, kept by the virhekoodit query", () => {
    const api = buildSchema(read("schema/api.graphql"));
    const type = api.getType("ErrorCode");
    expect(isEnumType(type)).toBe(true);
    if (!isEnumType(type)) return;
    expect(type.getValues().map((v) => v.name).sort()).toEqual([...ERROR_CODE_NAMES].sort());
    for (const value of type.getValues()) expect(value.description, value.name).toContain(ERROR_CODES[value.name as ErrorCodeName].clientAction);
    expect(String(api.getQueryType()!.getFields().virhekoodit!.type)).toBe("[ErrorCode!]!");
  });

  it("is the README's table, row for row", () => {
    const readme = read("README.md");
    const rows = ERROR_CODE_NAMES.map((code) => {
      const e = ERROR_CODES[code];
      return `| \`${code}\` | ${e.graphqlStatus ?? "—"} | ${e.restStatus ?? "—"} | ${e.meaning} | ${e.clientAction} |`;
    });
    const table = readme.split("\n").filter((line) => /^\| `[A-Z_]+` \|/.test(line) && ERROR_CODE_NAMES.some((code) => line.startsWith(`| \`${code}\` |`)));
    expect(table).toEqual(rows);
  });
});

describe("the statuses it promises, through the gateway", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service?.close());

  const post = async (body: unknown, token?: string) => {
    const response = await fetch(service.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, code: json.errors?.[0]?.extensions?.code };
  };

  it.each([
    ["UNAUTHENTICATED", async () => post({ query: "{ me { oid } }" })],
    ["GRAPHQL_PARSE_FAILED", async () => post({ query: "{ me { oid " }, await service.token("aino"))],
    ["GRAPHQL_VALIDATION_FAILED", async () => post({ query: "{ me { noSuchField } }" }, await service.token("aino"))],
    ["BAD_REQUEST", async () => post("{not json", await service.token("aino"))],
    ["NOT_FOUND", async () => post({ query: "{ hoks(id: 999999) { id } }" }, await service.token("aino"))],
    ["BAD_USER_INPUT", async () => post({ query: `{ kayttoloki(after: "nonsense") { nodes { aika } } }` }, await service.token("aino"))],
    ["FORBIDDEN", async () => post({ query: "{ auditLoki { nodes { aika } } }" }, await service.token("aino"))],
  ] as const)("%s", async (code, send) => {
    const answer = await send();
    expect(answer.code).toBe(code);
    expect(ERROR_CODES[code].graphqlStatus).toMatch(new RegExp(`^${answer.status}\\b|\\b${answer.status}\\b`));
  });

  it("virhekoodit lists the catalogue", async () => {
    const { body } = await postGraphQL(service.gatewayUrl, "{ virhekoodit }", { token: await service.token("liisa") });
    expect(body.data.virhekoodit).toEqual(ERROR_CODE_NAMES);
  });
});
