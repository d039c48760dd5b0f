/**
 * Resolving an organisation by OID: the query `organisaatio(oid:)` and federation's `_entities`
 * share this loader, so a batch of representations costs one statement.
 */
import type { OrganisaatioRow } from "../../../drizzle/schema/index.js";
import { notFound } from "../../shared/errors.js";
import type { PersonsContext } from "../context.js";

export async function loadOrganisaatio(ctx: PersonsContext, oid: string): Promise<OrganisaatioRow> {
  const org = await ctx.loaders.organisaatioByOid.load(String(oid));
  if (!org) throw notFound("Organisaatio");
  return org;
}

export const organisaatioReference = {
  Organisaatio: { __resolveReference: (reference: { oid: string }, ctx: PersonsContext) => loadOrganisaatio(ctx, reference.oid) },
};
