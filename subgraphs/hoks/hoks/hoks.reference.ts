/**
 * Resolving a plan by id: the query `hoks(id:)` and federation's `_entities` share this, so both
 * doors apply the same scope and answer a hidden plan exactly like a missing one.
 */
import { notFound } from "../../shared/errors.js";
import type { HoksContext } from "../context.js";
import type { GrantedHoks } from "./hoks.queries.js";

const PLAN_ID = /^[1-9]\d{0,9}$/;

export async function loadVisibleHoks(ctx: HoksContext, id: string | number): Promise<GrantedHoks> {
  const text = String(id);
  const plan = PLAN_ID.test(text) && Number(text) <= 2_147_483_647 ? await ctx.loaders.hoksById.load(Number(text)) : null;
  if (!plan) throw notFound("HOKS");
  return plan;
}

export const hoksReference = {
  Hoks: { __resolveReference: (reference: { id: string }, ctx: HoksContext) => loadVisibleHoks(ctx, reference.id) },
};
