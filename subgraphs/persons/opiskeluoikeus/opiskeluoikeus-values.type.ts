/**
 * The plain values inside a study right, read from its JSON columns as Koski hands them out.
 * They are reached only through a granted study right, so the rules allow them as values.
 */
import { Field, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { LokalisoituTeksti } from "../organisaatio/lokalisoitu-teksti.type.js";

@ObjectType({ simpleResolvers: true, description: "A code from a Koski code set (koodisto), with its name." })
export class Koodi {
  @Field(() => String, { description: "The code value, e.g. 371101." })
  koodiarvo!: string;

  @Field(() => LokalisoituTeksti, { nullable: true, description: "Name of the code." })
  nimi?: LokalisoituTeksti | null;
}

@ObjectType({ simpleResolvers: true, description: "One status period of a study right: from its first day the study right has this status." })
export class Opiskeluoikeusjakso {
  @Field(() => LocalDate, { description: "First day of the period (ISO date, YYYY-MM-DD)." })
  alku!: string;

  @Field(() => String, {
    description:
      "Status: lasna, valiaikaisestikeskeytynyt, valmistunut, eronnut, katsotaaneronneeksi, peruutettu or mitatoity.",
  })
  tila!: string;
}

@ObjectType({ simpleResolvers: true, description: "The status history of a study right." })
export class OpiskeluoikeudenTila {
  @Field(() => [Opiskeluoikeusjakso], { description: "Status periods, oldest first." })
  opiskeluoikeusjaksot!: Opiskeluoikeusjakso[];
}

@ObjectType({ simpleResolvers: true, description: "The master study right a study right is contained in (procured training, hankintakoulutus)." })
export class SisaltavaOpiskeluoikeus {
  @Field(() => String, { description: "OID of the master study right." })
  oid!: string;
  // `oppilaitos` is a field resolver (opiskeluoikeus.resolver.ts).
}

@ObjectType({ simpleResolvers: true, description: "What is being studied: the degree or training and its curriculum." })
export class Koulutusmoduuli {
  @Field(() => Koodi, { description: "Code of the degree or training (koulutus code set)." })
  tunniste!: Koodi;

  @Field(() => String, { nullable: true, description: "Journal number of the national curriculum (peruste), e.g. OPH-2629-2017." })
  perusteenDiaarinumero?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Confirmation that a completion is done." })
export class Vahvistus {
  @Field(() => LocalDate, { description: "Date of the confirmation (ISO date, YYYY-MM-DD)." })
  paiva!: string;
}

@ObjectType({ simpleResolvers: true, description: "A completion (suoritus) recorded on a study right: the degree or training being completed." })
export class Suoritus {
  @Field(() => String, { nullable: true, description: "Kind of completion, e.g. ammatillinentutkinto or tuvakoulutuksensuoritus." })
  tyyppi!: string | null;

  @Field(() => Koulutusmoduuli, { description: "The degree or training being completed." })
  koulutusmoduuli!: Koulutusmoduuli;

  @Field(() => [Koodi], { nullable: true, description: "Competence areas (osaamisala); null when not recorded." })
  osaamisala?: Koodi[] | null;

  @Field(() => [Koodi], { nullable: true, description: "Qualification titles (tutkintonimike); null when not recorded." })
  tutkintonimike?: Koodi[] | null;

  @Field(() => String, { nullable: true, description: "Language of instruction, e.g. FI." })
  suorituskieli?: string | null;

  // `toimipiste` is a field resolver (opiskeluoikeus.resolver.ts): the JSON holds only its OID.

  @Field(() => Vahvistus, { nullable: true, description: "Confirmation of the completion; null while it is unfinished." })
  vahvistus?: Vahvistus | null;
}
