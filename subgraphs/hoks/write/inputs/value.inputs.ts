/**
 * Input types of the value objects in a plan. Every field is nullable here: the one validator
 * (hoks/validation) decides what is required, for GraphQL and REST alike, and reports every
 * problem with its path instead of GraphQL stopping at the first.
 */
import { Field, Float, InputType, Int } from "type-graphql";
import { LocalDate } from "../../../shared/scalars.js";

@InputType({ description: "A representative of the education provider or of the procuring provider." })
export class EdustajaInput {
  @Field(() => String, { nullable: true, description: "Name of the representative." }) nimi?: string;
  @Field(() => String, { nullable: true, description: "Role of the representative, e.g. teacher." }) rooli?: string;
  @Field(() => String, { nullable: true, description: "OID of the representative's institution (1.2.246.562.10.…)." }) oppilaitosOid?: string;
}

@InputType({ description: "The responsible workplace instructor; give `oid` so the instructor can log in (R4)." })
export class VastuullinenTyopaikkaOhjaajaInput {
  @Field(() => String, { nullable: true, description: "Name of the instructor. Required." }) nimi?: string;
  @Field(() => String, { nullable: true, description: "The instructor's e-mail address; erased 3 months after the period ends." }) sahkoposti?: string;
  @Field(() => String, { nullable: true, description: "The instructor's phone number; erased 3 months after the period ends." }) puhelinnumero?: string;
  @Field(() => String, { nullable: true, description: "The instructor's person OID (1.2.246.562.24.…): with it the instructor can log in and read this period (R4); without it the instructor has no access." }) oid?: string;
}

@InputType({ description: "Training arranged at a workplace." })
export class TyopaikallaJarjestettavaKoulutusInput {
  @Field(() => VastuullinenTyopaikkaOhjaajaInput, { nullable: true, description: "The responsible workplace instructor. Required." }) vastuullinenTyopaikkaOhjaaja?: VastuullinenTyopaikkaOhjaajaInput;
  @Field(() => String, { nullable: true, description: "Name of the workplace. Required." }) tyopaikanNimi?: string;
  @Field(() => String, { nullable: true, description: "Business ID (Y-tunnus, NNNNNNN-N) of the workplace. Required for workplace training ending after 2021-08-25." }) tyopaikanYTunnus?: string;
  @Field(() => [String], { nullable: true, description: "Key work tasks at the workplace, one per entry. Required." }) keskeisetTyotehtavat?: string[];
}

@InputType({ description: "Another learning environment during a period." })
export class MuuOppimisymparistoInput {
  @Field(() => String, { nullable: true, description: "Code URI of the environment (oppimisymparistot_NNNN)." }) oppimisymparistoKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `oppimisymparistoKoodiUri`." }) oppimisymparistoKoodiVersio?: number;
  @Field(() => LocalDate, { nullable: true, description: "First day in the environment (ISO date)." }) alku?: string;
  @Field(() => LocalDate, { nullable: true, description: "Last day in the environment (ISO date)." }) loppu?: string;
}

@InputType({ description: "An interruption of a period." })
export class KeskeytymisajanjaksoInput {
  @Field(() => LocalDate, { nullable: true, description: "First day of the interruption (ISO date)." }) alku?: string;
  @Field(() => LocalDate, { nullable: true, description: "Last day of the interruption (ISO date); open-ended when not sent." }) loppu?: string;
}

@InputType({ description: "The institution organising a demonstration." })
export class OsaamisenOsoittamisenJarjestajaInput {
  @Field(() => String, { nullable: true, description: "OID of the organising institution (1.2.246.562.10.…)." }) oppilaitosOid?: string;
}

@InputType({ description: "The environment of a demonstration." })
export class NayttoymparistoInput {
  @Field(() => String, { nullable: true, description: "Name of the environment (e.g. the workplace). Required." }) nimi?: string;
  @Field(() => String, { nullable: true, description: "Business ID (Y-tunnus) of the environment's organisation." }) yTunnus?: string;
  @Field(() => String, { nullable: true, description: "Description of the environment." }) kuvaus?: string;
}

@InputType({ description: "A code of a unit area covered by a demonstration." })
export class OsaAlueKoodiInput {
  @Field(() => String, { nullable: true, description: "Code URI of the area (ammatillisenoppiaineet_…)." }) koodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `koodiUri`." }) koodiVersio?: number;
}

