/**
 * The REST door's OpenAPI document as tests use it: compiled with ajv (JSON Schema 2020-12, as
 * OpenAPI 3.1 has it), request and response schemas looked up by path and method, and the schema
 * at a document path, to tell whether a rule beyond the schema explains a refusal there.
 */
import Ajv2020Module, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { RestResponse } from "./rest.js";
import { RULES_IN_WORDS } from "../../gateway/rest/openapi-plan-schema.js";

type Json = Record<string, any>;

// Both are CommonJS modules whose default export is the module object under some loaders.
const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as typeof addFormatsModule;

const DOCUMENT_ID = "https://contract.test/openapi.json";

/**
 * The official OpenAPI 3.1 schema (spec.openapis.org/oas/3.1/schema/2022-10-07, Apache-2.0; a
 * copy beside this file, for tests without a network). ajv resolves its `$dynamicRef: "#meta"`
 * to the wrong place; in this schema `#meta` is `$defs/schema` (any object or boolean), so the
 * reference is made plain.
 */
export function openApi31Validator(): ValidateFunction {
  const text = readFileSync(new URL("./openapi-3.1-schema.json", import.meta.url), "utf8").replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(text));
}

/** A JSON pointer fragment to a place in the document. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${encodeURIComponent(String(s).replaceAll("~", "~0").replaceAll("/", "~1"))}`).join("");
}

function at(document: Json, fragment: string): any {
  return fragment
    .split("/")
    .slice(1)
    .map((s) => decodeURIComponent(s).replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((node: any, key) => node?.[key], document);
}

export class Contract {
  private readonly ajv: InstanceType<typeof Ajv2020>;

  constructor(readonly document: Json) {
    // Strict: a keyword ajv does not know, or a type that contradicts itself, fails the compile.
    this.ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(this.ajv);
    // The document's own keys are no schema keywords; its schemas sit below them.
    this.ajv.addVocabulary(["openapi", "info", "servers", "security", "paths", "components"]);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  }

  /** The schema at a place in the document, compiled. */
  validatorAt(fragment: string): ValidateFunction {
    const validate = this.ajv.getSchema(`${DOCUMENT_ID}#${fragment}`);
    if (!validate) throw new Error(`no schema at ${fragment}`);
    return validate;
  }

  /** Follows `$ref`s to the object they name. */
  resolve(node: any): any {
    let current = node;
    while (current && typeof current.$ref === "string") current = at(this.document, current.$ref.slice(1));
    return current;
  }

  /** Every `$ref` in the document, with where it stands. */
  refs(): { from: string; ref: string }[] {
    const found: { from: string; ref: string }[] = [];
    const walk = (node: unknown, place: string) => {
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string") found.push({ from: place, ref: value });
        else walk(value, `${place}/${key}`);
      }
    };
    walk(this.document, "");
    return found;
  }

  refResolves(ref: string): boolean {
    return ref.startsWith("#/") && at(this.document, ref.slice(1)) !== undefined;
  }

  /** The request body schema of an operation. */
  requestValidator(path: string, method: string): ValidateFunction {
    return this.validatorAt(pointer("paths", path, method, "requestBody", "content", "application/json", "schema"));
  }

  /** The response of an operation for a status, as the document has it (a `$ref` followed), or undefined. */
  response(path: string, method: string, status: number): { fragment: string; response: Json } | undefined {
    const declared = this.document.paths[path]?.[method]?.responses?.[String(status)];
    if (!declared) return undefined;
    const fragment = typeof declared.$ref === "string" ? declared.$ref.slice(1) : pointer("paths", path, method, "responses", String(status));
    return { fragment, response: this.resolve(declared) };
  }

  /** Whether the schema at a document path (keys and indexes, as problems name them), or its object, says a rule beyond itself. */
  explainsBeyondSchema(root: string, path: string): boolean {
    const segments = path === "" ? [] : path.split(".");
    const nodes: any[] = [at(this.document, root)];
    for (const segment of segments) nodes.push(this.child(nodes[nodes.length - 1], segment));
    // A rule of an object is reported at the object, or at the key it is about (and names).
    const key = segments[segments.length - 1];
    return this.describesBeyond(nodes[segments.length]) || (key !== undefined && this.describesBeyond(nodes[segments.length - 1], key));
  }

  private child(node: any, segment: string): any {
    let current = this.resolve(node);
    if (Array.isArray(current?.anyOf)) current = this.resolve(current.anyOf.find((branch: any) => branch.type !== "null"));
    return /^\d+$/.test(segment) ? current?.items : current?.properties?.[segment];
  }

  /** Whether the node's description gives rules in words (naming `key`, when given). */
  private describesBeyond(node: any, key?: string): boolean {
    if (!node) return false;
    const text = typeof node.description === "string" ? node.description : "";
    const words = text.slice(text.indexOf(RULES_IN_WORDS) + 1);
    if (text.includes(RULES_IN_WORDS) && (key === undefined || words.includes(key))) return true;
    if (typeof node.$ref === "string") return this.describesBeyond(this.resolve(node), key);
    return Array.isArray(node.anyOf) && node.anyOf.some((branch: any) => this.describesBeyond(branch, key));
  }
}

/** ajv's errors, short, for a failing expectation's message. */
export function errorsText(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}${e.params && "additionalProperty" in e.params ? `: ${e.params.additionalProperty}` : ""}`);
}

/** Where ajv put its errors, as document paths (keys and indexes joined with dots). */
export function errorPaths(errors: ErrorObject[] | null | undefined): Set<string> {
  return new Set((errors ?? []).map((e) => e.instancePath.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).join(".")));
}

/**
 * The door's answer validates against the response the contract declares for the path, method and
 * status: its body against the JSON schema, or no body where the contract has no content.
 */
export function expectDeclaredAnswer(contract: Contract, path: string, method: string, answer: RestResponse & { headers?: Headers }): void {
  const declared = contract.response(path, method, answer.status);
  expect(declared, `${method.toUpperCase()} ${path} answers ${answer.status}, which the contract does not declare`).toBeDefined();
  const content = declared!.response.content?.["application/json"];
  if (!content) {
    expect(answer.body).toBeUndefined();
    return;
  }
  const validate = contract.validatorAt(`${declared!.fragment}/content/application~1json/schema`);
  expect(validate(answer.body), `${method.toUpperCase()} ${path} ${answer.status}: ${JSON.stringify(errorsText(validate.errors))}`).toBe(true);
  for (const name of Object.keys(declared!.response.headers ?? {})) {
    const schema = contract.resolve(declared!.response.headers[name]).schema;
    if (answer.headers && schema.pattern) expect(answer.headers.get(name)).toMatch(new RegExp(schema.pattern));
  }
}

