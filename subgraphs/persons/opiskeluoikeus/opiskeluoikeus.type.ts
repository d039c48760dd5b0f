import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { Suoritus } from "./opiskeluoikeus-values.type.js";

/**
 * The study right as Koski describes it. Objects of this type only ever come from the scoped
 * queries (stamped with their grant); the organisation, status and person fields are resolvers.
 */
@Directive('@key(fields: "oid")')
@ObjectType({
  simpleResolvers: true,
  description:
    "A study right (opiskeluoikeus) of a student at one institution. Workplace instructors and assessors, share-link holders and authorities see only the fields their rule discloses (e.g. the degree); the rest are null.",
})
export class Opiskeluoikeus {
  @Field(() => ID, { description: "Study right OID (1.2.246.562.15.…)." })
  oid!: string;

  @Field(() => String, { nullable: true, description: "Type of the study right: ammatillinenkoulutus or tuva. Null to a workplace instructor, an assessor or a share-link holder (they see the degree only)." })
  tyyppi!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "First day of the study right (ISO date, YYYY-MM-DD). Null to a workplace instructor, an assessor or a share-link holder (they see the degree only)." })
  alkamispaiva!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Expected last day (ISO date, YYYY-MM-DD); null when not recorded. Null to a workplace instructor, an assessor or a share-link holder (they see the degree only)." })
  arvioituPaattymispaiva?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day (ISO date, YYYY-MM-DD); null while the study right runs. Null to a workplace instructor, an assessor or a share-link holder (they see the degree only)." })
  paattymispaiva?: string | null;

  @Field(() => [Suoritus], { description: "Completions recorded on the study right." })
  suoritukset!: Suoritus[];
}
