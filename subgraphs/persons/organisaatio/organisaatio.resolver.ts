import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { OrganisaatioRow } from "../../../drizzle/schema/index.js";
import type { PersonsContext } from "../context.js";
import { loadOrganisaatio } from "./organisaatio.reference.js";
import { Organisaatio } from "./organisaatio.type.js";

@Resolver(() => Organisaatio)
export class OrganisaatioResolver {
  @Query(() => Organisaatio, { nullable: true, description: "An organisation by its OID." })
  organisaatio(@Arg("oid", () => ID, { description: "Organisation OID (1.2.246.562.10.…)." }) oid: string, @Ctx() ctx: PersonsContext): Promise<OrganisaatioRow> {
    return loadOrganisaatio(ctx, oid);
  }

  @FieldResolver(() => Organisaatio, { nullable: true, description: "The organisation directly above this one; null for the root (OPH)." })
  parent(@Root() org: OrganisaatioRow, @Ctx() ctx: PersonsContext): Promise<OrganisaatioRow | null> | null {
    return org.parentOid ? ctx.loaders.organisaatioByOid.load(org.parentOid) : null;
  }
}
