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
@InputType()
export class TutkinnonOsaPohjaInput {
  @Field(() => String, { nullable: true }) tutkinnonOsaKoodiUri?: string;
  @Field(() => Int, { nullable: true }) tutkinnonOsaKoodiVersio?: number;
  @Field(() => String, { nullable: true }) osaAlueKoodiUri?: string;
  @Field(() => Int, { nullable: true }) osaAlueKoodiVersio?: number;
  @Field(() => String, { nullable: true }) tutkinnonOsanPerusteenDiaarinro?: string;
  @Field(() => String, { nullable: true }) amosaaTunniste?: string;
  @Field(() => String, { nullable: true }) nimi?: string;
  @Field(() => Float, { nullable: true }) laajuus?: number;
  @Field(() => String, { nullable: true }) tavoitteetJaSisallot?: string;
  @Field(() => String, { nullable: true }) koulutuksenJarjestajaOid?: string;
  @Field(() => String, { nullable: true }) vaatimuksistaTaiTavoitteistaPoikkeaminen?: string;
  @Field(() => Boolean, { nullable: true }) olennainenSeikka?: boolean;
}

@InputType({ description: "A unit to acquire (vocational, common or local), or an area of a common unit." })
export class HankittavaTutkinnonOsaInput extends TutkinnonOsaPohjaInput {
  @Field(() => Float, { nullable: true }) opetusJaOhjausMaara?: number;
  @Field(() => [OsaamisenHankkimistapaInput], { nullable: true }) osaamisenHankkimistavat?: OsaamisenHankkimistapaInput[];
  @Field(() => [OsaamisenOsoittaminenInput], { nullable: true }) osaamisenOsoittaminen?: OsaamisenOsoittaminenInput[];
  @Field(() => [HankittavaTutkinnonOsaInput], { nullable: true, description: "Areas, for a common unit." }) osaAlueet?: HankittavaTutkinnonOsaInput[];
}

@InputType({ description: "A unit (or an area of a common unit) recognised from prior learning." })
export class AiemminHankittuTutkinnonOsaInput extends TutkinnonOsaPohjaInput {
  @Field(() => String, { nullable: true }) valittuTodentamisenProsessiKoodiUri?: string;
  @Field(() => Int, { nullable: true }) valittuTodentamisenProsessiKoodiVersio?: number;
  @Field(() => TarkentavatTiedotOsaamisenArvioijaInput, { nullable: true }) tarkentavatTiedotOsaamisenArvioija?: TarkentavatTiedotOsaamisenArvioijaInput;
  @Field(() => [OsaamisenOsoittaminenInput], { nullable: true }) tarkentavatTiedotNaytto?: OsaamisenOsoittaminenInput[];
  @Field(() => [AiemminHankittuTutkinnonOsaInput], { nullable: true, description: "Areas, for a common unit." }) osaAlueet?: AiemminHankittuTutkinnonOsaInput[];
}
