/** Shield rules of the consents subgraph: consents and links are guarded as types. */
import type { IRules } from "graphql-shield";
import { allow, cameThroughScope, federationRules, federationTypeRules, isAuthenticated } from "../shared/permissions.js";

export const consentsRules: IRules = {
  Query: { jaettuModuuli: isAuthenticated, ...federationRules },
  // Who may write is decided inside each mutation (the student, on their own plan).
  Mutation: { createConsent: isAuthenticated, revokeConsent: isAuthenticated, createShareLink: isAuthenticated, deleteShareLink: isAuthenticated },
  JaettuModuuli: cameThroughScope,
  LuotuJakolinkki: allow,
  ...federationTypeRules,
  Suostumus: cameThroughScope,
  Jakolinkki: cameThroughScope,
  SuostumuksenVastaanottaja: allow,
  Henkilo: allow,
  Hoks: allow,
};
