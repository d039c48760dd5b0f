/**
 * What a partner subgraph may and may not do in our supergraph. A partner describes curricula;
 * it must never be handed a student's data. The gateway sends a subgraph the representations of
 * the entities it extends, so a partner that extended `Hoks` or `Henkilo` would receive plan ids
 * and person OIDs: only the curriculum references are open to extension. `@override` would let a
 * partner take over one of our fields, and a root field of ours redefined would answer in our
 * name: both are refused.
 */
import { Kind, parse, type DocumentNode } from "graphql";

/** Entity types partners may extend: keys only on our side, made from what the caller may see. */
export const PARTNER_EXTENSIBLE_TYPES = ["TutkinnonOsa", "Peruste", "PaikallinenTutkinnonOsa"] as const;

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

interface OurSchema {
  typeNames: Set<string>;
  rootFields: Set<string>;
}

function definitionsOf(document: DocumentNode) {
  return document.definitions.filter(
    (d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION ||
      d.kind === Kind.OBJECT_TYPE_EXTENSION ||
      d.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      d.kind === Kind.INTERFACE_TYPE_EXTENSION ||
      d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
      d.kind === Kind.ENUM_TYPE_DEFINITION ||
      d.kind === Kind.UNION_TYPE_DEFINITION ||
      d.kind === Kind.SCALAR_TYPE_DEFINITION,
  ) as { name: { value: string }; fields?: readonly { name: { value: string }; directives?: readonly { name: { value: string } }[] }[]; directives?: readonly { name: { value: string } }[] }[];
}

export function ourSchemaOf(sdls: string[]): OurSchema {
  const typeNames = new Set<string>();
  const rootFields = new Set<string>();
  for (const sdl of sdls) {
    for (const definition of definitionsOf(parse(sdl))) {
      typeNames.add(definition.name.value);
      if (ROOT_TYPES.has(definition.name.value)) for (const field of definition.fields ?? []) rootFields.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return { typeNames, rootFields };
}

/** The partner's breaches of the policy, in plain words; empty when it may join. */
export function partnerPolicyProblems(partner: string, sdl: string, ours: OurSchema): string[] {
  const problems: string[] = [];
  const extensible = new Set<string>(PARTNER_EXTENSIBLE_TYPES);
  for (const definition of definitionsOf(parse(sdl))) {
    const name = definition.name.value;
    if (ROOT_TYPES.has(name)) {
      for (const field of definition.fields ?? []) {
        if (ours.rootFields.has(`${name}.${field.name.value}`)) problems.push(`${partner} defines ${name}.${field.name.value}, which eHOKS serves: give the field a name of its own`);
      }
    } else if (ours.typeNames.has(name) && !extensible.has(name) && !isFederationBuiltIn(name)) {
      problems.push(`${partner} defines the type ${name}, which belongs to eHOKS: partners may extend only ${PARTNER_EXTENSIBLE_TYPES.join(", ")} (rename the type if it is the partner's own)`);
    }
    const directives = [...(definition.directives ?? []), ...(definition.fields ?? []).flatMap((f) => f.directives ?? [])];
    if (directives.some((d) => d.name.value === "override")) problems.push(`${partner} uses @override on ${name}: a partner may not take fields over from another subgraph`);
  }
  return problems;
}

/** Types every federated subgraph may declare. */
function isFederationBuiltIn(name: string): boolean {
  return name.startsWith("_") || name.startsWith("link__") || name.startsWith("federation__") || ["String", "Int", "Float", "Boolean", "ID"].includes(name);
}
