/** Scalars shared by the subgraphs: calendar dates as YYYY-MM-DD, instants as ISO 8601. */
export { LocalDateResolver as LocalDate, DateTimeISOResolver as DateTimeISO } from "graphql-scalars";
