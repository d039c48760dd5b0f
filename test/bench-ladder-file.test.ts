/**
 * bench/results/ladder.md carries the ladder's report and the latest replica and gateways runs'
 * sections: a new ladder run had overwritten the file and dropped the replica figures the README
 * points to. Each kind of run now replaces only its own part.
 */
import { describe, expect, it } from "vitest";
import { GATEWAYS_SECTION, REPLICA_SECTION, withLadderReport, withSection } from "../bench/ladder/ladder-file.js";

const replica = (date: string) => `${REPLICA_SECTION}\n\n${date}: one replica against none\n\n| a | b |\n`;
const gateways = (date: string) => `${GATEWAYS_SECTION}\n\n${date}: ours, Hive\n\n| c | d |\n`;

describe("ladder.md, written by three kinds of run", () => {
  it("keeps every section when a new ladder report replaces the old one", () => {
    const before = `# Benchmark ladder, old\n\n| old |\n\n${replica("08:13")}\n${gateways("05:56")}`;
    const after = withLadderReport(before, "# Benchmark ladder, new\n\n| new |\n");
    expect(after).toBe(`# Benchmark ladder, new\n\n| new |\n\n${replica("08:13")}\n${gateways("05:56")}`);
  });

  it("replaces only the section of the run that wrote it, keeping the report and the other section", () => {
    const before = `# Benchmark ladder, 12:07\n\n| rows |\n\n${replica("08:13")}\n${gateways("05:56")}`;
    expect(withSection(before, replica("09:00"))).toBe(`# Benchmark ladder, 12:07\n\n| rows |\n\n${replica("09:00")}\n${gateways("05:56")}`);
    expect(withSection(before, gateways("10:00"))).toBe(`# Benchmark ladder, 12:07\n\n| rows |\n\n${replica("08:13")}\n${gateways("10:00")}`);
  });

  it("adds what the file did not have yet, and starts an empty file with any part", () => {
    expect(withSection("# Benchmark ladder\n\n| rows |\n", gateways("10:00"))).toBe(`# Benchmark ladder\n\n| rows |\n\n${gateways("10:00")}`);
    expect(withLadderReport("", "# Benchmark ladder\n")).toBe("# Benchmark ladder\n");
    expect(withSection("", replica("09:00"))).toBe(replica("09:00"));
  });

  it("takes a heading only at the start of a line, and refuses a section it does not know", () => {
    const report = `# Benchmark ladder\n\n> ${REPLICA_SECTION}\n`;
    expect(withLadderReport(report, "# new\n")).toBe("# new\n");
    expect(() => withSection(report, "## Something else\n\n| x |\n")).toThrow(/not a ladder.md section/);
  });
});
