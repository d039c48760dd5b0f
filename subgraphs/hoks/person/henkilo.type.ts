import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The persons subgraph owns the person; this subgraph adds the plans to it. */
@Directive('@key(fields: "oid")')
@ObjectType({ description: "A person: a student, or anyone else who logs in." })
export class Henkilo {
  @Field(() => ID, { description: "Person OID (1.2.246.562.24.…)." })
  oid!: string;
}
