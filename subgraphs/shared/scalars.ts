/** Scalars shared by the subgraphs: calendar dates as YYYY-MM-DD, instants as ISO 8601. */
import { GraphQLScalarType } from "graphql";
import { LocalDateResolver } from "graphql-scalars";
import { remembered } from "./remembered.js";
export { DateTimeISOResolver as DateTimeISO } from "graphql-scalars";

/**
 * graphql-scalars' LocalDate, answering a date it has already checked without checking it again.
 * Its check builds a Date and an ISO string for every value it sends: an official's list sends
 * a hundred dates, a full plan a few hundred, nearly all of them the same few calendar days, and
 * the check was the single largest function of the hoks subgraph executing them. Every date is
 * still checked once, by graphql-scalars itself, so a value that is not a calendar date fails as
 * before (every time: a failure is not remembered); what callers send (parseValue, parseLiteral)
 * is checked every time, as before. 20 000 dates are every calendar day of a few decades.
 */
function rememberingLocalDate(): GraphQLScalarType {
  const config = LocalDateResolver.toConfig();
  const checkedDate = remembered((date) => config.serialize!(date), { bound: 20_000 });
  return new GraphQLScalarType({
    ...config,
    serialize: (value) => (typeof value === "string" ? checkedDate(value) : config.serialize!(value)),
  });
}

export const LocalDate = rememberingLocalDate();
