/** The plan as GraphQL input: the camelCased eHOKS v1 document. */
import { Field, InputType, Int } from "type-graphql";
import { DateTimeISO, LocalDate } from "../../../shared/scalars.js";
import { AiemminHankittuTutkinnonOsaInput, HankittavaTutkinnonOsaInput } from "./unit.inputs.js";
import { HankittavaKoulutuksenOsaInput, OpiskeluvalmiuksiaTukevaOpintoInput, OppimisenTukiInput } from "./value.inputs.js";

@InputType({ description: "The plan's own fields: all a patch may carry." })
export class HoksTopLevelInput {
  @Field(() => String, { nullable: true }) oppijaOid?: string;
  @Field(() => String, { nullable: true }) opiskeluoikeusOid?: string;
  @Field(() => String, { nullable: true }) tuvaOpiskeluoikeusOid?: string;
  @Field(() => String, { nullable: true }) sahkoposti?: string;
  @Field(() => String, { nullable: true }) puhelinnumero?: string;
  @Field(() => String, { nullable: true }) urasuunnitelmaKoodiUri?: string;
  @Field(() => Int, { nullable: true }) urasuunnitelmaKoodiVersio?: number;
  @Field(() => Int, { nullable: true }) versio?: number;
  @Field(() => LocalDate, { nullable: true }) ensikertainenHyvaksyminen?: string;
  @Field(() => DateTimeISO, { nullable: true }) hyvaksytty?: Date;
  @Field(() => DateTimeISO, { nullable: true }) paivitetty?: Date;
  @Field(() => LocalDate, { nullable: true }) osaamisenSaavuttamisenPvm?: string;
  @Field(() => Boolean, { nullable: true }) osaamisenHankkimisenTarve?: boolean;
}

@InputType({ description: "A whole plan, as sent on create and replace." })
export class HoksInput extends HoksTopLevelInput {
  @Field(() => [HankittavaTutkinnonOsaInput], { nullable: true }) hankittavatAmmatTutkinnonOsat?: HankittavaTutkinnonOsaInput[];
  @Field(() => [HankittavaTutkinnonOsaInput], { nullable: true }) hankittavatYhteisetTutkinnonOsat?: HankittavaTutkinnonOsaInput[];
  @Field(() => [HankittavaTutkinnonOsaInput], { nullable: true }) hankittavatPaikallisetTutkinnonOsat?: HankittavaTutkinnonOsaInput[];
  @Field(() => [AiemminHankittuTutkinnonOsaInput], { nullable: true }) aiemminHankitutAmmatTutkinnonOsat?: AiemminHankittuTutkinnonOsaInput[];
  @Field(() => [AiemminHankittuTutkinnonOsaInput], { nullable: true }) aiemminHankitutYhteisetTutkinnonOsat?: AiemminHankittuTutkinnonOsaInput[];
  @Field(() => [AiemminHankittuTutkinnonOsaInput], { nullable: true }) aiemminHankitutPaikallisetTutkinnonOsat?: AiemminHankittuTutkinnonOsaInput[];
  @Field(() => [OpiskeluvalmiuksiaTukevaOpintoInput], { nullable: true }) opiskeluvalmiuksiaTukevatOpinnot?: OpiskeluvalmiuksiaTukevaOpintoInput[];
  @Field(() => [OppimisenTukiInput], { nullable: true }) oppimisenTuki?: OppimisenTukiInput[];
  @Field(() => [HankittavaKoulutuksenOsaInput], { nullable: true }) hankittavatKoulutuksenOsat?: HankittavaKoulutuksenOsaInput[];
}
