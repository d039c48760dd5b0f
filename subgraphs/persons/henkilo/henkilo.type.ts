import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * This subgraph owns the person; the hoks subgraph adds the plans to it. Objects of this type only
 * ever come from the scoped queries (stamped with their grant); `opiskeluoikeudet` is a resolver.
 */
@Directive('@key(fields: "oid")')
@ObjectType({ simpleResolvers: true, description: "A person: a student, or anyone else who logs in." })
export class Henkilo {
  @Field(() => ID, { description: "Person OID (1.2.246.562.24.…)." })
  oid!: string;

  @Field(() => String, { nullable: true, description: "All first names; null for a caller who may see only the OID." })
  etunimet!: string | null;

  @Field(() => String, { nullable: true, description: "The first name the person goes by." })
  kutsumanimi?: string | null;

  @Field(() => String, { nullable: true, description: "Last name; null for a caller who may see only the OID." })
  sukunimi!: string | null;
}
