import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LokalisoituTeksti } from "./lokalisoitu-teksti.type.js";

/**
 * Organisations are public reference data (the names of institutions), so the type is not
 * grant-stamped: any authenticated caller may read it. `parent` is a field resolver.
 */
@Directive('@key(fields: "oid")')
@ObjectType({
  simpleResolvers: true,
  description: "An organisation in the tree OPH → education provider (koulutustoimija) → institution (oppilaitos) → site (toimipiste).",
})
export class Organisaatio {
  @Field(() => ID, { description: "Organisation OID (1.2.246.562.10.…)." })
  oid!: string;

  @Field(() => LokalisoituTeksti, { description: "Name of the organisation." })
  nimi!: LokalisoituTeksti;

  @Field(() => [String], { description: "Kinds of the organisation, e.g. koulutustoimija, oppilaitos, toimipiste." })
  tyypit!: string[];
}
