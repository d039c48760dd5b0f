/**
 * graphql-shield, configured to fail closed in every subgraph: every field not named in the rule
 * tree is denied; errors from resolvers are passed on only when they are ours and public, and
 * anything else becomes a masked internal error instead of "not authorised".
 */
import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { applyMiddlewareToDeclaredResolvers } from "graphql-middleware";
import { allow, deny, rule, shield } from "graphql-shield";
import type { IRules } from "graphql-shield";
import { forbidden, INTERNAL_ERROR_MESSAGE, PUBLIC_ERROR_CODES } from "./errors.js";
import { hasGrant } from "./grant.js";
import { logFailure, type LogScope } from "./log.js";
import type { Role } from "./auth/principal.js";
import type { SubgraphContext } from "./context.js";

/** The caller presented a verified token (every subgraph context requires one; this is the belt to those braces). */
export const isAuthenticated = rule({ cache: "contextual" })((_parent, _args, ctx: SubgraphContext) => Boolean(ctx?.principal));

/** The caller has this role (a rule per role, so shield's contextual cache keys stay apart). */
type ShieldRule = ReturnType<ReturnType<typeof rule>>;
const roleRules = new Map<Role, ShieldRule>();
export function hasRole(role: Role): ShieldRule {
  if (!roleRules.has(role)) roleRules.set(role, rule(`hasRole-${role}`, { cache: "contextual" })((_parent, _args, ctx: SubgraphContext) => ctx?.principal?.role === role));
  return roleRules.get(role)!;
}

/**
 * The object reached this field through a scoped data function, which stamped it with the rule that
 * granted it. Reads the parent, so it must never use the contextual cache.
 */
export const cameThroughScope = rule({ cache: "no_cache" })((parent: unknown) => hasGrant(parent));

function fallbackError(thrown: unknown, context: { logScope?: LogScope } | undefined): GraphQLError {
  if (thrown instanceof GraphQLError && PUBLIC_ERROR_CODES.has(String(thrown.extensions?.code))) return thrown;
  if (thrown) {
    const masked = new GraphQLError(INTERNAL_ERROR_MESSAGE, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
    // Logged here, where the cause is known; the subgraph's and the gateway's masks then know it.
    logFailure(thrown, "resolver failed", context?.logScope, [masked]);
    return masked;
  }
  return forbidden();
}

/** The caller is a gateway or router (role `gateway`): the only one that needs a subgraph's SDL. */
export const isGateway = hasRole("gateway");

/**
 * The federation fields every subgraph exposes, for its `Query` rules: `_entities` is safe because
 * entity types are guarded; the SDL is served to gateways only (introspection being off does not
 * turn `_service` off).
 */
export const federationRules = { _service: isGateway, _entities: allow } as const;

/** `_service` alone is not enough: its `sdl` field sits on the `_Service` type. */
export const federationTypeRules = { _Service: allow } as const;

/**
 * A guarded type's plain field: shows the value only on an object a scoped data function stamped,
 * as `cameThroughScope` does, but synchronously. Shield's wrapper is async: on every plain field of
 * every item of a list it made promises (each also paying the log scope's promise hooks) and cost
 * the official's list of 50 students about a tenth of its throughput (bench/results/ladder.md).
 */
const grantedValue: GraphQLFieldResolver<unknown, unknown> = (parent, args, ctx, info) => {
  if (!hasGrant(parent)) throw forbidden();
  return defaultFieldResolver(parent, args, ctx, info);
};

/** A field graphql resolves by reading the property (graphql-middleware sets the default resolver on them explicitly). */
export function isPlainField(field: GraphQLField<unknown, unknown>): boolean {
  return field.resolve === undefined || field.resolve === defaultFieldResolver;
}

/** The types whose every field needs the object to have come through a scoped data function. */
export function guardedTypes(rules: IRules): string[] {
  return Object.entries(rules).filter(([, rule]) => rule === cameThroughScope).map(([type]) => type);
}

/**
 * Wraps every field that has a resolver of its own: root fields, entity fields, list resolvers.
 * Plain value fields (object types built with `simpleResolvers: true`) keep graphql's default
 * resolver and no middleware: shield's async wrapper on each of them cost more than all the
 * rules together, and they decide nothing, since such a value is only reached through a guarded
 * object. test/permissions-coverage.test.ts keeps every such type an explicitly allowed value.
 * Guarded types are built with `simpleResolvers: true` too: their resolvers get shield's rule,
 * their plain fields the same check without its wrapper (`grantedValue`).
 */
export function applyPermissions(schema: GraphQLSchema, rules: IRules): GraphQLSchema {
  const permissions = shield(rules, {
    fallbackRule: deny,
    allowExternalErrors: false,
    fallbackError: (thrown, _parent, _args, context) => fallbackError(thrown, context as { logScope?: LogScope } | undefined),
  });
  const guarded = applyMiddlewareToDeclaredResolvers(schema, permissions);
  for (const name of guardedTypes(rules)) {
    const type = guarded.getType(name);
    if (!isObjectType(type)) throw new Error(`Shield rules guard ${name}, which is not an object type of the schema`);
    for (const field of Object.values(type.getFields())) if (isPlainField(field)) field.resolve = grantedValue;
  }
  return guarded;
}

export { allow, deny };
