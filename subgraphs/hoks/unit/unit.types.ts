/**
 * The eight kinds of unit in a plan: vocational, common (with its areas) and local, each either
 * to be acquired or recognised from prior learning.
 */
import { Field, Float, Int, ObjectType } from "type-graphql";
import { AiemminHankittuTutkinnonOsaPohja, HankittavaTutkinnonOsaPohja } from "./unit-base.type.js";

@ObjectType({ simpleResolvers: true, description: "A vocational unit to acquire (hankittava ammatillinen tutkinnon osa). A caller shown only part of it (a workplace instructor, an assessor, a share-link holder, the Employment Fund) gets its identifying fields and null elsewhere, and its lists hold only what that caller may see." })
export class HankittavaAmmatTutkinnonOsa extends HankittavaTutkinnonOsaPohja {
  @Field(() => String, { description: "Koodisto code URI of the degree unit (tutkinnonosat_NNN), its version in `tutkinnonOsaKoodiVersio`. Shown to every caller who sees the unit." })
  tutkinnonOsaKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of `tutkinnonOsaKoodiUri`." })
  tutkinnonOsaKoodiVersio!: number;

  @Field(() => String, { nullable: true, description: "Record number (diaarinumero) of the unit's curriculum in ePerusteet, e.g. OPH-2629-2017. Null when not recorded, or to a caller shown only part of the unit." })
  tutkinnonOsanPerusteenDiaarinro?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A local unit to acquire (hankittava paikallinen tutkinnon osa), from the provider's own curriculum. A caller shown only part of it (a workplace instructor, an assessor, a share-link holder, the Employment Fund) gets its identifying fields and null elsewhere, and its lists hold only what that caller may see." })
export class HankittavaPaikallinenTutkinnonOsa extends HankittavaTutkinnonOsaPohja {
  @Field(() => String, { nullable: true, description: "Identifier of the unit in AMOSAA, the providers' local curricula; null when not recorded." })
  amosaaTunniste?: string | null;

  @Field(() => String, { nullable: true, description: "Name of the unit; null when not recorded." })
  nimi?: string | null;

  @Field(() => Float, { nullable: true, description: "Extent of the unit in competence points (osaamispiste). Null when not recorded, or to a caller shown only part of the unit." })
  laajuus?: number | null;

  @Field(() => String, { nullable: true, description: "Goals and contents of the unit. Null when not recorded, or to a caller shown only part of the unit." })
  tavoitteetJaSisallot?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An area (osa-alue) of a common unit to acquire. A caller shown only part of it (a workplace instructor, an assessor, a share-link holder, the Employment Fund) gets its identifying fields and null elsewhere, and its lists hold only what that caller may see." })
export class YhteisenTutkinnonOsanOsaAlue extends HankittavaTutkinnonOsaPohja {
  @Field(() => String, { description: "Koodisto code URI of the area (ammatillisenoppiaineet_…), its version in `osaAlueKoodiVersio`." })
  osaAlueKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of `osaAlueKoodiUri`." })
  osaAlueKoodiVersio!: number;
}

@ObjectType({ simpleResolvers: true, description: "A common unit to acquire (hankittava yhteinen tutkinnon osa), made of areas. A caller shown only part of it (a workplace instructor, an assessor, a share-link holder, the Employment Fund) gets its identifying fields and null elsewhere, and its lists hold only what that caller may see." })
export class HankittavaYhteinenTutkinnonOsa extends HankittavaTutkinnonOsaPohja {
  @Field(() => String, { description: "Koodisto code URI of the degree unit (tutkinnonosat_NNN), its version in `tutkinnonOsaKoodiVersio`. Shown to every caller who sees the unit." })
  tutkinnonOsaKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of `tutkinnonOsaKoodiUri`." })
  tutkinnonOsaKoodiVersio!: number;
}

@ObjectType({ simpleResolvers: true, description: "A vocational unit recognised from prior learning (aiemmin hankittu ammatillinen tutkinnon osa). A caller shown only part of it (a workplace instructor, an assessor, a share-link holder, the Employment Fund) gets its identifying fields and null elsewhere, and its lists hold only what that caller may see." })
export class AiemminHankittuAmmatTutkinnonOsa extends AiemminHankittuTutkinnonOsaPohja {
  @Field(() => String, { description: "Koodisto code URI of the degree unit (tutkinnonosat_NNN), its version in `tutkinnonOsaKoodiVersio`. Shown to every caller who sees the unit." })
  tutkinnonOsaKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of `tutkinnonOsaKoodiUri`." })
  tutkinnonOsaKoodiVersio!: number;

  @Field(() => String, { nullable: true, description: "Record number (diaarinumero) of the unit's curriculum in ePerusteet, e.g. OPH-2629-2017. Null when not recorded, or to a caller shown only part of the unit." })
  tutkinnonOsanPerusteenDiaarinro?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A local unit recognised from prior learning. A caller shown only part of it (a workplace instructor, an assessor, a share-link holder, the Employment Fund) gets its identifying fields and null elsewhere, and its lists hold only what that caller may see." })
export class AiemminHankittuPaikallinenTutkinnonOsa extends AiemminHankittuTutkinnonOsaPohja {
  @Field(() => String, { nullable: true, description: "Identifier of the unit in AMOSAA, the providers' local curricula; null when not recorded." })
  amosaaTunniste?: string | null;

  @Field(() => String, { nullable: true, description: "Name of the unit; null when not recorded." })
  nimi?: string | null;

  @Field(() => Float, { nullable: true, description: "Extent of the unit in competence points (osaamispiste). Null when not recorded, or to a caller shown only part of the unit." })
  laajuus?: number | null;

  @Field(() => String, { nullable: true, description: "Goals and contents of the unit. Null when not recorded, or to a caller shown only part of the unit." })
  tavoitteetJaSisallot?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An area of a common unit recognised from prior learning. A caller shown only part of it (a workplace instructor, an assessor, a share-link holder, the Employment Fund) gets its identifying fields and null elsewhere, and its lists hold only what that caller may see." })
export class AiemminHankitunYhteisenTutkinnonOsanOsaAlue extends AiemminHankittuTutkinnonOsaPohja {
  @Field(() => String, { description: "Koodisto code URI of the area (ammatillisenoppiaineet_…), its version in `osaAlueKoodiVersio`." })
  osaAlueKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of `osaAlueKoodiUri`." })
  osaAlueKoodiVersio!: number;
}

@ObjectType({ simpleResolvers: true, description: "A common unit recognised from prior learning, made of areas. A caller shown only part of it (a workplace instructor, an assessor, a share-link holder, the Employment Fund) gets its identifying fields and null elsewhere, and its lists hold only what that caller may see." })
export class AiemminHankittuYhteinenTutkinnonOsa extends AiemminHankittuTutkinnonOsaPohja {
  @Field(() => String, { description: "Koodisto code URI of the degree unit (tutkinnonosat_NNN), its version in `tutkinnonOsaKoodiVersio`. Shown to every caller who sees the unit." })
  tutkinnonOsaKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of `tutkinnonOsaKoodiUri`." })
  tutkinnonOsaKoodiVersio!: number;
}
