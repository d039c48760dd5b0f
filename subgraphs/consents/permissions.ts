/** Shield rules of the consents subgraph: consents and links are guarded as types. */
import type { IRules } from "graphql-shield";
import { allow, cameThroughScope, federationRules, federationTypeRules } from "../shared/permissions.js";

export const consentsRules: IRules = {
  Query: { ...federationRules },
  ...federationTypeRules,
  Suostumus: cameThroughScope,
  Jakolinkki: cameThroughScope,
  SuostumuksenVastaanottaja: allow,
  Henkilo: allow,
  Hoks: allow,
};
