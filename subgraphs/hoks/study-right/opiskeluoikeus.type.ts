import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The persons subgraph owns the study right; this subgraph adds its plan to it. */
@Directive('@key(fields: "oid")')
@ObjectType({ description: "A study right (opiskeluoikeus) of a student at one institution." })
export class Opiskeluoikeus {
  @Field(() => ID, { description: "Study right OID (1.2.246.562.15.…)." })
  oid!: string;
}
