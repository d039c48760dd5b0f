/**
 * Resolving a person by OID: the query `henkilo(oid:)` and federation's `_entities` share this,
 * so both doors apply the same scope, batch into one statement per request, and answer a hidden
 * person exactly like a missing one.
 */
import { notFound } from "../../shared/errors.js";
import type { PersonsContext } from "../context.js";
import type { GrantedHenkilo } from "./henkilo.queries.js";

export async function loadVisibleHenkilo(ctx: PersonsContext, oid: string): Promise<GrantedHenkilo> {
  const person = await ctx.loaders.henkiloByOid.load(String(oid));
  if (!person) throw notFound("Henkilo");
  return person;
}

export const henkiloReference = {
  Henkilo: { __resolveReference: (reference: { oid: string }, ctx: PersonsContext) => loadVisibleHenkilo(ctx, reference.oid) },
};
