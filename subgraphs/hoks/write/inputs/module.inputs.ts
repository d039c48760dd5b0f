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
  @Field(() => String, { nullable: true, description: "Code URI of the method (osaamisenhankkimistapa_…). Required. `osaamisenhankkimistapa_koulutussopimus` and `_oppisopimus` make a workplace period." }) osaamisenHankkimistapaKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of the method code. Required." }) osaamisenHankkimistapaKoodiVersio?: number;
  @Field(() => LocalDate, { nullable: true, description: "First day of the period (ISO date). Required; within the study right's dates." }) alku?: string;
  @Field(() => LocalDate, { nullable: true, description: "Last day of the period (ISO date). Required; not before `alku`, at most 5 years after it." }) loppu?: string;
  @Field(() => String, { nullable: true, description: "The provider's identifier of the period. Required for a workplace period." }) yksiloivaTunniste?: string;
  @Field(() => String, { nullable: true, description: "A free-text refinement of the period." }) ajanjaksonTarkenne?: string;
  @Field(() => EdustajaInput, { nullable: true, description: "The education provider's teacher or representative." }) jarjestajanEdustaja?: EdustajaInput;
  @Field(() => EdustajaInput, { nullable: true, description: "The procuring provider's representative (procured training)." }) hankkijanEdustaja?: EdustajaInput;
  @Field(() => TyopaikallaJarjestettavaKoulutusInput, { nullable: true, description: "The workplace, its responsible instructor and key tasks (workplace periods)." }) tyopaikallaJarjestettavaKoulutus?: TyopaikallaJarjestettavaKoulutusInput;
  @Field(() => [MuuOppimisymparistoInput], { nullable: true, description: "Other learning environments during the period." }) muutOppimisymparistot?: MuuOppimisymparistoInput[];
  @Field(() => Int, { nullable: true, description: "Part-time percentage at the workplace, 1–100. Required for a workplace period ending after 2023-06-30 when the study right is in the feedback target group (not TELMA)." }) osaAikaisuustieto?: number;
  @Field(() => String, { nullable: true, description: "Code URI of the apprenticeship basis (oppisopimuksenperusta_…). Required for an apprenticeship ending on or after 2021-07-01." }) oppisopimuksenPerustaKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `oppisopimuksenPerustaKoodiUri`." }) oppisopimuksenPerustaKoodiVersio?: number;
  @Field(() => [KeskeytymisajanjaksoInput], { nullable: true, description: "Interruptions of the period; they must not overlap." }) keskeytymisajanjaksot?: KeskeytymisajanjaksoInput[];
}

@InputType({ description: "A demonstration of competence." })
export class OsaamisenOsoittaminenInput {
  @Field(() => LocalDate, { nullable: true, description: "First day of the demonstration (ISO date). Required." }) alku?: string;
  @Field(() => LocalDate, { nullable: true, description: "Last day of the demonstration (ISO date). Required." }) loppu?: string;
  @Field(() => OsaamisenOsoittamisenJarjestajaInput, { nullable: true, description: "The institution organising the demonstration." }) jarjestaja?: OsaamisenOsoittamisenJarjestajaInput;
  @Field(() => NayttoymparistoInput, { nullable: true, description: "The environment of the demonstration (workplace or other). Required." }) nayttoymparisto?: NayttoymparistoInput;
  @Field(() => [String], { nullable: true, description: "What the demonstration contains, one item per entry. Required." }) sisallonKuvaus?: string[];
  @Field(() => [OsaAlueKoodiInput], { nullable: true, description: "Codes of the unit's areas the demonstration covers." }) osaAlueet?: OsaAlueKoodiInput[];
  @Field(() => [KoulutuksenJarjestajaArvioijaInput], { nullable: true, description: "Assessors from the education provider." }) koulutuksenJarjestajaOsaamisenArvioijat?: KoulutuksenJarjestajaArvioijaInput[];
  @Field(() => [TyoelamaArvioijaInput], { nullable: true, description: "Working-life assessors; an assessor with `oid` can log in and read this demonstration (R5)." }) tyoelamaOsaamisenArvioijat?: TyoelamaArvioijaInput[];
  @Field(() => String, { nullable: true, description: "Deviation from the requirements or goals in this demonstration (§ 66), as free text." }) vaatimuksistaTaiTavoitteistaPoikkeaminen?: string;
  @Field(() => [String], { nullable: true, description: "Individual assessment criteria (adapted assessment, § 64), one per entry." }) yksilollisetKriteerit?: string[];
}
