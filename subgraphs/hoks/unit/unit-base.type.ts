/**
 * Fields every kind of unit shares. The concrete unit types extend these bases; the lists
 * (periods, demonstrations, areas) are resolved by the resolvers in unit-lists.resolver.ts.
 */
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";
import { KoulutuksenJarjestajaArvioija } from "../demonstration/demonstration-values.type.js";

@ObjectType({ simpleResolvers: true })
export abstract class TutkinnonOsaPohja {
  @Field(() => ID, { description: "Server-made identifier of the unit (UUID)." })
  moduleId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "eHOKS v1's numeric id of the unit, made anew when a replace writes it again; `moduleId` is the stable key. Shown to those who see the whole unit.",
  })
  id?: number | null;

  @Field(() => String, { nullable: true, description: "OID of the education provider organising the unit." })
  koulutuksenJarjestajaOid?: string | null;

  @Field(() => String, { nullable: true, description: "Deviation from the unit's requirements or goals (§ 66)." })
  vaatimuksistaTaiTavoitteistaPoikkeaminen?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Mark of an essential circumstance." })
  olennainenSeikka?: boolean | null;
}

@ObjectType({ simpleResolvers: true })
export abstract class HankittavaTutkinnonOsaPohja extends TutkinnonOsaPohja {
  @Field(() => Float, { nullable: true, description: "Hours of teaching and guidance (≥ 0)." })
  opetusJaOhjausMaara?: number | null;
}

@ObjectType({ simpleResolvers: true, description: "Prior learning sent to assessors for recognition." })
export class TarkentavatTiedotOsaamisenArvioija {
  @Field(() => LocalDate, { nullable: true, description: "Date the competence was sent for assessment." })
  lahetettyArvioitavaksi?: string | null;

  @Field(() => [KoulutuksenJarjestajaArvioija], { description: "The assessors of the prior learning." })
  aiemminHankitunOsaamisenArvioijat!: KoulutuksenJarjestajaArvioija[];
}

@ObjectType({ simpleResolvers: true })
export abstract class AiemminHankittuTutkinnonOsaPohja extends TutkinnonOsaPohja {
  @Field(() => String, { nullable: true, description: "Code URI of the chosen verification process (osaamisentodentamisenprosessi_…)." })
  valittuTodentamisenProsessiKoodiUri?: string | null;

  @Field(() => Int, { nullable: true, description: "Version of the verification process code." })
  valittuTodentamisenProsessiKoodiVersio?: number | null;

  @Field(() => TarkentavatTiedotOsaamisenArvioija, { nullable: true, description: "Recognition by assessors." })
  tarkentavatTiedotOsaamisenArvioija?: TarkentavatTiedotOsaamisenArvioija | null;
}
