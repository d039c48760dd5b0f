/**
 * The checks every GraphQL request's decoded values pass before they run, in the body and in a
 * GET's query string alike: first the nesting depth (what follows may recurse), then NUL.
 */
import { nestsDeeperThan, TOO_DEEP } from "./json-depth.js";
import { carriesNul, searchRequest } from "./nul-check.js";

/** Why the request's values are refused (a 400), or undefined when they may run. */
export function requestValuesRefusal(body: unknown, search: URLSearchParams): string | undefined {
  const fromSearch = searchRequest(search);
  if (nestsDeeperThan(body) || nestsDeeperThan(fromSearch)) return `The request ${TOO_DEEP}`;
  if (carriesNul(body) || carriesNul(fromSearch)) return "The request contains a NUL character";
  return undefined;
}
