import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { OrganisaatioRow } from "../../../drizzle/schema/index.js";
import type { PersonsContext } from "../context.js";
import { Henkilo } from "../henkilo/henkilo.type.js";
import type { GrantedHenkilo } from "../henkilo/henkilo.queries.js";
import { Organisaatio } from "../organisaatio/organisaatio.type.js";
import { OpiskeluoikeudenTila, SisaltavaOpiskeluoikeus } from "./opiskeluoikeus-values.type.js";
import type { SisaltavaOpiskeluoikeusValue } from "./opiskeluoikeus-values.resolver.js";
import type { GrantedOpiskeluoikeus } from "./opiskeluoikeus.queries.js";
import { loadVisibleOpiskeluoikeus } from "./opiskeluoikeus.reference.js";
import { Opiskeluoikeus } from "./opiskeluoikeus.type.js";

@Resolver(() => Opiskeluoikeus)
export class OpiskeluoikeusResolver {
  @Query(() => Opiskeluoikeus, {
    nullable: true,
    description: "A study right by its OID. A study right the caller may not see is reported exactly like a missing one.",
  })
  opiskeluoikeus(@Arg("oid", () => ID, { description: "Study right OID (1.2.246.562.15.…)." }) oid: string, @Ctx() ctx: PersonsContext): Promise<GrantedOpiskeluoikeus> {
    return loadVisibleOpiskeluoikeus(ctx, oid);
  }

  @FieldResolver(() => Organisaatio, { nullable: true, description: "The institution (oppilaitos) where the study right is held." })
  oppilaitos(@Root() studyRight: GrantedOpiskeluoikeus, @Ctx() ctx: PersonsContext): Promise<OrganisaatioRow | null> | null {
    return studyRight.oppilaitosOid ? ctx.loaders.organisaatioByOid.load(studyRight.oppilaitosOid) : null;
  }

  @FieldResolver(() => Organisaatio, { nullable: true, description: "The education provider (koulutustoimija) of the institution." })
  koulutustoimija(@Root() studyRight: GrantedOpiskeluoikeus, @Ctx() ctx: PersonsContext): Promise<OrganisaatioRow | null> | null {
    return studyRight.koulutustoimijaOid ? ctx.loaders.organisaatioByOid.load(studyRight.koulutustoimijaOid) : null;
  }

  @FieldResolver(() => OpiskeluoikeudenTila, { nullable: true, description: "Status history of the study right." })
  tila(@Root() studyRight: GrantedOpiskeluoikeus): OpiskeluoikeudenTila | null {
    return studyRight.opiskeluoikeusjaksot ? { opiskeluoikeusjaksot: studyRight.opiskeluoikeusjaksot } : null;
  }

  @FieldResolver(() => SisaltavaOpiskeluoikeus, {
    nullable: true,
    description: "The master study right this one is contained in (procured training); null for a master study right.",
  })
  sisaltyyOpiskeluoikeuteen(@Root() studyRight: GrantedOpiskeluoikeus): SisaltavaOpiskeluoikeusValue | null {
    const oid = studyRight.sisaltyyOpiskeluoikeuteenOid;
    return oid ? { oid, oppilaitosOid: studyRight.sisaltavanOppilaitosOid } : null;
  }

  // Nullable because seeing a study right will not always mean seeing its person (R8's legal
  // basis shows study rights but no people); the person loader decides, with the person scope.
  @FieldResolver(() => Henkilo, { nullable: true, description: "The student; null when the caller may not see the person." })
  oppija(@Root() studyRight: GrantedOpiskeluoikeus, @Ctx() ctx: PersonsContext): Promise<GrantedHenkilo | null> {
    return ctx.loaders.henkiloByOid.load(studyRight.oppijaOid!);
  }
}
