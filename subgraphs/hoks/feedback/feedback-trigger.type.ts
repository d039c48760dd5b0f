/** The feedback triggers as the feedback service and OPH read them. */
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import type { FeedbackTriggerState } from "../../../drizzle/schema/index.js";
import { edgeType, PageInfo, type Edge } from "../../shared/pagination.js";

export enum PalauteHerateTila {
  ODOTTAA = "odottaa",
  EI_LAHETETA = "ei-laheteta",
  LUOVUTETTU = "luovutettu",
  KASITELTY = "kasitelty",
}
registerEnumType(PalauteHerateTila, {
  name: "PalauteHerateTila",
  description: "Where a feedback trigger is in its life.",
  valuesConfig: {
    ODOTTAA: { description: "Waiting for the feedback service; it follows the plan's data until handed over." },
    EI_LAHETETA: { description: "Not to be sent; `syy` says why. Follows the data like a waiting one." },
    LUOVUTETTU: { description: "Handed over to the feedback service: never changed or made again by plan data." },
    KASITELTY: { description: "Handled: the survey was sent." },
  },
});

export const stateOf = (value: PalauteHerateTila): FeedbackTriggerState => value;

@ObjectType({ simpleResolvers: true, description: "The workplace instructor a working-life survey goes to. Contact details are erased 3 months after the period ends, like the plan's own copy." })
export class PalauteOhjaaja {
  @Field(() => String, { nullable: true, description: "The instructor's name." }) nimi!: string | null;
  @Field(() => String, { nullable: true, description: "E-mail address; null once erased." }) sahkoposti!: string | null;
  @Field(() => String, { nullable: true, description: "Phone number; null once erased." }) puhelinnumero!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One change of a trigger: made, re-decided by new data, removed, handed over, handled, given a survey link." })
export class PalauteHerateTapahtuma {
  @Field(() => String, { description: "When (ISO 8601 instant, UTC)." }) aika!: string;
  @Field(() => String, { description: "created, changed, removed, luovutettu, kasitelty or kyselylinkki." }) tapahtuma!: string;
  @Field(() => PalauteHerateTila, { nullable: true, description: "The state after the change; null when the trigger was removed." }) tila!: PalauteHerateTila | null;
  @Field(() => String, { nullable: true, description: "Why not sent, when that is the state." }) syy!: string | null;
  @Field(() => String, { nullable: true, description: "Who caused it: the writer of the plan or study right, or the feedback service (its token's subject)." }) tekija!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A moment when a national feedback survey is due: student feedback (AMIS) at the start or end of studies, or working-life feedback (TEP) after a workplace period." })
export class PalauteHerate {
  @Field(() => ID, { description: "The trigger's id: mark and link it by this." }) id!: string;
  @Field(() => String, { description: "opiskelija-aloitus, opiskelija-paatto or tyoelama." }) tyyppi!: string;
  @Field(() => String, { description: "The survey: aloittaneet, valmistuneet (a whole degree), osia-suorittaneet (parts of one), tyopaikkajakson-suorittaneet." }) kyselytyyppi!: string;
  @Field(() => ID, { description: "The plan it came from." }) hoksId!: string;
  @Field(() => String, { description: "The student (person OID)." }) oppijaOid!: string;
  @Field(() => String, { description: "The plan's study right." }) opiskeluoikeusOid!: string;
  @Field(() => String, { nullable: true, description: "The provider (koulutustoimija OID); null when the study right is not in the store." }) koulutustoimijaOid!: string | null;
  @Field(() => String, { description: "The trigger date (ISO date): first approval, competence reached, or the period's end." }) heratepvm!: string;
  @Field(() => String, { nullable: true, description: "Working-life feedback: the bundling date, the first day of the month after the period ended (ISO date)." }) niputuspvm!: string | null;
  @Field(() => String, {
    description:
      "First day the survey can be answered (ISO date): the later of the trigger date (a working-life trigger's bundling date) and the day it was made. When the window had already closed (`syy` vastausaika-paattynyt), this is the day it was made and lies after `vastausaikaLoppu`: there was no day left to answer.",
  })
  vastausaikaAlku!: string;
  @Field(() => String, { description: "Last day the survey can be answered (ISO date): 30 days, never past 60 days after the trigger date." }) vastausaikaLoppu!: string;
  @Field(() => String, { nullable: true, description: "Working-life feedback: the period's `yksiloiva-tunniste`." }) yksiloivaTunniste!: string | null;
  @Field(() => PalauteHerateTila, { description: "Where the trigger is in its life." }) tila!: PalauteHerateTila;
  @Field(() => String, { nullable: true, description: "Why it is not sent (state EI_LAHETETA): a reason code of the README's feedback section." }) syy!: string | null;
  @Field(() => String, { nullable: true, description: "Working-life feedback: the workplace's name." }) tyopaikanNimi!: string | null;
  @Field(() => String, { nullable: true, description: "Working-life feedback: the workplace's business ID (Y-tunnus)." }) tyopaikanYTunnus!: string | null;
  @Field(() => PalauteOhjaaja, { nullable: true, description: "Working-life feedback: the responsible instructor." }) ohjaaja!: PalauteOhjaaja | null;
  @Field(() => String, { nullable: true, description: "The survey's link, once the feedback service has attached it." }) kyselylinkki!: string | null;
}

const PalauteHerateEdge = edgeType(PalauteHerate, "PalauteHerateEdge");

@ObjectType({ simpleResolvers: true, description: "A page of feedback triggers (the graph's connection convention)." })
export class PalauteHerateConnection {
  @Field(() => [PalauteHerate], { description: "The page's triggers, by due date, then id." }) nodes!: PalauteHerate[];
  @Field(() => [PalauteHerateEdge], { description: "The same triggers, each with its cursor." }) edges!: Edge<PalauteHerate>[];
  @Field(() => PageInfo, { description: "Where the page ends; pass `endCursor` as `after` while `hasNextPage`." }) pageInfo!: PageInfo;
}
