/**
 * Input types of the value objects in a plan. Every field is nullable here: the one validator
 * (hoks/validation) decides what is required, for GraphQL and REST alike, and reports every
 * problem with its path instead of GraphQL stopping at the first.
 */
import { Field, Float, InputType, Int } from "type-graphql";
import { LocalDate } from "../../../shared/scalars.js";

@InputType({ description: "A representative of the education provider or of the procuring provider." })
export class EdustajaInput {
  @Field(() => String, { nullable: true }) nimi?: string;
  @Field(() => String, { nullable: true }) rooli?: string;
  @Field(() => String, { nullable: true }) oppilaitosOid?: string;
}

@InputType({ description: "The responsible workplace instructor; give `oid` so the instructor can log in (R4)." })
export class VastuullinenTyopaikkaOhjaajaInput {
  @Field(() => String, { nullable: true }) nimi?: string;
  @Field(() => String, { nullable: true }) sahkoposti?: string;
  @Field(() => String, { nullable: true }) puhelinnumero?: string;
  @Field(() => String, { nullable: true }) oid?: string;
}

@InputType({ description: "Training arranged at a workplace." })
export class TyopaikallaJarjestettavaKoulutusInput {
  @Field(() => VastuullinenTyopaikkaOhjaajaInput, { nullable: true }) vastuullinenTyopaikkaOhjaaja?: VastuullinenTyopaikkaOhjaajaInput;
  @Field(() => String, { nullable: true }) tyopaikanNimi?: string;
  @Field(() => String, { nullable: true }) tyopaikanYTunnus?: string;
  @Field(() => [String], { nullable: true }) keskeisetTyotehtavat?: string[];
}

@InputType({ description: "Another learning environment during a period." })
export class MuuOppimisymparistoInput {
  @Field(() => String, { nullable: true }) oppimisymparistoKoodiUri?: string;
  @Field(() => Int, { nullable: true }) oppimisymparistoKoodiVersio?: number;
  @Field(() => LocalDate, { nullable: true }) alku?: string;
  @Field(() => LocalDate, { nullable: true }) loppu?: string;
}

@InputType({ description: "An interruption of a period." })
export class KeskeytymisajanjaksoInput {
  @Field(() => LocalDate, { nullable: true }) alku?: string;
  @Field(() => LocalDate, { nullable: true }) loppu?: string;
}

@InputType({ description: "The institution organising a demonstration." })
export class OsaamisenOsoittamisenJarjestajaInput {
  @Field(() => String, { nullable: true }) oppilaitosOid?: string;
}

@InputType({ description: "The environment of a demonstration." })
export class NayttoymparistoInput {
  @Field(() => String, { nullable: true }) nimi?: string;
  @Field(() => String, { nullable: true }) yTunnus?: string;
  @Field(() => String, { nullable: true }) kuvaus?: string;
}

@InputType({ description: "A code of a unit area covered by a demonstration." })
export class OsaAlueKoodiInput {
  @Field(() => String, { nullable: true }) koodiUri?: string;
  @Field(() => Int, { nullable: true }) koodiVersio?: number;
}

@InputType({ description: "The institution of an education provider's assessor." })
export class ArvioijanOppilaitosInput {
  @Field(() => String, { nullable: true }) oppilaitosOid?: string;
}

@InputType({ description: "An assessor from the education provider." })
export class KoulutuksenJarjestajaArvioijaInput {
  @Field(() => String, { nullable: true }) nimi?: string;
  @Field(() => ArvioijanOppilaitosInput, { nullable: true }) organisaatio?: ArvioijanOppilaitosInput;
}

@InputType({ description: "The organisation a working-life assessor represents." })
export class TyoelamaArvioijanOrganisaatioInput {
  @Field(() => String, { nullable: true }) nimi?: string;
  @Field(() => String, { nullable: true }) yTunnus?: string;
}

@InputType({ description: "A working-life assessor; give `oid` so the assessor can log in (R5)." })
export class TyoelamaArvioijaInput {
  @Field(() => String, { nullable: true }) nimi?: string;
  @Field(() => TyoelamaArvioijanOrganisaatioInput, { nullable: true }) organisaatio?: TyoelamaArvioijanOrganisaatioInput;
  @Field(() => String, { nullable: true }) oid?: string;
}

@InputType({ description: "Prior learning sent to assessors for recognition." })
export class TarkentavatTiedotOsaamisenArvioijaInput {
  @Field(() => LocalDate, { nullable: true }) lahetettyArvioitavaksi?: string;
  @Field(() => [KoulutuksenJarjestajaArvioijaInput], { nullable: true }) aiemminHankitunOsaamisenArvioijat?: KoulutuksenJarjestajaArvioijaInput[];
}

@InputType({ description: "Studies supporting readiness (§ 63)." })
export class OpiskeluvalmiuksiaTukevaOpintoInput {
  @Field(() => String, { nullable: true }) nimi?: string;
  @Field(() => String, { nullable: true }) kuvaus?: string;
  @Field(() => LocalDate, { nullable: true }) alku?: string;
  @Field(() => LocalDate, { nullable: true }) loppu?: string;
}

@InputType({ description: "Learning support: type _01 with dates and a unit group; _02 and _03 without." })
export class OppimisenTukiInput {
  @Field(() => String, { nullable: true }) oppimisenTuenTyyppiKoodiUri?: string;
  @Field(() => Int, { nullable: true }) oppimisenTuenTyyppiKoodiVersio?: number;
  @Field(() => LocalDate, { nullable: true }) alku?: string;
  @Field(() => LocalDate, { nullable: true }) loppu?: string;
  @Field(() => String, { nullable: true }) tutkinnonOsanTyyppiKoodiUri?: string;
  @Field(() => Int, { nullable: true }) tutkinnonOsanTyyppiKoodiVersio?: number;
}

@InputType({ description: "A TUVA training part." })
export class HankittavaKoulutuksenOsaInput {
  @Field(() => String, { nullable: true }) koulutuksenOsaKoodiUri?: string;
  @Field(() => Int, { nullable: true }) koulutuksenOsaKoodiVersio?: number;
  @Field(() => LocalDate, { nullable: true }) alku?: string;
  @Field(() => LocalDate, { nullable: true }) loppu?: string;
  @Field(() => Float, { nullable: true }) laajuus?: number;
}
