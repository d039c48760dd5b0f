/** Builds the consents subgraph's schema. Pure: no database, no ports. */
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../shared/federation.js";
import { applyPermissions } from "../shared/permissions.js";
import type { SchemaOptions } from "../shared/subgraph.js";
import { KayttolokiResolver } from "./kayttoloki/kayttoloki.resolver.js";
import { JaettuModuuliResolver } from "./jakolinkki/jaettu-moduuli.resolver.js";
import { Jakolinkki } from "./jakolinkki/jakolinkki.type.js";
import { ConsentMutations } from "./write/consent.resolver.js";
import { ShareLinkMutations } from "./write/share-link.resolver.js";
import { consentsRules } from "./permissions.js";
import { HenkiloConsentsResolver } from "./person/henkilo.resolver.js";
import { consentsReferences } from "./references.js";
import { RecipientConsentsResolver } from "./suostumus/recipient.resolver.js";
import { Suostumus } from "./suostumus/suostumus.type.js";

export async function buildConsentsSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const schema = await buildFederatedSchema(
    { resolvers: [HenkiloConsentsResolver, JaettuModuuliResolver, KayttolokiResolver, RecipientConsentsResolver, ConsentMutations, ShareLinkMutations], orphanedTypes: [Suostumus, Jakolinkki] },
    consentsReferences,
  );
  return options.permissions === false ? schema : applyPermissions(schema, consentsRules);
}
