/**
 * Random requests for the public GraphQL edge: documents built from the supergraph's own types,
 * fields, arguments and enums (random nesting, aliases, fragments, directives, arguments of the
 * right and of the wrong type, variables that match their declarations or not), operation names
 * that match or not, plus plain garbage: random text as the query, random JSON bodies, bodies that
 * are not JSON, odd content types, GET requests. Each request says who asks: a demo role, nobody,
 * a garbage Authorization header, or a correctly signed token with random claims.
 */
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  GraphQLNonNull,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { readSupergraph } from "../../gateway/supergraph.js";

// ---------------------------------------------------------------------------------------------
// Who asks

export type Auth =
  | { kind: "role"; role: string }
  | { kind: "none" }
  /** A literal Authorization header value. */
  | { kind: "header"; value: string }
  /** A token signed with the service's own key, with these claims (and these registered ones). */
  | { kind: "claims"; claims: Record<string, unknown>; expiresIn: string | number | undefined; issuer: "right" | "wrong"; audience: "right" | "wrong" };

export interface FuzzRequest {
  method: "POST" | "GET";
  auth: Auth;
  contentType?: string;
  /** Extra headers (a share link, the CSRF preflight header). */
  headers: Record<string, string>;
  /** The raw POST body. */
  body?: string;
  /** The query string of a GET, with its `?`. */
  search?: string;
  /** What the request carries, for the known-issue classifiers. */
  graphql?: { query?: unknown; operationName?: unknown; variables?: unknown };
}

// ---------------------------------------------------------------------------------------------
// The schema the documents are built from: the API schema of the committed supergraph.

export interface SchemaPool {
  schema: GraphQLSchema;
  typeNames: string[];
  fieldNames: string[];
  argNames: string[];
  enumValues: string[];
}

export function schemaPool(): SchemaPool {
  const schema = buildSchema(readSupergraph(), { assumeValidSDL: true });
  const internal = (name: string) => name.startsWith("__") || name.startsWith("join__") || name.startsWith("link__");
  const types = Object.values(schema.getTypeMap()).filter((t) => !internal(t.name));
  const fieldNames = new Set<string>();
  const argNames = new Set<string>();
  const enumValues = new Set<string>();
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        fieldNames.add(field.name);
        for (const arg of (field as GraphQLField<unknown, unknown>).args ?? []) argNames.add(arg.name);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) enumValues.add(value.name);
  }
  return { schema, typeNames: types.map((t) => t.name), fieldNames: [...fieldNames], argNames: [...argNames], enumValues: [...enumValues] };
}

// ---------------------------------------------------------------------------------------------
// Values

/** Strings an attacker likes: quotes, SQL, escapes, NUL, right-to-left marks, long ones, ids. */
const NASTY_STRINGS = [
  "",
  "'",
  '"',
  "\\",
  "' OR '1'='1",
  "1; DROP TABLE hoks.hoks; --",
  "'); delete from persons.henkilo where ('1'='1",
  "%' union select 1 --",
  "$1",
  "::text",
  "\u0000",
  "a\u0000b",
  "\u202e\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
  "Äiti öljyää \u00e5",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
  "\ud800",
  "\t\r\n",
  "${process.env}",
  "{{7*7}}",
  "../../../../etc/passwd",
  "<script>alert(1)</script>",
  "x".repeat(5000),
  "1.2.246.562.24.55500012349",
  "1.2.246.562.15.55500012343",
  "1.2.246.562.10.55500012343",
  "1.2.246.562.10.00000000001",
  "7654322-0",
  "1",
  "-1",
  "0",
  "1e400",
  "NaN",
  "99999999999999999999999999",
  "2026-02-01",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "2026-02-01T25:61:61Z",
  "true",
  "null",
];

