/** The plan's lists that are not units: readiness studies, learning support, TUVA training parts. */
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../shared/scalars.js";

@ObjectType({ simpleResolvers: true, description: "Studies supporting readiness for studying (opiskeluvalmiuksia tukevat opinnot, § 63)." })
export class OpiskeluvalmiuksiaTukevaOpinto {
  @Field(() => ID, { nullable: true, description: "eHOKS v1's numeric id of the item, made anew when a replace writes it again." })
  id?: number | null;

  @Field(() => String, { description: "Name of the studies." })
  nimi!: string;

  @Field(() => String, { description: "Description of the studies." })
  kuvaus!: string;

  @Field(() => LocalDate, { description: "First day (ISO date, YYYY-MM-DD)." })
  alku!: string;

  @Field(() => LocalDate, { description: "Last day (ISO date, YYYY-MM-DD)." })
  loppu!: string;
}

@ObjectType({ simpleResolvers: true, description: "Learning support (oppimisen tuki), recorded from 1.8.2026." })
export class OppimisenTuki {
  @Field(() => ID, { nullable: true, description: "eHOKS v1's numeric id of the item, made anew when a replace writes it again." })
  id?: number | null;

  @Field(() => String, { description: "Koodisto code URI of the support type (ammatillinenkoulutusoppimisentuentyyppi_NN)." })
  oppimisenTuenTyyppiKoodiUri!: string;

  @Field(() => Int, { nullable: true, description: "Koodisto version of the support type code." })
  oppimisenTuenTyyppiKoodiVersio?: number | null;

  @Field(() => LocalDate, { nullable: true, description: "First day of the support (type _01 only) (ISO date, YYYY-MM-DD)." })
  alku?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the support (type _01 only) (ISO date, YYYY-MM-DD)." })
  loppu?: string | null;

  @Field(() => String, { nullable: true, description: "Koodisto code URI of the unit group supported (ammatillisentutkinnonosanryhma_N; type _01 only)." })
  tutkinnonOsanTyyppiKoodiUri?: string | null;

  @Field(() => Int, { nullable: true, description: "Koodisto version of the unit group code." })
  tutkinnonOsanTyyppiKoodiVersio?: number | null;
}

@ObjectType({ simpleResolvers: true, description: "A training part of preparatory education (TUVA) to acquire." })
export class HankittavaKoulutuksenOsa {
  @Field(() => ID, { nullable: true, description: "eHOKS v1's numeric id of the item, made anew when a replace writes it again." })
  id?: number | null;

  @Field(() => String, { description: "Koodisto code URI of the training part (koulutuksenosattuva_NNN)." })
  koulutuksenOsaKoodiUri!: string;

  @Field(() => Int, { description: "Koodisto version of the training part code." })
  koulutuksenOsaKoodiVersio!: number;

  @Field(() => LocalDate, { description: "First day (ISO date, YYYY-MM-DD)." })
  alku!: string;

  @Field(() => LocalDate, { description: "Last day (ISO date, YYYY-MM-DD)." })
  loppu!: string;

  @Field(() => Float, { nullable: true, description: "Extent in weeks (≥ 0)." })
  laajuus?: number | null;
}
