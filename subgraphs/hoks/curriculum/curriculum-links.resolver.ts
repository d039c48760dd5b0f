/**
 * Each unit's links to the curricula it follows, as entity references a partner subgraph
 * resolves. A reference is made from the unit's own fields as this request may see them: when a
 * rule hides a unit's code, its reference is null too, so a partner never learns a code that the
 * caller could not have read here.
 */
import { FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { TutkinnonOsaRow } from "../../../drizzle/schema/index.js";
import {
  AiemminHankittuAmmatTutkinnonOsa,
  AiemminHankittuPaikallinenTutkinnonOsa,
  AiemminHankittuYhteinenTutkinnonOsa,
  HankittavaAmmatTutkinnonOsa,
  HankittavaPaikallinenTutkinnonOsa,
  HankittavaYhteinenTutkinnonOsa,
} from "../unit/unit.types.js";
import { PaikallinenTutkinnonOsa, Peruste, TutkinnonOsa } from "../../shared/curriculum/curriculum-stubs.type.js";

function nationalUnitLink(unitType: ClassType) {
  @Resolver(() => unitType)
  class NationalUnitLinkResolver {
    @FieldResolver(() => TutkinnonOsa, { nullable: true, description: "The degree unit in ePerusteet, for partner subgraphs to describe." })
    tutkinnonOsa(@Root() unit: TutkinnonOsaRow): TutkinnonOsa | null {
      return unit.tutkinnonOsaKoodiUri ? { koodiUri: unit.tutkinnonOsaKoodiUri } : null;
    }
  }
  return NationalUnitLinkResolver;
}

function curriculumLink(unitType: ClassType) {
  @Resolver(() => unitType)
  class CurriculumLinkResolver {
    @FieldResolver(() => Peruste, { nullable: true, description: "The curriculum the unit follows, by its record number." })
    peruste(@Root() unit: TutkinnonOsaRow): Peruste | null {
      return unit.tutkinnonOsanPerusteenDiaarinro ? { diaarinumero: unit.tutkinnonOsanPerusteenDiaarinro } : null;
    }
  }
  return CurriculumLinkResolver;
}

function localUnitLink(unitType: ClassType) {
  @Resolver(() => unitType)
  class LocalUnitLinkResolver {
    @FieldResolver(() => PaikallinenTutkinnonOsa, { nullable: true, description: "The unit in the provider's local curriculum (AMOSAA)." })
    paikallinenTutkinnonOsa(@Root() unit: TutkinnonOsaRow): PaikallinenTutkinnonOsa | null {
      return unit.amosaaTunniste ? { amosaaTunniste: unit.amosaaTunniste } : null;
    }
  }
  return LocalUnitLinkResolver;
}

export const curriculumLinkResolvers = [
  ...[HankittavaAmmatTutkinnonOsa, AiemminHankittuAmmatTutkinnonOsa, HankittavaYhteinenTutkinnonOsa, AiemminHankittuYhteinenTutkinnonOsa].map(nationalUnitLink),
  ...[HankittavaAmmatTutkinnonOsa, AiemminHankittuAmmatTutkinnonOsa].map(curriculumLink),
  ...[HankittavaPaikallinenTutkinnonOsa, AiemminHankittuPaikallinenTutkinnonOsa].map(localUnitLink),
];