const VALID_INTS = ["0", "1", "2", "3", "7", "-1", "2147483647", "-2147483648"];
const DATES = ["2026-02-01", "2026-01-01", "2025-08-01", "2026-06-30", "1970-01-01", "9999-12-31", "2024-02-29"];
const DATE_TIMES = ["2026-02-01T00:00:00.000Z", "2026-02-01T12:00:00+02:00", "1970-01-01T00:00:00Z"];
const NUMBER_LITERALS = ["0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "9007199254740993", "99999999999999999999999999999", "1.5", "-1.5e-300", "1e308", "1e309", "0.0000001"];

const identifier = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,12}$/);
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 120 });
export const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: printable },
);

/** JSON of any shape, for variables and whole bodies. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, Number.MIN_VALUE),
    anyString,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(identifier, anyString), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** GraphQL source text of a string: as JSON writes it (valid GraphQL, mostly), or a block string. */
function stringLiteral(text: string, block: boolean): string {
  return block ? `"""${text.replace(/"""/g, '\\"""')}"""` : JSON.stringify(text);
}

// ---------------------------------------------------------------------------------------------
// Documents

type Gen = fc.GeneratorValue;

export interface FuzzDocument {
  query: string;
  operationName?: unknown;
  variables?: unknown;
  operationType: "query" | "mutation" | "subscription";
}

class DocumentBuilder {
  private readonly variables: { name: string; type: string; value: unknown }[] = [];
  private readonly fragments: string[] = [];
  private maxDepth = 4;
  /** A clean document is valid against the schema (values of the right types, variables declared as used). */
  private clean = false;
  /** Fields left to select, so that documents stay under the token and cost limits (mostly). */
  private budget = 40;
  /** Field names selected so far: a clean document aliases a repeated field with arguments. */
  private readonly selected = new Set<string>();

  constructor(
    private readonly pool: SchemaPool,
    private readonly g: Gen,
  ) {}

  private chance(p: number): boolean {
    return this.g(fc.integer, { min: 0, max: 999 }) < p * 1000;
  }

