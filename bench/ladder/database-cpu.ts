/**
 * The CPU time PostgreSQL's processes on this machine use, read from /proc (Linux). The ladder's
 * database shares the machine with the service, so what a level costs a request is the service's
 * processes' CPU plus this: with both beside the throughput, a level that is slower because it
 * waits (a round trip, a commit) shows apart from one that is slower because it works more.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Linux counts process CPU in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
const MS_PER_TICK = 10;

/** Each PostgreSQL process's CPU so far, in ms, by process id; undefined without /proc. */
export type DatabaseCpu = Map<string, number> | undefined;

/** One process's command name and CPU so far, in ms, from /proc; undefined when it cannot be read. */
export function processCpu(pid: string | number): { command: string; ms: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // no /proc, or the process ended meanwhile
  }
  // "pid (comm) state ppid …": comm may hold spaces, so the fields are counted from its ")".
  const close = stat.lastIndexOf(")");
  const fields = stat.slice(close + 2).split(" ");
  return { command: stat.slice(stat.indexOf("(") + 1, close), ms: (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK };
}

export function databaseCpu(): DatabaseCpu {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const used = new Map<string, number>();
  for (const pid of pids) {
    const cpu = processCpu(pid);
    if (cpu?.command === "postgres") used.set(pid, cpu.ms);
  }
  return used.size > 0 ? used : undefined;
}

/**
 * The CPU PostgreSQL used between two readings: a process that started meanwhile counts whole,
 * one that ended meanwhile (an autovacuum worker) is lost, so this errs low, never high.
 */
export function databaseCpuBetween(before: DatabaseCpu, after: DatabaseCpu): number | undefined {
  if (!before || !after) return undefined;
  let ms = 0;
  for (const [pid, used] of after) ms += used - (before.get(pid) ?? 0);
  return ms;
}

/**
 * How to read PostgreSQL's CPU for the database at this URL: `databaseCpu` when it runs on this
 * machine, so that its processes are ours to read; otherwise a reading that is always unknown.
 */
export function databaseCpuReader(url: string | undefined): () => DatabaseCpu {
  return url !== undefined && isLocalDatabase(url) ? databaseCpu : () => undefined;
}

/** Whether the database at this URL runs on this machine. */
export function isLocalDatabase(url: string): boolean {
  // Not a URL at all: the caller's own check of DATABASE_URL says so, more clearly than this could.
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname;
  return host === "" || host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}
