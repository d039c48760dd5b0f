/** Value objects of a demonstration: where it happens, who organises and who assesses it. */
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "The institution organising a demonstration." })
export class OsaamisenOsoittamisenJarjestaja {
  @Field(() => String, { nullable: true, description: "OID of the organising institution." })
  oppilaitosOid?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The environment of a demonstration: usually a workplace." })
export class Nayttoymparisto {
  @Field(() => String, { description: "Name of the environment." })
  nimi!: string;

  @Field(() => String, { nullable: true, description: "Business ID (Y-tunnus) of the environment's organisation." })
  yTunnus?: string | null;

  @Field(() => String, { nullable: true, description: "Description of the environment." })
  kuvaus?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A code of a unit area covered by a demonstration." })
export class OsaAlueKoodi {
  @Field(() => String, { description: "Koodisto code URI of the area." })
  koodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of the area code." })
  koodiVersio!: number;
}

@ObjectType({ simpleResolvers: true, description: "The institution an education provider's assessor works for." })
export class ArvioijanOppilaitos {
  @Field(() => String, { nullable: true, description: "OID of the institution." })
  oppilaitosOid?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An assessor from the education provider." })
export class KoulutuksenJarjestajaArvioija {
  @Field(() => String, { description: "Name of the assessor." })
  nimi!: string;

  @Field(() => ArvioijanOppilaitos, { nullable: true, description: "The assessor's institution." })
  organisaatio?: ArvioijanOppilaitos | null;
}

@ObjectType({ simpleResolvers: true, description: "The organisation a working-life assessor represents." })
export class TyoelamaArvioijanOrganisaatio {
  @Field(() => String, { description: "Name of the organisation." })
  nimi!: string;

  @Field(() => String, { nullable: true, description: "Business ID (Y-tunnus) of the organisation." })
  yTunnus?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A working-life assessor (työelämän osaamisen arvioija)." })
export class TyoelamaArvioija {
  @Field(() => String, { description: "Name of the assessor." })
  nimi!: string;

  @Field(() => TyoelamaArvioijanOrganisaatio, { nullable: true, description: "The organisation the assessor represents." })
  organisaatio?: TyoelamaArvioijanOrganisaatio | null;

  @Field(() => String, {
    nullable: true,
    description: "Person OID of the assessor: with it, the assessor can log in and see this demonstration.",
  })
  oid?: string | null;
}