  /** Like chance, but never in a clean document: for the deliberate mistakes. */
  private mistake(p: number): boolean {
    return !this.clean && this.chance(p);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.g(fc.nat, { max: items.length - 1 })]!;
  }

  private name(): string {
    return this.chance(0.7) ? this.pick([...this.pool.fieldNames, ...this.pool.typeNames]) : this.g(() => identifier);
  }

  build(): FuzzDocument {
    const { schema } = this.pool;
    this.clean = this.chance(0.6);
    const operationType = this.clean
      ? this.pick(["query", "query", "query", "query", "mutation"] as const)
      : this.pick(["query", "query", "query", "query", "query", "query", "mutation", "mutation", "subscription"] as const);
    const root = operationType === "mutation" ? schema.getMutationType()! : schema.getQueryType()!;
    this.maxDepth = this.g(fc.integer, { min: 1, max: this.clean ? 7 : 12 });
    this.budget = this.g(fc.integer, { min: 3, max: this.clean ? 40 : 120 });
    const selection = this.selectionSet(root, 1);
    const operationName = this.chance(0.5) ? this.g(() => identifier) : undefined;
    const definitions = this.variables.map((v) => `$${v.name}: ${v.type}`);
    const header =
      operationType === "query" && !operationName && definitions.length === 0 && this.chance(0.5)
        ? ""
        : `${operationType}${operationName ? ` ${operationName}` : ""}${definitions.length ? `(${definitions.join(", ")})` : ""} `;
    let query = `${header}${selection}${this.fragments.map((f) => `\n${f}`).join("")}`;
    if (this.mistake(0.15)) query += `\nquery ${this.chance(0.5) ? (operationName ?? "Other") : "Second"} { __typename }`;
    if (this.mistake(0.15)) query = this.corrupt(query);

    let variables: unknown;
    if (this.clean || this.chance(0.85)) {
      const values = Object.fromEntries(this.variables.filter(() => this.clean || this.chance(0.9)).map((v) => [v.name, v.value]));
      if (this.mistake(0.1)) values[this.g(() => identifier)] = this.g(() => anyJson);
      variables = this.variables.length || this.chance(0.5) ? values : undefined;
    } else {
      variables = this.g(() => anyJson);
    }

    const nameChoice = this.g(fc.integer, { min: 0, max: this.clean ? 7 : 9 });
    const chosenName =
      nameChoice < 5 ? undefined : nameChoice < 8 ? operationName : nameChoice < 9 ? this.g(() => identifier) : this.g(() => anyJson);
    return { query, operationName: chosenName, variables, operationType };
  }

  /** Breaks the text: cut it, drop or add a brace, or put random characters somewhere. */
  private corrupt(text: string): string {
    const at = this.g(fc.nat, { max: text.length });
    switch (this.g(fc.integer, { min: 0, max: 3 })) {
      case 0:
        return text.slice(0, at);
      case 1:
        return text.slice(0, at) + this.pick(["{", "}", "(", ")", "[", "]", ":", "$", "@", "...", '"', "#", "!", "="]) + text.slice(at);
      case 2:
        return text.slice(0, at) + this.g(() => anyString) + text.slice(at);
      default:
        return text.replace(/[{}]/, "");
    }
  }

  private selectionSet(type: GraphQLCompositeType, depth: number): string {
    if (depth > this.maxDepth || this.budget <= 0) return "{ __typename }";
    const count = Math.max(1, Math.min(this.budget, this.g(fc.integer, { min: 1, max: depth === 1 ? 3 : 4 })));
    this.budget -= count;
    const items: string[] = [];
    for (let i = 0; i < count; i++) items.push(this.selection(type, depth));
    return `{ ${items.join(" ")} }`;
  }

  private selection(type: GraphQLCompositeType, depth: number): string {
    const { schema } = this.pool;
    const roll = this.g(fc.integer, { min: 0, max: 99 });
    if (isUnionType(type) || roll < 4) {
      const possible = isUnionType(type) || isInterfaceType(type) ? schema.getPossibleTypes(type) : [type];
      const on = !this.mistake(0.1) ? this.pick(possible) : this.pick(Object.values(schema.getTypeMap()).filter(isObjectType));
      return `... on ${on.name} ${this.selectionSet(on, depth + 1)}`;
    }
    if (roll < 7) return `__typename`;
    if (roll < 9) {
      const name = `F${this.fragments.length}`;
      const on = !this.mistake(0.1) ? type : this.pick(Object.values(schema.getTypeMap()).filter(isObjectType));
      this.fragments.push(`fragment ${name} on ${on.name} ${this.selectionSet(on, depth + 1)}`);
      return `...${name}`;
    }
    if (roll < 12 && !this.clean) return `${this.name()}${this.chance(0.5) ? ` ${this.selectionSet(type, depth + 1)}` : ""}`;
    const fields = Object.values(type.getFields());
    const field = this.pick(fields);
    const repeated = this.clean && field.args.length > 0 && this.selected.has(field.name);
    this.selected.add(field.name);
    let text = repeated ? `${field.name}_${this.selected.size}: ${field.name}` : this.chance(0.15) ? `${this.g(() => identifier)}: ${field.name}` : field.name;
    const args: string[] = [];
    for (const arg of field.args) {
      if (isNonNullType(arg.type) ? !this.mistake(0.08) : this.chance(0.4)) args.push(`${arg.name}: ${this.value(arg.type, 0)}`);
    }
    if (this.mistake(0.04)) args.push(`${this.chance(0.5) ? this.pick(this.pool.argNames) : this.g(() => identifier)}: ${this.randomLiteral(0)}`);
    if (args.length) text += `(${args.join(", ")})`;
    if (this.chance(0.05)) text += ` ${this.directive()}`;
    const named = getNamedType(field.type);
    if (isCompositeType(named)) {
      if (!this.mistake(0.04)) text += ` ${this.selectionSet(named, depth + 1)}`;
    } else if (isLeafType(named) && this.mistake(0.03)) {
      text += ` { ${this.name()} }`;
    }
    return text;
  }

  private directive(): string {
    const boolean = this.pool.schema.getType("Boolean") as GraphQLInputType;
    if (this.clean) return `@${this.pick(["include", "skip"])}(if: ${this.value(new GraphQLNonNull(boolean), 0)})`;
    const name = this.pick(["include", "skip", "include", "skip", "deprecated", "specifiedBy", "oneOf", "defer", "stream", "join__field", "link"]);
    if (this.chance(0.2)) return `@${name}`;
    return `@${name}(${this.chance(0.8) ? "if" : this.g(() => identifier)}: ${this.chance(0.6) ? this.value(boolean, 0) : this.randomLiteral(0)})`;
  }

  /** A literal (or a variable) for an input type: usually of that type, sometimes not. */
  private value(type: GraphQLInputType, depth: number, inner: { nonNull: boolean } = { nonNull: false }): string {
    if (depth > 9) return this.chance(0.5) ? "null" : "{}";
    const roll = this.g(fc.integer, { min: 0, max: 99 });
    if (roll < 10 && !this.clean) return this.randomLiteral(depth);
    // A variable stands for the whole (outer) type, so that its declaration fits where it is used.
    if (roll < 25 && !inner.nonNull) return this.variableFor(type);
    if (isNonNullType(type)) return this.mistake(0.04) ? "null" : this.value(type.ofType, depth, { nonNull: true });
    if (!inner.nonNull && this.chance(0.05)) return "null";
    if (isListType(type)) {
      if (this.chance(0.3)) return this.value(type.ofType, depth + 1);
      const n = this.g(fc.integer, { min: 0, max: 3 });
      return `[${Array.from({ length: n }, () => this.value(type.ofType, depth + 1)).join(", ")}]`;
    }
    if (isInputObjectType(type)) {
      const parts: string[] = [];
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) ? !this.mistake(0.1) : this.chance(depth > 2 ? 0.1 : 0.3)) parts.push(`${field.name}: ${this.value(field.type, depth + 1)}`);
      }
      if (this.mistake(0.05)) parts.push(`${this.g(() => identifier)}: ${this.randomLiteral(depth + 1)}`);
      return `{ ${parts.join(", ")} }`;
    }
    if (isEnumType(type)) return !this.mistake(0.1) ? this.pick(type.getValues()).name : this.pick(this.pool.enumValues);
    if (isScalarType(type)) return this.scalarLiteral(type.name, depth);
    return this.randomLiteral(depth);
  }

  private scalarLiteral(name: string, depth: number): string {
    switch (name) {
      case "Int":
        return this.clean ? this.pick(VALID_INTS) : this.pick(NUMBER_LITERALS);
      case "Float":
        return this.pick(NUMBER_LITERALS);
      case "Boolean":
        return this.pick(["true", "false"]);
      case "JSONObject":
        return this.objectLiteral(depth);
      case "ID":
        return this.chance(0.3) ? this.pick(this.clean ? VALID_INTS : NUMBER_LITERALS) : stringLiteral(this.g(() => anyString), false);
      case "LocalDate":
        return stringLiteral(this.clean || this.chance(0.5) ? this.pick(DATES) : this.g(() => anyString), false);
      case "DateTimeISO":
        return stringLiteral(this.clean || this.chance(0.5) ? this.pick(DATE_TIMES) : this.g(() => anyString), false);
      default:
        return stringLiteral(this.g(() => anyString), this.chance(0.05));
    }
  }

  private objectLiteral(depth: number): string {
    const n = this.g(fc.integer, { min: 0, max: 3 });
    return `{ ${Array.from({ length: n }, () => `${this.chance(0.5) ? this.pick(this.pool.fieldNames) : this.g(() => identifier)}: ${this.randomLiteral(depth + 1)}`).join(", ")} }`;
  }

  /** Any literal at all: of a random kind, whatever the argument expects. */
  private randomLiteral(depth: number): string {
    const kinds = depth > 3 ? 5 : 8;
    switch (this.g(fc.integer, { min: 0, max: kinds - 1 })) {
      case 0:
        return stringLiteral(this.g(() => anyString), this.chance(0.1));
      case 1:
        return this.pick(NUMBER_LITERALS);
      case 2:
        return this.pick(["true", "false", "null"]);
      case 3:
        return this.pick(this.pool.enumValues);
      case 4:
        return this.variableFor(undefined);
      case 5:
        return `[${Array.from({ length: this.g(fc.integer, { min: 0, max: 3 }) }, () => this.randomLiteral(depth + 1)).join(", ")}]`;
      default:
        return this.objectLiteral(depth);
    }
  }

  /** A variable: declared with the expected type (or another), given a value of it (or not). */
  private variableFor(type: GraphQLInputType | undefined): string {
    if (this.variables.length && this.mistake(0.2)) return `$${this.pick(this.variables).name}`;
    const name = `v${this.variables.length}`;
    const declared =
      type && (this.clean || this.chance(0.75))
        ? String(type)
        : this.pick(["String", "String!", "Int", "Int!", "ID!", "[ID!]!", "Boolean", "Float", "JSONObject", "LocalDate!", "HoksInput", "CreateConsentInput!", "SuostumuksenOsio", "[String]", "Nonexistent", "Henkilo"]);
    const value = type && (this.clean || this.chance(0.7)) ? this.jsonFor(type, 0) : this.g(() => anyJson);
    this.variables.push({ name, type: declared, value });
    return `$${name}`;
  }

  /** A JSON value for a variable of this type: usually fitting, sometimes not. */
  private jsonFor(type: GraphQLInputType, depth: number, nonNull = false): unknown {
    if (this.mistake(0.08)) return this.g(() => anyJson);
    if (isNonNullType(type)) return this.jsonFor(type.ofType, depth, true);
    if (!nonNull && (depth > 9 || this.chance(0.05))) return null;
    if (isListType(type)) return Array.from({ length: this.g(fc.integer, { min: 0, max: 3 }) }, () => this.jsonFor(type.ofType, depth + 1));
    if (isInputObjectType(type)) {
      const result: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) ? !this.mistake(0.1) : this.chance(depth > 2 ? 0.1 : 0.3)) result[field.name] = this.jsonFor(field.type, depth + 1);
      }
      return result;
    }
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    switch ((type as GraphQLNamedType).name) {
      case "Int":
        return this.clean ? this.pick([0, -1, 1, 2, 3, 2147483647, -2147483648]) : this.pick([0, -1, 1, 2147483647, 2147483648, -2147483649, 2 ** 53 + 2, 1.5, 1e308]);
      case "LocalDate":
        return this.clean || this.chance(0.5) ? this.pick(DATES) : this.g(() => anyString);
      case "DateTimeISO":
        return this.clean || this.chance(0.5) ? this.pick(DATE_TIMES) : this.g(() => anyString);
      case "Float":
        return this.pick([0, 1.5, -1e308, 1e308, Number.MIN_VALUE]);
      case "Boolean":
        return this.chance(0.5);
      case "JSONObject":
        return this.g(() => fc.dictionary(fc.oneof(identifier, fc.constantFrom(...this.pool.fieldNames)), anyJson, { maxKeys: 5 }));
      case "ID":
        return this.chance(0.2) ? this.g(fc.integer, { min: -5, max: 100 }) : this.g(() => anyString);
      default:
        return this.mistake(0.2) ? this.g(fc.integer) : this.g(() => anyString);
    }
  }
}

