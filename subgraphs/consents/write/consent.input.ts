import { Field, ID, InputType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { SuostumuksenOsio } from "../suostumus/suostumus.type.js";

@InputType({ description: "Whom a consent discloses to: exactly one of a person, an organisation or a business." })
export class SuostumuksenVastaanottajaInput {
  @Field(() => String, { nullable: true, description: "Person OID of the recipient." })
  henkiloOid?: string | null;

  @Field(() => String, { nullable: true, description: "Organisation OID of the recipient." })
  organisaatioOid?: string | null;

  @Field(() => String, { nullable: true, description: "Business ID (Y-tunnus) of the recipient." })
  yTunnus?: string | null;
}

@InputType({ description: "A consent the student gives on one of their plans." })
export class CreateConsentInput {
  @Field(() => ID, { description: "The plan." })
  hoksId!: string;

  @Field(() => SuostumuksenVastaanottajaInput, { description: "The recipient." })
  vastaanottaja!: SuostumuksenVastaanottajaInput;

  @Field(() => [SuostumuksenOsio], { description: "The parts of the plan to disclose." })
  osiot!: SuostumuksenOsio[];

  @Field(() => [ID], { nullable: true, description: "The units to disclose, with TUTKINNON_OSAT." })
  tutkinnonOsaModuleIds?: string[] | null;

  @Field(() => String, { description: "The purpose of the disclosure." })
  tarkoitus!: string;

  @Field(() => LocalDate, { description: "First day the consent is valid." })
  voimassaAlku!: string;

  @Field(() => LocalDate, { description: "Last day the consent is valid." })
  voimassaLoppu!: string;
}
