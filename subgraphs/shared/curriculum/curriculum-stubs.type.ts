/**
 * The national and local curricula a plan refers to, as entities that partner subgraphs extend:
 * ePerusteet with degree units and curricula (names, requirements), AMOSAA with providers' local
 * units. Here they carry their keys only and are not resolvable: this subgraph knows the codes a
 * plan names, not what they mean.
 */
import { Directive, Field, ID, ObjectType } from "type-graphql";

@Directive('@key(fields: "koodiUri", resolvable: false)')
@ObjectType({ description: "A degree unit of the national qualification requirements (ePerusteet), by its code. Partners add its name, requirements and the like." })
export class TutkinnonOsa {
  @Field(() => ID, { description: "Koodisto code URI of the unit (tutkinnonosat_NNN)." })
  koodiUri!: string;
}

@Directive('@key(fields: "diaarinumero", resolvable: false)')
@ObjectType({ description: "A national curriculum (peruste, ePerusteet), by its record number. Partners add its name and contents." })
export class Peruste {
  @Field(() => ID, { description: "Record number (diaarinumero) of the curriculum, e.g. OPH-2629-2017." })
  diaarinumero!: string;
}

@Directive('@key(fields: "amosaaTunniste", resolvable: false)')
@ObjectType({ description: "A unit of a provider's local curriculum (AMOSAA), by its AMOSAA id. Partners add its name, goals and the like." })
export class PaikallinenTutkinnonOsa {
  @Field(() => ID, { description: "Identifier of the unit in AMOSAA." })
  amosaaTunniste!: string;
}