export const documentArbitrary = (pool: SchemaPool): fc.Arbitrary<FuzzDocument> => fc.gen().map((g) => new DocumentBuilder(pool, g).build());

// ---------------------------------------------------------------------------------------------
// Whole requests

const ROLE_CLAIMS = ["student", "official", "service", "workplace", "authority", "oph", "gateway"];
const OIDS = ["1.2.246.562.24.55500012349", "1.2.246.562.24.55500012352", "1.2.246.562.24.55500012365", "1.2.246.562.24.00000000001"];
const ORGS = ["1.2.246.562.10.55500012343", "1.2.246.562.10.55500012376", "1.2.246.562.10.00000000001"];

const claimsArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    sub: fc.oneof(fc.constantFrom(...OIDS), anyString, fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })),
    role: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ROLE_CLAIMS) }, anyString, fc.integer(), fc.constant(null)),
    privileges: fc.oneof(
      {
        weight: 3,
        arbitrary: fc.array(
          fc.record(
            {
              org: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ORGS) }, anyString, fc.constant(null)),
              rights: fc.oneof(
                { weight: 3, arbitrary: fc.subarray(["read", "write", "update", "delete"]) },
                fc.array(fc.oneof(anyString, fc.integer()), { maxLength: 3 }),
                fc.constant(null),
                anyString,
              ),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
      },
      anyJson,
    ),
    basis: fc.oneof(fc.constant("tyollisyysrahasto"), anyString, fc.integer()),
    org: fc.oneof(fc.constantFrom(...ORGS), anyString, fc.constant({})),
    ytunnus: fc.oneof(fc.constant("7654322-0"), anyString),
    name: anyString,
  },
  { requiredKeys: [] },
);

