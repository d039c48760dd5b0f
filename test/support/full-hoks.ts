/** Tests compare plans with the documents sent through the same selection the REST door uses. */
export { FULL_HOKS_FIELDS, asSentDocument as asEhoksDocument } from "../../gateway/rest/full-plan.js";
