/**
 * `bench/results/ladder.md` holds two runs' results: the ladder's report, then the section of the
 * latest `--replica` run. Each kind of run rewrites its own part and keeps the other's, so a new
 * ladder does not drop the replica figures the README points to (nor the other way round).
 */
export const REPLICA_SECTION = "## With one read replica (`npm run bench -- --replica`)";

function partsOf(current: string): { report: string; replica: string } {
  const at = current.indexOf(REPLICA_SECTION);
  return at < 0 ? { report: current, replica: "" } : { report: current.slice(0, at), replica: current.slice(at) };
}

const joined = (...parts: string[]) => `${parts.map((part) => part.trimEnd()).filter(Boolean).join("\n\n")}\n`;

/** The file with a new ladder report in place of the old one; the replica section stays. */
export const withLadderReport = (current: string, report: string) => joined(report, partsOf(current).replica);

/** The file with a new replica section (which starts with REPLICA_SECTION) in place of the old one. */
export const withReplicaSection = (current: string, section: string) => joined(partsOf(current).report, section);