const base64url = fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), maxLength: 80 });
const b64json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export const authArbitrary = (roles: string[]): fc.Arbitrary<Auth> =>
  fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...roles).map((role): Auth => ({ kind: "role", role })) },
    { weight: 2, arbitrary: fc.constant<Auth>({ kind: "none" }) },
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          printable,
          printable.map((t) => `Bearer ${t}`),
          fc.tuple(base64url, base64url, base64url).map(([a, b, c]) => `Bearer ${a}.${b}.${c}`),
          fc.tuple(anyJson, anyJson).map(([h, p]) => `Bearer ${b64json(h)}.${b64json(p)}.`),
          fc.constantFrom(...ROLE_CLAIMS).map((role) => `Bearer ${b64json({ alg: "none", typ: "JWT" })}.${b64json({ sub: OIDS[0], role, iss: "ehoks-dev", aud: "ehoks", exp: 4102444800 })}.`),
          fc.constantFrom("Bearer", "Bearer ", "bearer", "Basic YWRtaW46YWRtaW4=", "Bearer a b", "Bearer\ta", "Token abc"),
        )
        .map((value): Auth => ({ kind: "header", value: value.trim() })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({
          claims: claimsArbitrary,
          expiresIn: fc.constantFrom<string | number | undefined>("5m", "5m", "5m", undefined, 1, -60),
          issuer: fc.constantFrom<"right" | "wrong">("right", "right", "right", "wrong"),
          audience: fc.constantFrom<"right" | "wrong">("right", "right", "right", "wrong"),
        })
        .map((c): Auth => ({ kind: "claims", ...c })),
    },
  );

