/** Builds the hoks subgraph's schema. Pure: no database, no ports. */
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../shared/federation.js";
import { applyPermissions } from "../shared/permissions.js";
import type { SchemaOptions } from "../shared/subgraph.js";
import { hoksReference } from "./hoks/hoks.reference.js";
import { HoksResolver } from "./hoks/hoks.resolver.js";
import { hoksRules } from "./permissions.js";
import { henkiloReference, HenkiloHoksitResolver } from "./person/henkilo.resolver.js";
import { OpiskeluoikeusHoksResolver, opiskeluoikeusReference } from "./study-right/opiskeluoikeus.resolver.js";
import { curriculumLinkResolvers } from "./curriculum/curriculum-links.resolver.js";
import { unitListResolvers } from "./unit/unit-lists.resolver.js";
import { HoksMutations } from "./write/hoks-mutations.resolver.js";
import { CodeNamesResolver } from "./codes/code-names.resolver.js";
import { UnitReferencesResolver } from "./curriculum/unit-references.resolver.js";
import { FeedbackDoorResolver } from "./feedback/feedback-door.resolver.js";
import { OwnSurveysResolver } from "./feedback/own-surveys.js";

export async function buildHoksSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const schema = await buildFederatedSchema(
    {
      resolvers: [HoksResolver, HoksMutations, HenkiloHoksitResolver, OpiskeluoikeusHoksResolver, ...unitListResolvers, ...curriculumLinkResolvers, CodeNamesResolver, UnitReferencesResolver, FeedbackDoorResolver, OwnSurveysResolver],
    },
    { ...hoksReference, ...henkiloReference, ...opiskeluoikeusReference },
  );
  return options.permissions === false ? schema : applyPermissions(schema, hoksRules);
}