@InputType({ description: "The institution of an education provider's assessor." })
export class ArvioijanOppilaitosInput {
  @Field(() => String, { nullable: true, description: "OID of the assessor's institution (1.2.246.562.10.…)." }) oppilaitosOid?: string;
}

@InputType({ description: "An assessor from the education provider." })
export class KoulutuksenJarjestajaArvioijaInput {
  @Field(() => String, { nullable: true, description: "Name of the assessor." }) nimi?: string;
  @Field(() => ArvioijanOppilaitosInput, { nullable: true, description: "The assessor's institution." }) organisaatio?: ArvioijanOppilaitosInput;
}

@InputType({ description: "The organisation a working-life assessor represents." })
export class TyoelamaArvioijanOrganisaatioInput {
  @Field(() => String, { nullable: true, description: "Name of the organisation." }) nimi?: string;
  @Field(() => String, { nullable: true, description: "Business ID (Y-tunnus) of the organisation." }) yTunnus?: string;
}

@InputType({ description: "A working-life assessor; give `oid` so the assessor can log in (R5)." })
export class TyoelamaArvioijaInput {
  @Field(() => String, { nullable: true, description: "Name of the assessor." }) nimi?: string;
  @Field(() => TyoelamaArvioijanOrganisaatioInput, { nullable: true, description: "The organisation the assessor represents." }) organisaatio?: TyoelamaArvioijanOrganisaatioInput;
  @Field(() => String, { nullable: true, description: "The assessor's person OID (1.2.246.562.24.…): with it the assessor can log in and read this demonstration (R5)." }) oid?: string;
}

@InputType({ description: "Prior learning sent to assessors for recognition." })
export class TarkentavatTiedotOsaamisenArvioijaInput {
  @Field(() => LocalDate, { nullable: true, description: "Date the competence was sent for assessment (ISO date)." }) lahetettyArvioitavaksi?: string;
  @Field(() => [KoulutuksenJarjestajaArvioijaInput], { nullable: true, description: "The assessors of the prior learning." }) aiemminHankitunOsaamisenArvioijat?: KoulutuksenJarjestajaArvioijaInput[];
}

@InputType({ description: "Studies supporting readiness (§ 63)." })
export class OpiskeluvalmiuksiaTukevaOpintoInput {
  @Field(() => String, { nullable: true, description: "Name of the studies. Required." }) nimi?: string;
  @Field(() => String, { nullable: true, description: "Description of the studies. Required." }) kuvaus?: string;
  @Field(() => LocalDate, { nullable: true, description: "First day (ISO date). Required." }) alku?: string;
  @Field(() => LocalDate, { nullable: true, description: "Last day (ISO date). Required." }) loppu?: string;
}

@InputType({ description: "Learning support: type _01 with dates and a unit group; _02 and _03 without." })
export class OppimisenTukiInput {
  @Field(() => String, { nullable: true, description: "Code URI of the support type (ammatillinenkoulutusoppimisentuentyyppi_NN). Required." }) oppimisenTuenTyyppiKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `oppimisenTuenTyyppiKoodiUri`; optional (eHOKS v1 has none, and takes none)." }) oppimisenTuenTyyppiKoodiVersio?: number;
  @Field(() => LocalDate, { nullable: true, description: "First day of the support (ISO date). Required for type _01; refused for _02 and _03." }) alku?: string;
  @Field(() => LocalDate, { nullable: true, description: "Last day of the support (ISO date). Required for type _01; refused for _02 and _03." }) loppu?: string;
  @Field(() => String, { nullable: true, description: "Code URI of the unit group supported (ammatillisentutkinnonosanryhma_1 or _2). Required for type _01; refused for _02 and _03." }) tutkinnonOsanTyyppiKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `tutkinnonOsanTyyppiKoodiUri`; optional, and only with it (type _01)." }) tutkinnonOsanTyyppiKoodiVersio?: number;
}

@InputType({ description: "A TUVA training part." })
export class HankittavaKoulutuksenOsaInput {
  @Field(() => String, { nullable: true, description: "Code URI of the TUVA training part (koulutuksenosattuva_NNN). Required." }) koulutuksenOsaKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `koulutuksenOsaKoodiUri`. Required." }) koulutuksenOsaKoodiVersio?: number;
  @Field(() => LocalDate, { nullable: true, description: "First day (ISO date). Required." }) alku?: string;
  @Field(() => LocalDate, { nullable: true, description: "Last day (ISO date). Required." }) loppu?: string;
  @Field(() => Float, { nullable: true, description: "Extent in TUVA weeks (≥ 0). Required." }) laajuus?: number;
}
