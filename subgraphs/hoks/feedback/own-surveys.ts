/**
 * A student's own feedback surveys: the links of their student feedback while the answer window
 * is open. A working-life survey is the instructor's to answer, so it is not among them.
 */
import { and, asc, eq, gte, inArray, lte, ne } from "drizzle-orm";
import { Ctx, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { feedbackTrigger } from "../../../drizzle/schema/index.js";
import type { HoksContext } from "../context.js";

@ObjectType({ simpleResolvers: true, description: "A feedback survey waiting for the student's answer." })
export class Palautekysely {
  @Field(() => ID, { description: "The plan the survey is about." }) hoksId!: string;
  @Field(() => String, { description: "aloittaneet (start of studies), valmistuneet (a whole degree) or osia-suorittaneet (parts of one)." }) kyselytyyppi!: string;
  @Field(() => String, { description: "The survey's link." }) kyselylinkki!: string;
  @Field(() => String, { description: "Last day to answer (ISO date)." }) vastausaikaLoppu!: string;
}

@Resolver()
export class OwnSurveysResolver {
  @Query(() => [Palautekysely], { description: "Students: your feedback surveys whose answer window is open today, each with its link." })
  async omatPalautekyselyt(@Ctx() ctx: HoksContext): Promise<Palautekysely[]> {
    const rows = await ctx.readDb
      .select()
      .from(feedbackTrigger)
      .where(
        and(
          eq(feedbackTrigger.oppijaOid, ctx.principal.sub),
          ne(feedbackTrigger.kind, "tyoelama"),
          inArray(feedbackTrigger.state, ["luovutettu", "kasitelty"]),
          lte(feedbackTrigger.answerWindowStart, ctx.today),
          gte(feedbackTrigger.answerWindowEnd, ctx.today),
        ),
      )
      .orderBy(asc(feedbackTrigger.answerWindowEnd), asc(feedbackTrigger.id));
    const surveys = rows.filter((row) => row.kyselylinkki);
    ctx.audit.read(surveys.map((row) => ({ operation: "read", dataKind: "palauteherate", rule: "R1", oppijaOid: row.oppijaOid, hoksId: row.hoksId, opiskeluoikeusOid: row.opiskeluoikeusOid })));
    return surveys.map((row) => ({ hoksId: String(row.hoksId), kyselytyyppi: row.surveyType, kyselylinkki: row.kyselylinkki!, vastausaikaLoppu: row.answerWindowEnd }));
  }
}
