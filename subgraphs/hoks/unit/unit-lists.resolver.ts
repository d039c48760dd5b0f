/**
 * The lists inside units: periods and demonstrations of units to acquire, the verifying
 * demonstrations of prior learning, and the areas of common units. One resolver class per unit
 * type, made by these factories, since type-graphql binds field resolvers to one object type.
 */
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { TutkinnonOsaRow } from "../../../drizzle/schema/index.js";
import { OsaamisenOsoittaminen } from "../demonstration/demonstration.type.js";
import type { HoksContext } from "../context.js";
import { OsaamisenHankkimistapa } from "../period/period.type.js";
import {
  AiemminHankittuAmmatTutkinnonOsa,
  AiemminHankittuPaikallinenTutkinnonOsa,
  AiemminHankittuYhteinenTutkinnonOsa,
  AiemminHankitunYhteisenTutkinnonOsanOsaAlue,
  HankittavaAmmatTutkinnonOsa,
  HankittavaPaikallinenTutkinnonOsa,
  HankittavaYhteinenTutkinnonOsa,
  YhteisenTutkinnonOsanOsaAlue,
} from "./unit.types.js";

async function demonstrationsOf(ctx: HoksContext, unit: TutkinnonOsaRow) {
  const rows = await ctx.loaders.demonstrations.load(unit.hoksId);
  return rows.filter((d) => d.tutkinnonOsaModuleId === unit.moduleId);
}

function acquiredUnitLists(unitType: ClassType) {
  @Resolver(() => unitType)
  class AcquiredUnitListsResolver {
    @FieldResolver(() => [OsaamisenHankkimistapa], { description: "Acquisition periods: how, where and when the unit is learned." })
    async osaamisenHankkimistavat(@Root() unit: TutkinnonOsaRow, @Ctx() ctx: HoksContext) {
      const rows = await ctx.loaders.periods.load(unit.hoksId);
      return rows.filter((p) => p.tutkinnonOsaModuleId === unit.moduleId);
    }

    @FieldResolver(() => [OsaamisenOsoittaminen], { description: "Demonstrations of the unit's competence." })
    osaamisenOsoittaminen(@Root() unit: TutkinnonOsaRow, @Ctx() ctx: HoksContext) {
      return demonstrationsOf(ctx, unit);
    }
  }
  return AcquiredUnitListsResolver;
}

function priorLearningLists(unitType: ClassType) {
  @Resolver(() => unitType)
  class PriorLearningListsResolver {
    @FieldResolver(() => [OsaamisenOsoittaminen], { description: "Demonstrations that verify the prior learning." })
    tarkentavatTiedotNaytto(@Root() unit: TutkinnonOsaRow, @Ctx() ctx: HoksContext) {
      return demonstrationsOf(ctx, unit);
    }
  }
  return PriorLearningListsResolver;
}

function areaList(unitType: ClassType, areaType: ClassType) {
  @Resolver(() => unitType)
  class AreaListResolver {
    @FieldResolver(() => [areaType], { description: "The areas (osa-alueet) of the common unit." })
    async osaAlueet(@Root() unit: TutkinnonOsaRow, @Ctx() ctx: HoksContext) {
      const rows = await ctx.loaders.units.load(unit.hoksId);
      return rows.filter((area) => area.parentModuleId === unit.moduleId);
    }
  }
  return AreaListResolver;
}

export const unitListResolvers = [
  acquiredUnitLists(HankittavaAmmatTutkinnonOsa),
  acquiredUnitLists(HankittavaPaikallinenTutkinnonOsa),
  acquiredUnitLists(YhteisenTutkinnonOsanOsaAlue),
  priorLearningLists(AiemminHankittuAmmatTutkinnonOsa),
  priorLearningLists(AiemminHankittuPaikallinenTutkinnonOsa),
  priorLearningLists(AiemminHankittuYhteinenTutkinnonOsa),
  priorLearningLists(AiemminHankitunYhteisenTutkinnonOsanOsaAlue),
  areaList(HankittavaYhteinenTutkinnonOsa, YhteisenTutkinnonOsanOsaAlue),
  areaList(AiemminHankittuYhteinenTutkinnonOsa, AiemminHankitunYhteisenTutkinnonOsanOsaAlue),
] as const;
