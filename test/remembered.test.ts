/**
 * The bounded memo behind key spellings and LocalDate (subgraphs/shared/remembered.ts): it answers
 * what the function answers, computes each remembered input once, never grows past its bound or
 * keeps an input it may not, and never remembers a failure.
 */
import { describe, expect, it } from "vitest";
import { remembered } from "../subgraphs/shared/remembered.js";

function counted<T>(compute: (input: string) => T) {
  const calls: string[] = [];
  return { calls, compute: (input: string) => (calls.push(input), compute(input)) };
}

describe("a remembered function", () => {
  it("answers as the function does, computing a remembered input once", () => {
    const { calls, compute } = counted((s) => s.toUpperCase());
    const upper = remembered(compute, { bound: 10 });
    expect([upper("a"), upper("a"), upper("b")]).toEqual(["A", "A", "B"]);
    expect(calls).toEqual(["a", "b"]);
  });

  it("stops remembering at its bound, and still answers", () => {
    const { calls, compute } = counted((s) => `${s}!`);
    const loud = remembered(compute, { bound: 2 });
    for (const input of ["a", "b", "c", "a", "b", "c"]) loud(input);
    expect(calls).toEqual(["a", "b", "c", "c"]);
  });

  it("does not remember an input it may not", () => {
    const { calls, compute } = counted((s) => s.length);
    const length = remembered(compute, { bound: 10, mayRemember: (s) => s.length <= 3 });
    expect([length("abcd"), length("abcd"), length("ab"), length("ab")]).toEqual([4, 4, 2, 2]);
    expect(calls).toEqual(["abcd", "abcd", "ab"]);
  });

  it("fails every time for an input that fails", () => {
    const { calls, compute } = counted((s) => {
      if (s === "bad") throw new Error("bad input");
      return s;
    });
    const checked = remembered(compute, { bound: 10 });
    expect(() => checked("bad")).toThrow("bad input");
    expect(() => checked("bad")).toThrow("bad input");
    expect(calls).toEqual(["bad", "bad"]);
  });
});
