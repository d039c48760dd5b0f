/**
 * `bench/results/ladder.md` holds the results of four kinds of run: the ladder's report first,
 * then a section for the latest `--scale` run, one for the latest `--replica` run and one for the
 * latest `--gateways` run. Each run rewrites its own part and keeps the others', so a new ladder
 * does not drop the figures the README points to in the sections (nor a section run the ladder's
 * report); a ladder with `--scale` writes both its report and the scale section.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SCALE_SECTION = "## At each dataset size (`npm run bench -- --scale`)";
export const REPLICA_SECTION = "## With one read replica (`npm run bench -- --replica`)";
export const GATEWAYS_SECTION = "## Gateways side by side (`npm run bench -- --gateways`)";
const SECTIONS = [SCALE_SECTION, REPLICA_SECTION, GATEWAYS_SECTION];

/** The report, and each section present, by its heading (the line it starts with). */
function partsOf(current: string): { report: string; sections: Map<string, string> } {
  const starts = SECTIONS.map((heading) => ({ heading, at: current.indexOf(`${heading}\n`) }))
    .filter(({ at }) => at >= 0 && (at === 0 || current[at - 1] === "\n"))
    .sort((a, b) => a.at - b.at);
  const sections = new Map(starts.map(({ heading, at }, i) => [heading, current.slice(at, starts[i + 1]?.at ?? current.length)]));
  return { report: current.slice(0, starts[0]?.at ?? current.length), sections };
}

const joined = (...parts: string[]) => `${parts.map((part) => part.trimEnd()).filter(Boolean).join("\n\n")}\n`;

/** The file with a new ladder report in place of the old one; the sections stay. */
export function withLadderReport(current: string, report: string): string {
  return joined(report, ...partsOf(current).sections.values());
}

/** The file with `section` (which starts with one of the section headings) in place of the earlier one of that heading, or added. */
export function withSection(current: string, section: string): string {
  const heading = SECTIONS.find((h) => section.startsWith(`${h}\n`));
  if (!heading) throw new Error(`not a ladder.md section: ${section.split("\n")[0]}`);
  const { report, sections } = partsOf(current);
  sections.set(heading, section);
  return joined(report, ...sections.values());
}

/** Rewrites `ladder.md` in `dir` (made when missing) with `rewrite`, one of the two above. */
export function rewriteLadderFile(dir: string, rewrite: (current: string) => string): void {
  const file = join(dir, "ladder.md");
  writeFileSync(file, rewrite(existsSync(file) ? readFileSync(file, "utf8") : ""));
}
