/**
 * Organisations inside a study right's values: the JSON and the row hold only OIDs, which become
 * organisations through the request's loader (one statement for all of them).
 */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { OrganisaatioRow, Suoritus as SuoritusValue } from "../../../drizzle/schema/index.js";
import type { PersonsContext } from "../context.js";
import { Organisaatio } from "../organisaatio/organisaatio.type.js";
import { SisaltavaOpiskeluoikeus, Suoritus } from "./opiskeluoikeus-values.type.js";

/** What `Opiskeluoikeus.sisaltyyOpiskeluoikeuteen` hands to its field resolvers. */
export interface SisaltavaOpiskeluoikeusValue {
  oid: string;
  /** Null when the master study right is not in this store. */
  oppilaitosOid: string | null;
}

function organisationOrNull(ctx: PersonsContext, oid: string | null | undefined): Promise<OrganisaatioRow | null> | null {
  return oid ? ctx.loaders.organisaatioByOid.load(oid) : null;
}

@Resolver(() => Suoritus)
export class SuoritusResolver {
  @FieldResolver(() => Organisaatio, { nullable: true, description: "The site (toimipiste) where the studies take place." })
  toimipiste(@Root() suoritus: SuoritusValue, @Ctx() ctx: PersonsContext) {
    return organisationOrNull(ctx, suoritus.toimipiste);
  }
}

@Resolver(() => SisaltavaOpiskeluoikeus)
export class SisaltavaOpiskeluoikeusResolver {
  @FieldResolver(() => Organisaatio, { nullable: true, description: "The institution of the master study right." })
  oppilaitos(@Root() master: SisaltavaOpiskeluoikeusValue, @Ctx() ctx: PersonsContext) {
    return organisationOrNull(ctx, master.oppilaitosOid);
  }
}
