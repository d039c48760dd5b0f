import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A reference to a plan, resolved by the hoks subgraph (which applies its own scope). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: "A personal competence development plan (HOKS)." })
export class Hoks {
  @Field(() => ID, { description: "Server-made identifier of the plan." })
  id!: number;
}
