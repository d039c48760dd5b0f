/** WAL positions as PostgreSQL writes them, parsed for comparison; anything else is no position. */
import { describe, expect, it } from "vitest";
import { formatLsn, parseLsn } from "../drizzle/lsn.js";

describe("WAL positions (LSNs)", () => {
  it("parse as PostgreSQL writes them and compare as numbers", () => {
    expect(parseLsn("0/3000F78")).toBe(0x3000f78n);
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn("1/0")! > parseLsn("0/FFFFFFFF")!).toBe(true);
    for (const text of ["0/3000F78", "16/B374D848", "FFFFFFFF/FFFFFFFF"]) expect(formatLsn(parseLsn(text)!)).toBe(text);
  });

  it("are no position when malformed, whatever was sent", () => {
    for (const bad of ["", "garbage", "1/2/3", "-1/0", "123456789/0", "0/x", "0/1 ; drop", undefined, 42, null]) expect(parseLsn(bad), String(bad)).toBeUndefined();
  });
});
