/** Input types of periods and demonstrations (server ids are never sent). */
import { Field, InputType, Int } from "type-graphql";
import { LocalDate } from "../../../shared/scalars.js";
import {
  EdustajaInput,
  KeskeytymisajanjaksoInput,
  KoulutuksenJarjestajaArvioijaInput,
  MuuOppimisymparistoInput,
  NayttoymparistoInput,
  OsaAlueKoodiInput,
  OsaamisenOsoittamisenJarjestajaInput,
  TyoelamaArvioijaInput,
  TyopaikallaJarjestettavaKoulutusInput,
} from "./value.inputs.js";

@InputType({ description: "An acquisition period." })
export class OsaamisenHankkimistapaInput {
  @Field(() => String, { nullable: true }) osaamisenHankkimistapaKoodiUri?: string;
  @Field(() => Int, { nullable: true }) osaamisenHankkimistapaKoodiVersio?: number;
  @Field(() => LocalDate, { nullable: true }) alku?: string;
  @Field(() => LocalDate, { nullable: true }) loppu?: string;
  @Field(() => String, { nullable: true }) yksiloivaTunniste?: string;
  @Field(() => String, { nullable: true }) ajanjaksonTarkenne?: string;
  @Field(() => EdustajaInput, { nullable: true }) jarjestajanEdustaja?: EdustajaInput;
  @Field(() => EdustajaInput, { nullable: true }) hankkijanEdustaja?: EdustajaInput;
  @Field(() => TyopaikallaJarjestettavaKoulutusInput, { nullable: true }) tyopaikallaJarjestettavaKoulutus?: TyopaikallaJarjestettavaKoulutusInput;
  @Field(() => [MuuOppimisymparistoInput], { nullable: true }) muutOppimisymparistot?: MuuOppimisymparistoInput[];
  @Field(() => Int, { nullable: true }) osaAikaisuustieto?: number;
  @Field(() => String, { nullable: true }) oppisopimuksenPerustaKoodiUri?: string;
  @Field(() => Int, { nullable: true }) oppisopimuksenPerustaKoodiVersio?: number;
  @Field(() => [KeskeytymisajanjaksoInput], { nullable: true }) keskeytymisajanjaksot?: KeskeytymisajanjaksoInput[];
}

@InputType({ description: "A demonstration of competence." })
export class OsaamisenOsoittaminenInput {
  @Field(() => LocalDate, { nullable: true }) alku?: string;
  @Field(() => LocalDate, { nullable: true }) loppu?: string;
  @Field(() => OsaamisenOsoittamisenJarjestajaInput, { nullable: true }) jarjestaja?: OsaamisenOsoittamisenJarjestajaInput;
  @Field(() => NayttoymparistoInput, { nullable: true }) nayttoymparisto?: NayttoymparistoInput;
  @Field(() => [String], { nullable: true }) sisallonKuvaus?: string[];
  @Field(() => [OsaAlueKoodiInput], { nullable: true }) osaAlueet?: OsaAlueKoodiInput[];
  @Field(() => [KoulutuksenJarjestajaArvioijaInput], { nullable: true }) koulutuksenJarjestajaOsaamisenArvioijat?: KoulutuksenJarjestajaArvioijaInput[];
  @Field(() => [TyoelamaArvioijaInput], { nullable: true }) tyoelamaOsaamisenArvioijat?: TyoelamaArvioijaInput[];
  @Field(() => String, { nullable: true }) vaatimuksistaTaiTavoitteistaPoikkeaminen?: string;
  @Field(() => [String], { nullable: true }) yksilollisetKriteerit?: string[];
}
