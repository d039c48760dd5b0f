/** The plan as GraphQL input: the camelCased eHOKS v1 document. */
import { Field, InputType, Int } from "type-graphql";
import { DateTimeISO, LocalDate } from "../../../shared/scalars.js";
import { AiemminHankittuTutkinnonOsaInput, HankittavaTutkinnonOsaInput } from "./unit.inputs.js";
import { HankittavaKoulutuksenOsaInput, OpiskeluvalmiuksiaTukevaOpintoInput, OppimisenTukiInput } from "./value.inputs.js";

@InputType({ description: "The plan's own fields: all a patch may carry." })
export class HoksTopLevelInput {
  @Field(() => String, { nullable: true, description: "The student's person OID (1.2.246.562.24.…). Required on create; must own the study right." }) oppijaOid?: string;
  @Field(() => String, { nullable: true, description: "OID of the study right (1.2.246.562.15.…) the plan belongs to. Required on create and never changes; one plan per study right, of type ammatillinenkoulutus or tuva, not contained in another study right." }) opiskeluoikeusOid?: string;
  @Field(() => String, { nullable: true, description: "OID of a preparatory (TUVA) study right preceding this one, if any. A replace keeps it when not sent." }) tuvaOpiskeluoikeusOid?: string;
  @Field(() => String, { nullable: true, description: "The student's e-mail address. Erased 3 months after the study right ends." }) sahkoposti?: string;
  @Field(() => String, { nullable: true, description: "The student's phone number. A replace keeps it when not sent; erased 3 months after the study right ends." }) puhelinnumero?: string;
  @Field(() => String, { nullable: true, description: "Code URI of the career plan goal in Koodisto (urasuunnitelma_NNNN)." }) urasuunnitelmaKoodiUri?: string;
  @Field(() => Int, { nullable: true, description: "Koodisto version of `urasuunnitelmaKoodiUri`; optional." }) urasuunnitelmaKoodiVersio?: number;
  @Field(() => Int, { nullable: true, description: "The sending system's own document version, stored as sent (not the server's `revision`)." }) versio?: number;
  @Field(() => LocalDate, { nullable: true, description: "Date the plan was first approved (ISO date, YYYY-MM-DD). Required on create: only approved plans are stored." }) ensikertainenHyvaksyminen?: string;
  @Field(() => DateTimeISO, { nullable: true, description: "When the current contents were approved (ISO 8601 instant)." }) hyvaksytty?: Date;
  @Field(() => DateTimeISO, { nullable: true, description: "When the plan was last updated in the sending system (ISO 8601 instant)." }) paivitetty?: Date;
  @Field(() => LocalDate, { nullable: true, description: "Date the student reached the plan's competence (ISO date): after 2018-01-01 and at most 15 days ahead of today." }) osaamisenSaavuttamisenPvm?: string;
  @Field(() => Boolean, { nullable: true, description: "Whether the student needs training to acquire competence. Required on create." }) osaamisenHankkimisenTarve?: boolean;
}

@InputType({ description: "A whole plan, as sent on create and replace." })
export class HoksInput extends HoksTopLevelInput {
  @Field(() => [HankittavaTutkinnonOsaInput], { nullable: true, description: "Vocational units to acquire. Not for a TUVA plan. On replace the whole list is replaced; not sent means empty." }) hankittavatAmmatTutkinnonOsat?: HankittavaTutkinnonOsaInput[];
  @Field(() => [HankittavaTutkinnonOsaInput], { nullable: true, description: "Common units to acquire, each with its areas in `osaAlueet`. Not for a TUVA plan." }) hankittavatYhteisetTutkinnonOsat?: HankittavaTutkinnonOsaInput[];
  @Field(() => [HankittavaTutkinnonOsaInput], { nullable: true, description: "Local units to acquire (the provider's own, by `nimi` and `amosaaTunniste`). Not for a TUVA plan." }) hankittavatPaikallisetTutkinnonOsat?: HankittavaTutkinnonOsaInput[];
  @Field(() => [AiemminHankittuTutkinnonOsaInput], { nullable: true, description: "Vocational units recognised from prior learning. Not for a TUVA plan." }) aiemminHankitutAmmatTutkinnonOsat?: AiemminHankittuTutkinnonOsaInput[];
  @Field(() => [AiemminHankittuTutkinnonOsaInput], { nullable: true, description: "Common units recognised from prior learning, each with its areas in `osaAlueet`. Not for a TUVA plan." }) aiemminHankitutYhteisetTutkinnonOsat?: AiemminHankittuTutkinnonOsaInput[];
  @Field(() => [AiemminHankittuTutkinnonOsaInput], { nullable: true, description: "Local units recognised from prior learning. Not for a TUVA plan." }) aiemminHankitutPaikallisetTutkinnonOsat?: AiemminHankittuTutkinnonOsaInput[];
  @Field(() => [OpiskeluvalmiuksiaTukevaOpintoInput], { nullable: true, description: "Studies supporting readiness (§ 63). Not for a TUVA plan." }) opiskeluvalmiuksiaTukevatOpinnot?: OpiskeluvalmiuksiaTukevaOpintoInput[];
  @Field(() => [OppimisenTukiInput], { nullable: true, description: "Learning support (from 1.8.2026)." }) oppimisenTuki?: OppimisenTukiInput[];
  @Field(() => [HankittavaKoulutuksenOsaInput], { nullable: true, description: "TUVA training parts to acquire: only in a TUVA plan." }) hankittavatKoulutuksenOsat?: HankittavaKoulutuksenOsaInput[];
}
