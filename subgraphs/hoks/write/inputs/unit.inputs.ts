/**
 * Input types of units. One input type per list would mirror the output types exactly; the
 * lists share field sets, so two inputs serve: a unit to acquire and a unit of prior learning,
 * each carrying the identifying fields of every kind (code, area code, local unit's name). The
 * validator tells which fields belong to which list.
 */
import { Field, Float, InputType, Int } from "type-graphql";
import { OsaamisenHankkimistapaInput, OsaamisenOsoittaminenInput } from "./module.inputs.js";
import { TarkentavatTiedotOsaamisenArvioijaInput } from "./value.inputs.js";

/** What units of every kind and list share; the two unit inputs below extend it. */
@InputType({ description: "The fields units of every kind and list share." })
export class TutkinnonOsaPohjaInput {
  @Field(() => String, { nullable: true, description: "Code URI of the degree unit in Koodisto (tutkinnonosat_NNN). Required, with its version, for vocational and common units." }) tutkinnonOsaKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `tutkinnonOsaKoodiUri`." }) tutkinnonOsaKoodiVersio?: number;
  @Field(() => String, { nullable: true, description: "For an area of a common unit: code URI of the area (ammatillisenoppiaineet_…). Required, with its version, in `osaAlueet`." }) osaAlueKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `osaAlueKoodiUri`." }) osaAlueKoodiVersio?: number;
  @Field(() => String, { nullable: true, description: "Record number (diaarinumero) of the unit's curriculum in ePerusteet, e.g. OPH-2629-2017." }) tutkinnonOsanPerusteenDiaarinro?: string;
  @Field(() => String, { nullable: true, description: "For a local unit: its identifier in AMOSAA, the providers' local curricula." }) amosaaTunniste?: string;
  @Field(() => String, { nullable: true, description: "For a local unit: its name." }) nimi?: string;
  @Field(() => Float, { nullable: true, description: "For a local unit: its extent in competence points (osaamispiste)." }) laajuus?: number;
  @Field(() => String, { nullable: true, description: "For a local unit: its goals and contents." }) tavoitteetJaSisallot?: string;
  @Field(() => String, { nullable: true, description: "OID of the education provider organising the unit (1.2.246.562.10.…), when another than the plan's own." }) koulutuksenJarjestajaOid?: string;
  @Field(() => String, { nullable: true, description: "Deviation from the unit's requirements or goals (§ 66), as free text." }) vaatimuksistaTaiTavoitteistaPoikkeaminen?: string;
  @Field(() => Boolean, { nullable: true, description: "Mark of an essential circumstance." }) olennainenSeikka?: boolean;
}

@InputType({ description: "A unit to acquire (vocational, common or local), or an area of a common unit." })
export class HankittavaTutkinnonOsaInput extends TutkinnonOsaPohjaInput {
  @Field(() => Float, { nullable: true, description: "Hours of teaching and guidance (≥ 0)." }) opetusJaOhjausMaara?: number;
  @Field(() => [OsaamisenHankkimistapaInput], { nullable: true, description: "Acquisition periods: how, where and when the unit is learned." }) osaamisenHankkimistavat?: OsaamisenHankkimistapaInput[];
  @Field(() => [OsaamisenOsoittaminenInput], { nullable: true, description: "Demonstrations of the unit's competence." }) osaamisenOsoittaminen?: OsaamisenOsoittaminenInput[];
  @Field(() => [HankittavaTutkinnonOsaInput], { nullable: true, description: "Areas, for a common unit." }) osaAlueet?: HankittavaTutkinnonOsaInput[];
}

@InputType({ description: "A unit (or an area of a common unit) recognised from prior learning." })
export class AiemminHankittuTutkinnonOsaInput extends TutkinnonOsaPohjaInput {
  @Field(() => String, { nullable: true, description: "Code URI of the chosen verification process (osaamisentodentamisenprosessi_N)." }) valittuTodentamisenProsessiKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `valittuTodentamisenProsessiKoodiUri`." }) valittuTodentamisenProsessiKoodiVersio?: number;
  @Field(() => TarkentavatTiedotOsaamisenArvioijaInput, { nullable: true, description: "Sending the prior learning to assessors for recognition." }) tarkentavatTiedotOsaamisenArvioija?: TarkentavatTiedotOsaamisenArvioijaInput;
  @Field(() => [OsaamisenOsoittaminenInput], { nullable: true, description: "Demonstrations that verify the prior learning." }) tarkentavatTiedotNaytto?: OsaamisenOsoittaminenInput[];
  @Field(() => [AiemminHankittuTutkinnonOsaInput], { nullable: true, description: "Areas, for a common unit." }) osaAlueet?: AiemminHankittuTutkinnonOsaInput[];
}