const contentTypes = fc.oneof(
  { weight: 40, arbitrary: fc.constant("application/json") },
  { weight: 3, arbitrary: fc.constant("application/json; charset=utf-8") },
  { weight: 2, arbitrary: fc.constantFrom("text/plain", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql-response+json", "APPLICATION/JSON", "application/jsonx", "*/*") },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: printable },
);

const extraHeaders = fc.record(
  {
    "x-share-link": fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{16,128}$/), printable),
    "apollo-require-preflight": fc.constantFrom("true", "1", ""),
    "x-apollo-operation-name": printable,
  },
  { requiredKeys: [] },
).map((headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== "")));

/** A body in the GraphQL-over-HTTP shape, with a schema-built or random query and random extras. */
const graphqlBody = (pool: SchemaPool) =>
  fc.oneof(
    { weight: 12, arbitrary: documentArbitrary(pool).map(({ query, operationName, variables }) => ({ query, operationName, variables }) as Record<string, unknown>) },
    { weight: 1, arbitrary: anyString.map((query) => ({ query }) as Record<string, unknown>) },
    { weight: 1, arbitrary: fc.record({ query: anyJson, variables: anyJson, operationName: anyJson, extensions: anyJson }, { requiredKeys: [] }) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          query: fc.option(documentArbitrary(pool).map((d) => d.query), { nil: undefined }),
          extensions: fc.record({ persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), anyJson), sha256Hash: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), anyJson) }, { requiredKeys: [] }) }),
        })
        .map((b) => b as Record<string, unknown>),
    },
  );

