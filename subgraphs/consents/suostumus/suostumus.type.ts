import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeISO, LocalDate } from "../../shared/scalars.js";
import { Hoks } from "../hoks/hoks-stub.type.js";
import { Henkilo } from "../person/henkilo.type.js";

export enum SuostumuksenOsio {
  KOKO_HOKS = "koko-hoks",
  TUTKINNON_OSAT = "tutkinnon-osat",
  AIEMMIN_HANKITTU_OSAAMINEN = "aiemmin-hankittu-osaaminen",
  URASUUNNITELMA = "urasuunnitelma",
}

registerEnumType(SuostumuksenOsio, {
  name: "SuostumuksenOsio",
  description: "A part of a plan a consent can cover.",
  valuesConfig: {
    KOKO_HOKS: { description: "The whole plan." },
    TUTKINNON_OSAT: { description: "The units chosen in `tutkinnonOsaModuleIds`." },
    AIEMMIN_HANKITTU_OSAAMINEN: { description: "Competence recognised from prior learning." },
    URASUUNNITELMA: { description: "The career plan goal." },
  },
});

@ObjectType({ simpleResolvers: true, description: "Whom a consent discloses to: a person, an organisation or a business." })
export class SuostumuksenVastaanottaja {
  @Field(() => String, { nullable: true, description: "Person OID of the recipient." })
  henkiloOid?: string | null;

  @Field(() => String, { nullable: true, description: "Organisation OID of the recipient." })
  organisaatioOid?: string | null;

  @Field(() => String, { nullable: true, description: "Business ID (Y-tunnus) of the recipient." })
  yTunnus?: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "A student's consent to disclose parts of one plan to one recipient for a purpose and a time." })
export class Suostumus {
  @Field(() => ID, { description: "Identifier of the consent." })
  id!: string;

  @Field(() => Henkilo, { description: "The student who gave the consent." })
  oppija!: Henkilo;

  @Field(() => Hoks, { description: "The plan the consent concerns." })
  hoks!: Hoks;

  @Field(() => SuostumuksenVastaanottaja, { description: "The recipient." })
  vastaanottaja!: SuostumuksenVastaanottaja;

  @Field(() => [SuostumuksenOsio], { description: "The parts of the plan the consent covers." })
  osiot!: SuostumuksenOsio[];

  @Field(() => [ID], { description: "The units covered when `osiot` holds TUTKINNON_OSAT." })
  tutkinnonOsaModuleIds!: string[];

  @Field(() => String, { description: "The purpose of the disclosure." })
  tarkoitus!: string;

  @Field(() => LocalDate, { description: "First day the consent is valid (ISO date, YYYY-MM-DD)." })
  voimassaAlku!: string;

  @Field(() => LocalDate, { description: "Last day the consent is valid (ISO date, YYYY-MM-DD)." })
  voimassaLoppu!: string;

  @Field(() => DateTimeISO, { nullable: true, description: "When the student revoked the consent; revocation takes effect at once (ISO 8601 instant, UTC)." })
  peruttu?: Date | null;

  @Field(() => DateTimeISO, { description: "When the consent was given (ISO 8601 instant, UTC)." })
  createdAt!: Date;
}
