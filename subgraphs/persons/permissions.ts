/**
 * Shield rules of the persons subgraph. Persons and study rights are guarded as types: such an
 * object can only have come from a scoped data function. Organisations are public reference
 * data, and the values inside a study right are reached only through a granted one, so they are
 * allowed as values; any type not listed is denied.
 */
import type { IRules } from "graphql-shield";
import { allow, cameThroughScope, federationRules, federationTypeRules, isAuthenticated } from "../shared/permissions.js";

const VALUE_TYPES = [
  "Organisaatio",
  "LokalisoituTeksti",
  "OpiskeluoikeudenTila",
  "Opiskeluoikeusjakso",
  "SisaltavaOpiskeluoikeus",
  "Suoritus",
  "Koulutusmoduuli",
  // A reference to a curriculum: its key only, from the field as this request may see it.
  "Peruste",
  "Koodi",
  "Vahvistus",
  "FeedResult",
  "FeedCount",
  // A page of persons: the persons in it are guarded as Henkilo.
  "HenkiloConnection",
  "HenkiloEdge",
  "PageInfo",
] as const;

export const personsRules: IRules = {
  Query: {
    me: isAuthenticated,
    henkilo: isAuthenticated,
    opiskelijat: isAuthenticated,
    opiskelijalista: isAuthenticated,
    // The error-code catalogue: documentation, no one's data.
    virhekoodit: isAuthenticated,
    opiskeluoikeus: isAuthenticated,
    organisaatio: isAuthenticated,
    ...federationRules,
  },
  // Who may feed what is decided inside the mutation, per entity (write/feed-access.ts).
  Mutation: { upsertKoskiData: isAuthenticated },
  ...federationTypeRules,
  Henkilo: cameThroughScope,
  Opiskeluoikeus: cameThroughScope,
  ...Object.fromEntries(VALUE_TYPES.map((name) => [name, allow])),
};
