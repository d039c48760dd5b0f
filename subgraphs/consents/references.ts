/**
 * Entity references of the consents subgraph. Consents and links resolve through the same scoped
 * loaders as every other read, so `_entities` answers a hidden one exactly like a missing one.
 */
import { notFound } from "../shared/errors.js";
import type { ConsentsContext } from "./context.js";

export const consentsReferences = {
  Henkilo: { __resolveReference: (reference: { oid: string }) => ({ oid: reference.oid }) },
  Suostumus: {
    __resolveReference: async (reference: { id: string }, ctx: ConsentsContext) =>
      (await ctx.loaders.suostumusById.load(String(reference.id))) ?? Promise.reject(notFound("Suostumus")),
  },
  Jakolinkki: {
    __resolveReference: async (reference: { id: string }, ctx: ConsentsContext) =>
      (await ctx.loaders.jakolinkkiById.load(String(reference.id))) ?? Promise.reject(notFound("Jakolinkki")),
  },
};
