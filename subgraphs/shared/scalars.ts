/** Scalars shared by the subgraphs: calendar dates as YYYY-MM-DD, instants as ISO 8601. */
import { GraphQLScalarType } from "graphql";
import { LocalDateResolver } from "graphql-scalars";
export { DateTimeISOResolver as DateTimeISO } from "graphql-scalars";

/** Enough for every calendar day of a few decades; past it the check simply runs again. */
const REMEMBERED_DATES = 20_000;

/**
 * graphql-scalars' LocalDate, answering a date it has already checked without checking it again.
 * Its check builds a Date and an ISO string for every value it sends: an official's list sends
 * a hundred dates, a full plan a few hundred, nearly all of them the same few calendar days, and
 * the check was the single largest function of the hoks subgraph executing them. Every date is
 * still checked once, by graphql-scalars itself, so a value that is not a calendar date fails as
 * before; what callers send (parseValue, parseLiteral) is checked every time, as before.
 */
function rememberingLocalDate(): GraphQLScalarType {
  const config = LocalDateResolver.toConfig();
  const checked = new Set<unknown>();
  return new GraphQLScalarType({
    ...config,
    serialize(value) {
      if (checked.has(value)) return value;
      const date = config.serialize!(value);
      if (typeof value === "string" && checked.size < REMEMBERED_DATES) checked.add(value);
      return date;
    },
  });
}

export const LocalDate = rememberingLocalDate();
