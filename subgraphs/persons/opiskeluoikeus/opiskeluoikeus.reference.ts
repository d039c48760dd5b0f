/**
 * Resolving a study right by OID: the query `opiskeluoikeus(oid:)` and federation's `_entities`
 * share this, so both doors apply the same scope, batch into one statement per request, and
 * answer a hidden study right exactly like a missing one.
 */
import { notFound } from "../../shared/errors.js";
import type { PersonsContext } from "../context.js";
import type { GrantedOpiskeluoikeus } from "./opiskeluoikeus.queries.js";

export async function loadVisibleOpiskeluoikeus(ctx: PersonsContext, oid: string): Promise<GrantedOpiskeluoikeus> {
  const studyRight = await ctx.loaders.opiskeluoikeusByOid.load(String(oid));
  if (!studyRight) throw notFound("Opiskeluoikeus");
  return studyRight;
}

export const opiskeluoikeusReference = {
  Opiskeluoikeus: {
    __resolveReference: (reference: { oid: string }, ctx: PersonsContext) => loadVisibleOpiskeluoikeus(ctx, reference.oid),
  },
};
