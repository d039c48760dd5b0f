/** Builds the persons subgraph's schema. Pure: no database, no ports. */
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../shared/federation.js";
import { applyPermissions } from "../shared/permissions.js";
import type { SchemaOptions } from "../shared/subgraph.js";
import { henkiloReference } from "./henkilo/henkilo.reference.js";
import { HenkiloResolver } from "./henkilo/henkilo.resolver.js";
import { SisaltavaOpiskeluoikeusResolver, SuoritusResolver } from "./opiskeluoikeus/opiskeluoikeus-values.resolver.js";
import { opiskeluoikeusReference } from "./opiskeluoikeus/opiskeluoikeus.reference.js";
import { KoulutusmoduuliResolver } from "./opiskeluoikeus/koulutusmoduuli.resolver.js";
import { OpiskeluoikeusResolver } from "./opiskeluoikeus/opiskeluoikeus.resolver.js";
import { organisaatioReference } from "./organisaatio/organisaatio.reference.js";
import { OrganisaatioResolver } from "./organisaatio/organisaatio.resolver.js";
import { personsRules } from "./permissions.js";
import { VirhekoodiResolver } from "./virhekoodit/virhekoodit.resolver.js";
import { FeedMutations } from "./write/feed.resolver.js";

export async function buildPersonsSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const schema = await buildFederatedSchema(
    {
      resolvers: [HenkiloResolver, OpiskeluoikeusResolver, SuoritusResolver, SisaltavaOpiskeluoikeusResolver, OrganisaatioResolver, KoulutusmoduuliResolver, FeedMutations, VirhekoodiResolver],
    },
    { ...henkiloReference, ...opiskeluoikeusReference, ...organisaatioReference },
  );
  return options.permissions === false ? schema : applyPermissions(schema, personsRules);
}
