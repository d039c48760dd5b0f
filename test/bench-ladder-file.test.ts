/**
 * bench/results/ladder.md carries the ladder's report and the latest replica run's section: a new
 * ladder run had overwritten the file and dropped the replica figures the README points to.
 */
import { describe, expect, it } from "vitest";
import { REPLICA_SECTION, withLadderReport, withReplicaSection } from "../bench/ladder/ladder-file.js";

const replica = (date: string) => `${REPLICA_SECTION}\n\n${date}: one replica against none\n\n| a | b |\n`;

describe("ladder.md, written by two kinds of run", () => {
  it("keeps the replica section when a new ladder report replaces the old one", () => {
    const before = `# Benchmark ladder, old\n\n| old |\n\n${replica("08:13")}`;
    const after = withLadderReport(before, "# Benchmark ladder, new\n\n| new |\n");
    expect(after).toBe(`# Benchmark ladder, new\n\n| new |\n\n${replica("08:13")}`);
  });

  it("keeps the ladder report when a new replica section replaces the old one", () => {
    const before = `# Benchmark ladder, 12:07\n\n| rows |\n\n${replica("08:13")}`;
    expect(withReplicaSection(before, replica("09:00"))).toBe(`# Benchmark ladder, 12:07\n\n| rows |\n\n${replica("09:00")}`);
  });

  it("adds what the file did not have yet, and starts an empty file with either part", () => {
    expect(withReplicaSection("# Benchmark ladder\n\n| rows |\n", replica("09:00"))).toBe(`# Benchmark ladder\n\n| rows |\n\n${replica("09:00")}`);
    expect(withLadderReport("", "# Benchmark ladder\n")).toBe("# Benchmark ladder\n");
    expect(withReplicaSection("", replica("09:00"))).toBe(replica("09:00"));
  });
});
