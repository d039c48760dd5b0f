import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { ModuleSection, TutkinnonOsaRow } from "../../../drizzle/schema/index.js";
import { notFound } from "../../shared/errors.js";
import type { HoksContext } from "../context.js";
import { Henkilo } from "../person/henkilo.type.js";
import { HankittavaKoulutuksenOsa, OppimisenTuki, OpiskeluvalmiuksiaTukevaOpinto } from "../plan-lists/plan-lists.types.js";
import { Opiskeluoikeus } from "../study-right/opiskeluoikeus.type.js";
import {
  AiemminHankittuAmmatTutkinnonOsa,
  AiemminHankittuPaikallinenTutkinnonOsa,
  AiemminHankittuYhteinenTutkinnonOsa,
  HankittavaAmmatTutkinnonOsa,
  HankittavaPaikallinenTutkinnonOsa,
  HankittavaYhteinenTutkinnonOsa,
} from "../unit/unit.types.js";
import { auditRuleOf } from "../../shared/audit/audit-event.js";
import { accessOf } from "../disclosure/plan-access.js";
import { withV1Id } from "../plan-lists/v1-id.js";
import { loadVisibleHoks } from "./hoks.reference.js";
import { workplaceAssignmentsOf, type GrantedHoks } from "./hoks.queries.js";
import { Hoks } from "./hoks.type.js";

async function unitsOfSection(ctx: HoksContext, plan: GrantedHoks, section: ModuleSection): Promise<TutkinnonOsaRow[]> {
  const units = await ctx.loaders.units.load(plan.id);
  return units.filter((u) => u.section === section);
}

@Resolver(() => Hoks)
export class HoksResolver {
  @Query(() => Hoks, { nullable: true, description: "A plan by its id. A plan the caller may not see is reported exactly like a missing one." })
  hoks(@Arg("id", () => ID, { description: "Id of the plan (`Hoks.id`, a positive whole number)." }) id: string, @Ctx() ctx: HoksContext): Promise<GrantedHoks> {
    return loadVisibleHoks(ctx, id);
  }

  @Query(() => Hoks, { nullable: true, description: "The plan of a study right, by the study right's OID." })
  async hoksByOpiskeluoikeus(@Arg("opiskeluoikeusOid", () => String, { description: "OID of the study right (1.2.246.562.15.…)." }) oid: string, @Ctx() ctx: HoksContext): Promise<GrantedHoks> {
    const plan = await ctx.loaders.hoksByOpiskeluoikeus.load(oid);
    if (!plan) throw notFound("HOKS");
    return plan;
  }

  @Query(() => [Hoks], {
    description:
      "Plans in which the caller is named a responsible workplace instructor (of a workplace period) or a working-life assessor (of a demonstration), while the access window is open; each shows what the caller may see of it, as `hoks(id:)` does.",
  })
  async workplaceAssignments(@Ctx() ctx: HoksContext): Promise<GrantedHoks[]> {
    return ctx.loaders.remember(await workplaceAssignmentsOf(ctx.readDb, ctx.principal, ctx.today));
  }

  @FieldResolver(() => Henkilo, { description: "The student." })
  oppija(@Root() plan: GrantedHoks): Henkilo {
    return { oid: plan.oppijaOid };
  }

  @FieldResolver(() => Opiskeluoikeus, { nullable: true, description: "The study right the plan belongs to." })
  opiskeluoikeus(@Root() plan: GrantedHoks): Opiskeluoikeus | null {
    return plan.opiskeluoikeusOid ? { oid: plan.opiskeluoikeusOid } : null;
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      "OIDs of the procured-training study rights (hankintakoulutus) contained in the plan's study right; null to a caller who does not see the whole plan.",
  })
  async hankintakoulutusOpiskeluoikeusOids(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext): Promise<string[] | null> {
    // Whole-plan readers only: the other rules show a part of the plan, never the study rights around it.
    const rule = accessOf(plan)?.fullRule;
    if (!rule || !plan.opiskeluoikeusOid) return null;
    const contained = await ctx.loaders.containedStudyRights.load(plan.opiskeluoikeusOid);
    // What they disclose is in the audit trail before the answer leaves, as every read is.
    ctx.audit.read(contained.map((row) => ({ operation: "read", dataKind: "opiskeluoikeus", rule: auditRuleOf(rule), oppijaOid: row.oppijaOid, opiskeluoikeusOid: row.oid })));
    return contained.map((row) => row.oid);
  }

  @FieldResolver(() => [HankittavaAmmatTutkinnonOsa], { description: "Vocational units to acquire." })
  hankittavatAmmatTutkinnonOsat(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return unitsOfSection(ctx, plan, "hankittavatAmmatTutkinnonOsat");
  }

  @FieldResolver(() => [HankittavaYhteinenTutkinnonOsa], { description: "Common units to acquire." })
  hankittavatYhteisetTutkinnonOsat(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return unitsOfSection(ctx, plan, "hankittavatYhteisetTutkinnonOsat");
  }

  @FieldResolver(() => [HankittavaPaikallinenTutkinnonOsa], { description: "Local units to acquire." })
  hankittavatPaikallisetTutkinnonOsat(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return unitsOfSection(ctx, plan, "hankittavatPaikallisetTutkinnonOsat");
  }

  @FieldResolver(() => [AiemminHankittuAmmatTutkinnonOsa], { description: "Vocational units recognised from prior learning." })
  aiemminHankitutAmmatTutkinnonOsat(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return unitsOfSection(ctx, plan, "aiemminHankitutAmmatTutkinnonOsat");
  }

  @FieldResolver(() => [AiemminHankittuYhteinenTutkinnonOsa], { description: "Common units recognised from prior learning." })
  aiemminHankitutYhteisetTutkinnonOsat(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return unitsOfSection(ctx, plan, "aiemminHankitutYhteisetTutkinnonOsat");
  }

  @FieldResolver(() => [AiemminHankittuPaikallinenTutkinnonOsa], { description: "Local units recognised from prior learning." })
  aiemminHankitutPaikallisetTutkinnonOsat(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return unitsOfSection(ctx, plan, "aiemminHankitutPaikallisetTutkinnonOsat");
  }

  @FieldResolver(() => [OpiskeluvalmiuksiaTukevaOpinto], { description: "Studies supporting readiness (§ 63)." })
  async opiskeluvalmiuksiaTukevatOpinnot(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return (await ctx.loaders.readinessStudies.load(plan.id)).map(withV1Id);
  }

  @FieldResolver(() => [OppimisenTuki], { description: "Learning support." })
  async oppimisenTuki(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return (await ctx.loaders.learningSupport.load(plan.id)).map(withV1Id);
  }

  @FieldResolver(() => [HankittavaKoulutuksenOsa], { description: "TUVA training parts to acquire." })
  async hankittavatKoulutuksenOsat(@Root() plan: GrantedHoks, @Ctx() ctx: HoksContext) {
    return (await ctx.loaders.tuvaParts.load(plan.id)).map(withV1Id);
  }
}
