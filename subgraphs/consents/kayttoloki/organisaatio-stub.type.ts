import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A reference to an organisation; its name and tree come from the persons subgraph. */
@Directive('@key(fields: "oid", resolvable: false)')
@ObjectType({ description: "An organisation (provider, institution, office)." })
export class Organisaatio {
  @Field(() => ID, { description: "Organisation OID (1.2.246.562.10.…)." })
  oid!: string;
}
