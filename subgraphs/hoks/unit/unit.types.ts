/**
 * The eight kinds of unit in a plan: vocational, common (with its areas) and local, each either
 * to be acquired or recognised from prior learning.
 */
import { Field, Float, Int, ObjectType } from "type-graphql";
import { AiemminHankittuTutkinnonOsaPohja, HankittavaTutkinnonOsaPohja } from "./unit-base.type.js";

@ObjectType({ simpleResolvers: true, description: "A vocational unit to acquire (hankittava ammatillinen tutkinnon osa)." })
export class HankittavaAmmatTutkinnonOsa extends HankittavaTutkinnonOsaPohja {
  @Field(() => String, { description: "Code URI of the unit (tutkinnonosat_NNN)." })
  tutkinnonOsaKoodiUri!: string;

  @Field(() => Int, { description: "Version of the unit code." })
  tutkinnonOsaKoodiVersio!: number;

  @Field(() => String, { nullable: true, description: "Record number (diaarinumero) of the unit's curriculum." })
  tutkinnonOsanPerusteenDiaarinro?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A local unit to acquire (hankittava paikallinen tutkinnon osa), from the provider's own curriculum." })
export class HankittavaPaikallinenTutkinnonOsa extends HankittavaTutkinnonOsaPohja {
  @Field(() => String, { nullable: true, description: "Identifier of the unit in AMOSAA, the providers' local curricula." })
  amosaaTunniste?: string | null;

  @Field(() => String, { nullable: true, description: "Name of the unit." })
  nimi?: string | null;

  @Field(() => Float, { nullable: true, description: "Extent of the unit in competence points." })
  laajuus?: number | null;

  @Field(() => String, { nullable: true, description: "Goals and contents of the unit." })
  tavoitteetJaSisallot?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An area (osa-alue) of a common unit to acquire." })
export class YhteisenTutkinnonOsanOsaAlue extends HankittavaTutkinnonOsaPohja {
  @Field(() => String, { description: "Code URI of the area (ammatillisenoppiaineet_…)." })
  osaAlueKoodiUri!: string;

  @Field(() => Int, { description: "Version of the area code." })
  osaAlueKoodiVersio!: number;
}

@ObjectType({ simpleResolvers: true, description: "A common unit to acquire (hankittava yhteinen tutkinnon osa), made of areas." })
export class HankittavaYhteinenTutkinnonOsa extends HankittavaTutkinnonOsaPohja {
  @Field(() => String, { description: "Code URI of the unit (tutkinnonosat_NNN)." })
  tutkinnonOsaKoodiUri!: string;

  @Field(() => Int, { description: "Version of the unit code." })
  tutkinnonOsaKoodiVersio!: number;
}

@ObjectType({ simpleResolvers: true, description: "A vocational unit recognised from prior learning (aiemmin hankittu ammatillinen tutkinnon osa)." })
export class AiemminHankittuAmmatTutkinnonOsa extends AiemminHankittuTutkinnonOsaPohja {
  @Field(() => String, { description: "Code URI of the unit (tutkinnonosat_NNN)." })
  tutkinnonOsaKoodiUri!: string;

  @Field(() => Int, { description: "Version of the unit code." })
  tutkinnonOsaKoodiVersio!: number;

  @Field(() => String, { nullable: true, description: "Record number (diaarinumero) of the unit's curriculum." })
  tutkinnonOsanPerusteenDiaarinro?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A local unit recognised from prior learning." })
export class AiemminHankittuPaikallinenTutkinnonOsa extends AiemminHankittuTutkinnonOsaPohja {
  @Field(() => String, { nullable: true, description: "Identifier of the unit in AMOSAA." })
  amosaaTunniste?: string | null;

  @Field(() => String, { nullable: true, description: "Name of the unit." })
  nimi?: string | null;

  @Field(() => Float, { nullable: true, description: "Extent of the unit in competence points." })
  laajuus?: number | null;

  @Field(() => String, { nullable: true, description: "Goals and contents of the unit." })
  tavoitteetJaSisallot?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An area of a common unit recognised from prior learning." })
export class AiemminHankitunYhteisenTutkinnonOsanOsaAlue extends AiemminHankittuTutkinnonOsaPohja {
  @Field(() => String, { description: "Code URI of the area (ammatillisenoppiaineet_…)." })
  osaAlueKoodiUri!: string;

  @Field(() => Int, { description: "Version of the area code." })
  osaAlueKoodiVersio!: number;
}

@ObjectType({ simpleResolvers: true, description: "A common unit recognised from prior learning, made of areas." })
export class AiemminHankittuYhteinenTutkinnonOsa extends AiemminHankittuTutkinnonOsaPohja {
  @Field(() => String, { description: "Code URI of the unit (tutkinnonosat_NNN)." })
  tutkinnonOsaKoodiUri!: string;

  @Field(() => Int, { description: "Version of the unit code." })
  tutkinnonOsaKoodiVersio!: number;
}
