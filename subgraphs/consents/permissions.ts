/** Shield rules of the consents subgraph: consents and links are guarded as types. */
import type { IRules } from "graphql-shield";
import { allow, cameThroughScope, federationRules, federationTypeRules, hasRole, isAuthenticated } from "../shared/permissions.js";

export const consentsRules: IRules = {
  // The student's own log, and OPH's search of everyone's (disclosure.md R1, R9).
  Query: { jaettuModuuli: isAuthenticated, kayttoloki: hasRole("student"), auditLoki: hasRole("oph"), suostumuksetMinulle: isAuthenticated, ...federationRules },
  // Who may write is decided inside each mutation (the student, on their own plan).
  Mutation: { createConsent: isAuthenticated, revokeConsent: isAuthenticated, createShareLink: isAuthenticated, deleteShareLink: isAuthenticated },
  JaettuModuuli: cameThroughScope,
  LuotuJakolinkki: allow,
  ...federationTypeRules,
  Suostumus: cameThroughScope,
  SuostumusConnection: allow,
  SuostumusEdge: allow,
  Jakolinkki: cameThroughScope,
  SuostumuksenVastaanottaja: allow,
  Henkilo: allow,
  Hoks: allow,
  Organisaatio: allow,
  KayttolokimerkintaConnection: allow,
  KayttolokimerkintaEdge: allow,
  Kayttolokimerkinta: allow,
  Kayttaja: allow,
  AuditMerkintaConnection: allow,
  AuditMerkintaEdge: allow,
  PageInfo: allow,
  AuditMerkinta: allow,
  AuditMuutos: allow,
};
