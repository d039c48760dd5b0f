/**
 * Resolving a plan by id: the query `hoks(id:)` and federation's `_entities` share this, so both
 * doors apply the same scope and answer a hidden plan exactly like a missing one.
 */
import { isPlanId } from "../../shared/validation/identifiers.js";
import { notFound } from "../../shared/errors.js";
import type { HoksContext } from "../context.js";
import type { GrantedHoks } from "./hoks.queries.js";


export async function loadVisibleHoks(ctx: HoksContext, id: string | number): Promise<GrantedHoks> {
  const text = String(id);
  const plan = isPlanId(text) ? await ctx.loaders.hoksById.load(Number(text)) : null;
  if (!plan) throw notFound("HOKS");
  return plan;
}

export const hoksReference = {
  Hoks: { __resolveReference: (reference: { id: string }, ctx: HoksContext) => loadVisibleHoks(ctx, reference.id) },
};
