/**
 * Fields every kind of unit shares. The concrete unit types extend these bases; the lists
 * (periods, demonstrations, areas) are resolved by the resolvers in unit-lists.resolver.ts.
 */
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { KoulutuksenJarjestajaArvioija } from "../demonstration/demonstration-values.type.js";

@ObjectType({ simpleResolvers: true })
export abstract class TutkinnonOsaPohja {
  @Field(() => ID, { description: "Server-made identifier of the unit (UUID), stable across replaces: the unit's cache key, and what consents (`tutkinnonOsaModuleIds`) and share links name. Shown to every caller who sees the unit." })
  moduleId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "eHOKS v1's numeric id of the unit, made anew when a replace writes it again; `moduleId` is the stable key. Shown to those who see the whole unit.",
  })
  id?: number | null;

  @Field(() => String, { nullable: true, description: "OID of the education provider organising the unit (1.2.246.562.10.…), when another than the plan's own. Null when not recorded, or to a caller shown only part of the unit (workplace instructors, assessors, share-link holders, the Employment Fund)." })
  koulutuksenJarjestajaOid?: string | null;

  @Field(() => String, { nullable: true, description: "Deviation from the unit's requirements or goals (§ 66), as free text. Null when not recorded, or to a caller shown only part of the unit (a workplace instructor sees it; assessors, share-link holders and the Employment Fund do not)." })
  vaatimuksistaTaiTavoitteistaPoikkeaminen?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Mark of an essential circumstance. Null when not recorded, or to a caller shown only part of the unit (workplace instructors, assessors, share-link holders, the Employment Fund)." })
  olennainenSeikka?: boolean | null;
}

@ObjectType({ simpleResolvers: true })
export abstract class HankittavaTutkinnonOsaPohja extends TutkinnonOsaPohja {
  @Field(() => Float, { nullable: true, description: "Hours of teaching and guidance (≥ 0). Null when not recorded, or to a caller shown only part of the unit (workplace instructors, assessors, share-link holders, the Employment Fund)." })
  opetusJaOhjausMaara?: number | null;
}

@ObjectType({ simpleResolvers: true, description: "Prior learning sent to assessors for recognition." })
export class TarkentavatTiedotOsaamisenArvioija {
  @Field(() => LocalDate, { nullable: true, description: "Date the competence was sent for assessment (ISO date); null when not recorded." })
  lahetettyArvioitavaksi?: string | null;

  @Field(() => [KoulutuksenJarjestajaArvioija], { description: "The assessors of the prior learning." })
  aiemminHankitunOsaamisenArvioijat!: KoulutuksenJarjestajaArvioija[];
}

@ObjectType({ simpleResolvers: true })
export abstract class AiemminHankittuTutkinnonOsaPohja extends TutkinnonOsaPohja {
  @Field(() => String, { nullable: true, description: "Koodisto code URI of the chosen verification process (osaamisentodentamisenprosessi_N). Null when not recorded, or to a caller shown only part of the unit (workplace instructors, assessors, share-link holders, the Employment Fund)." })
  valittuTodentamisenProsessiKoodiUri?: string | null;

  @Field(() => Int, { nullable: true, description: "Koodisto version of `valittuTodentamisenProsessiKoodiUri`; null with it." })
  valittuTodentamisenProsessiKoodiVersio?: number | null;

  @Field(() => TarkentavatTiedotOsaamisenArvioija, { nullable: true, description: "Sending the prior learning to assessors for recognition. Null when not recorded, or to a caller shown only part of the unit (workplace instructors, assessors, share-link holders, the Employment Fund)." })
  tarkentavatTiedotOsaamisenArvioija?: TarkentavatTiedotOsaamisenArvioija | null;
}
