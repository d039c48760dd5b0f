/** The narrower choices of `palauteHerateet`, as the feedback service's REST paths need them. */
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Narrows the feedback triggers listed; every field given must hold." })
export class PalauteHerateSuodatin {
  @Field(() => [String], { nullable: true, description: "Only these kinds: opiskelija-aloitus, opiskelija-paatto, tyoelama." }) tyyppi?: string[];
  @Field(() => String, { nullable: true, description: "Trigger date on or after this ISO date." }) heratepvmAlku?: string;
  @Field(() => String, { nullable: true, description: "Trigger date on or before this ISO date." }) heratepvmLoppu?: string;
  @Field(() => ID, { nullable: true, description: "Only the triggers of this plan." }) hoksId?: string;
  @Field(() => ID, { nullable: true, description: "Only the working-life trigger of this period, by the period's eHOKS v1 id." }) osaamisenHankkimistapaId?: string;
}
