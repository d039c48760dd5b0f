/**
 * The LocalDate the subgraphs send (subgraphs/shared/scalars.ts): graphql-scalars' own scalar, one
 * that remembers the dates it has checked. Remembering must not let anything through that the
 * check would refuse, nor change what a caller may send.
 */
import { Kind } from "graphql";
import { LocalDateResolver } from "graphql-scalars";
import { describe, expect, it } from "vitest";
import { LocalDate } from "../subgraphs/shared/scalars.js";

describe("the LocalDate scalar", () => {
  it("is graphql-scalars' LocalDate as the schema shows it", () => {
    const ours = LocalDate.toConfig();
    const theirs = LocalDateResolver.toConfig();
    expect(ours.name).toBe(theirs.name);
    expect(ours.description).toBe(theirs.description);
    expect(ours.specifiedByURL).toBe(theirs.specifiedByURL);
    expect(ours.extensions).toEqual(theirs.extensions);
  });

  it("sends a calendar date as it is, the first time and every time after", () => {
    expect(LocalDate.serialize("2026-02-28")).toBe("2026-02-28");
    expect(LocalDate.serialize("2026-02-28")).toBe("2026-02-28");
  });

  it("refuses what is not a calendar date however often it comes, as graphql-scalars does", () => {
    for (const bad of ["2026-02-30", "2026-2-3", "2026-02-28T00:00:00Z", "", 20260228, null, undefined, {}]) {
      for (let attempt = 0; attempt < 2; attempt++) {
        expect(() => LocalDateResolver.serialize(bad), String(bad)).toThrow();
        expect(() => LocalDate.serialize(bad), String(bad)).toThrow();
      }
    }
  });

  it("checks what callers send every time, even a date it has sent", () => {
    LocalDate.serialize("2026-03-01");
    expect(LocalDate.parseValue("2026-03-01")).toBe("2026-03-01");
    expect(() => LocalDate.parseValue("2026-02-30")).toThrow(/not a valid LocalDate/);
    expect(LocalDate.parseLiteral({ kind: Kind.STRING, value: "2026-03-01" })).toBe("2026-03-01");
    expect(() => LocalDate.parseLiteral({ kind: Kind.STRING, value: "2026-13-01" })).toThrow(/not a valid LocalDate/);
    expect(() => LocalDate.parseLiteral({ kind: Kind.INT, value: "20260301" })).toThrow();
  });
});
