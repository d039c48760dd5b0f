/** Tests compare plans with the documents sent through the same selection the REST door uses. */
import { camelToKebab } from "../../subgraphs/hoks/write/json-keys.js";
import { PLAN_LISTS } from "../../subgraphs/hoks/write/plan-document.js";

export { FULL_HOKS_FIELDS, asSentDocument as asEhoksDocument } from "../../gateway/rest/full-plan.js";

/** The nine part lists of a plan in eHOKS v1 keys: a v1 GET answers every one, `[]` when empty. */
export const V1_PLAN_LISTS: readonly string[] = PLAN_LISTS.map(camelToKebab);