/** A query string as nobody's URL encoder would write it: stray and malformed percent escapes. */
const rawSearch = fc
  .array(
    fc.oneof(
      fc.constantFrom("query=", "operationName=", "variables=", "extensions=", "&", "=", "+", "%", "%FF", "%C3%28", "%E0%A4%A", "%ED%A0%80", "%00", "%25", "%2", "%7Bme%7Boid%7D%7D", "{__typename}", "%7B%22a%22%3A1%7D"),
      fc.stringMatching(/^[A-Za-z0-9_.~-]{0,8}$/),
    ),
    { maxLength: 8 },
  )
  .map((parts) => `?${parts.join("")}`);

export const requestArbitrary = (pool: SchemaPool, roles: string[]): fc.Arbitrary<FuzzRequest> =>
  fc.oneof(
    {
      weight: 1,
      arbitrary: fc.record({ auth: authArbitrary(roles), search: rawSearch, post: fc.boolean(), headers: extraHeaders }).map(
        ({ auth, search, post, headers }): FuzzRequest =>
          post
            ? { method: "POST", auth, contentType: "application/json", headers, search, body: JSON.stringify({ query: "{ __typename }" }), graphql: { query: "{ __typename }" } }
            : { method: "GET", auth, headers: { ...headers, "apollo-require-preflight": "true" }, search },
      ),
    },
    {
      weight: 20,
      arbitrary: fc.record({ auth: authArbitrary(roles), body: graphqlBody(pool), contentType: contentTypes, headers: extraHeaders }).map(
        ({ auth, body, contentType, headers }): FuzzRequest => ({ method: "POST", auth, contentType, headers, body: JSON.stringify(body), graphql: body }),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record({ auth: authArbitrary(roles), body: anyJson, headers: extraHeaders }).map(
        ({ auth, body, headers }): FuzzRequest => ({ method: "POST", auth, contentType: "application/json", headers, body: JSON.stringify(body) ?? "", graphql: typeof body === "object" && body !== null && !Array.isArray(body) ? (body as FuzzRequest["graphql"]) : undefined }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.record({ auth: authArbitrary(roles), body: fc.oneof(anyString, printable), contentType: contentTypes, headers: extraHeaders }).map(
        ({ auth, body, contentType, headers }): FuzzRequest => ({ method: "POST", auth, contentType, headers, body }),
      ),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({
          auth: authArbitrary(roles),
          document: documentArbitrary(pool),
          headers: extraHeaders,
          /** Without the CSRF preflight header a GET is refused; mostly send it. */
          preflight: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
          brokenVariables: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        })
        .map(({ auth, document, headers: extra, preflight, brokenVariables }): FuzzRequest => {
          const headers = preflight ? { ...extra, "apollo-require-preflight": "true" } : extra;
          const params = new URLSearchParams({ query: document.query });
          if (document.operationName !== undefined) params.set("operationName", typeof document.operationName === "string" ? document.operationName : JSON.stringify(document.operationName));
          if (document.variables !== undefined) params.set("variables", brokenVariables ? (JSON.stringify(document.variables) ?? "").slice(1) : JSON.stringify(document.variables));
          return { method: "GET", auth, headers, search: `?${params}`, graphql: { query: document.query, operationName: document.operationName, variables: document.variables } };
        }),
    },
  );
