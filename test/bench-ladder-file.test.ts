/**
 * bench/results/ladder.md carries the ladder's report and the latest scale, replica and gateways
 * runs' sections: a new ladder run had overwritten the file and dropped the replica figures the
 * README points to, and a ladder without `--scale` the scale table. Each kind of run now replaces
 * only its own part.
 */
import { describe, expect, it } from "vitest";
import { GATEWAYS_SECTION, REPLICA_SECTION, SCALE_SECTION, withLadderReport, withSection } from "../bench/ladder/ladder-file.js";
import { markdown, scaleSection, type LadderResults, type Measurement } from "../bench/ladder/report.js";

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

describe("the scale section", () => {
  const measured = (scenario: string, level: Measurement["level"], students: number, rate: number): Measurement =>
    ({ scenario, level, students, iterationsPerSecond: rate, p50: 5, p99: 9, failures: 0, statementsPerIteration: 1, peakRssMb: 300 }) as Measurement;
  const run = (measurements: Measurement[]): LadderResults => ({
    date: "2026-12-03T12:00:00.000Z",
    machine: "2 × cpu",
    database: "PostgreSQL",
    connections: 8,
    durationSeconds: 5,
    rounds: 3,
    students: 10_000,
    l0MatchesL3: { "student-plan": true },
    measurements,
  });
  const ladderOnly = [measured("student-plan", "L0", 10_000, 1500), measured("student-plan", "L3", 10_000, 550), measured("system-creates", "writes", 10_000, 150)];
  const scaled = [...ladderOnly, measured("student-plan", "L0", 1000, 1400), measured("student-plan", "L3", 1000, 500)];

  it("is absent from a run of one size, and a ladder without --scale keeps the last one", () => {
    expect(scaleSection(run(ladderOnly))).toBeUndefined();
    const section = scaleSection(run(scaled))!;
    const before = withSection(withLadderReport("", markdown(run(scaled))), section);
    const after = withLadderReport(before, markdown({ ...run(ladderOnly), date: "later" }));
    expect(after).toContain("# Benchmark ladder, later");
    expect(after).toContain(section.trimEnd());
  });

  it("holds every size's rows and the sizes side by side; the report only the run's own size", () => {
    const section = scaleSection(run(scaled))!;
    expect(section.startsWith(`${SCALE_SECTION}\n`)).toBe(true);
    expect(section).toContain("| student-plan | L3 | 1000 | 500.0 |");
    expect(section).toContain("| student-plan | L3 | 10000 | 550.0 |");
    expect(section).not.toContain("system-creates");
    expect(section).toContain("| student-plan | L3 | 500.0 (5) | 550.0 (5) | 0.91 |");
    const report = markdown(run(scaled));
    expect(report).toContain("| student-plan | L3 | 10000 | 550.0 |");
    expect(report).not.toContain("| 1000 |");
  });
});
