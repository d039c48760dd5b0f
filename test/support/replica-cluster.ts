/**
 * A PostgreSQL primary and a real streaming replica of it, made from PostgreSQL's own binaries
 * (`initdb`, `pg_basebackup -R`, `pg_ctl`) in a temporary folder, on free loopback ports. The
 * shared server of the test machine allows no replication connections, so tests and the ladder
 * (`npm run bench -- --replica`) that need a replica make their own with this.
 *
 * The binaries refuse to run as root: as root, every command runs as the `postgres` OS user, who
 * owns the folder. Whatever happens, `close()` (and a failed start) stops both servers and removes
 * the folder.
 */
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync, appendFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";

const run = promisify(execFile);
const POSTGRES_BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";
const POSTGRES_USER = "postgres";
const asRoot = process.getuid?.() === 0;

export interface ReplicaClusterOptions {
  /** `recovery_min_apply_delay` on the replica: it shows each commit this much later (a visible lag). */
  applyDelayMs?: number;
}

export interface ReplicaCluster {
  primaryUrl: string;
  replicaUrl: string;
  /** Stops the replica (fast shutdown: its sessions end). */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Stops both servers and removes the folder; safe to call more than once. */
  close(): Promise<void>;
}

/** Runs a PostgreSQL binary, as the `postgres` user when this process is root. */
async function pg(binary: string, args: string[]): Promise<void> {
  const path = join(POSTGRES_BIN, binary);
  const [command, commandArgs] = asRoot ? ["runuser", ["-u", POSTGRES_USER, "--", path, ...args]] : [path, args];
  try {
    await run(command, commandArgs, { timeout: 120_000 });
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string };
    throw new Error(`${binary} failed: ${failed.stderr || failed.stdout || String(error)}`);
  }
}

const settingsLines = (lines: Record<string, string | number>) =>
  `\n${Object.entries(lines)
    .map(([key, value]) => `${key} = ${typeof value === "number" ? value : `'${value}'`}`)
    .join("\n")}\n`;

export async function startReplicaCluster(options: ReplicaClusterOptions = {}): Promise<ReplicaCluster> {
  const root = mkdtempSync(join(tmpdir(), "ehoks-replica-"));
  if (asRoot) {
    const { uid, gid } = await ownerIds();
    chownSync(root, uid, gid);
  }
  chmodSync(root, 0o700);
  const primaryDir = join(root, "primary");
  const replicaDir = join(root, "replica");
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const ctl = (dir: string, action: string, ...extra: string[]) => pg("pg_ctl", ["-D", dir, "-l", `${dir}.log`, "-w", "-t", "60", action, ...extra]);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    for (const dir of [replicaDir, primaryDir]) {
      if (existsSync(join(dir, "postmaster.pid"))) await ctl(dir, "stop", "-m", "immediate").catch(() => {});
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await pg("initdb", ["-D", primaryDir, "-U", POSTGRES_USER, "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
    appendFileSync(
      join(primaryDir, "postgresql.conf"),
      settingsLines({
        port: primaryPort,
        listen_addresses: "127.0.0.1",
        unix_socket_directories: root,
        wal_level: "replica",
        max_wal_senders: 4,
        hot_standby: "on",
        // The replica tells the primary what its queries still read, so replay seldom cancels them.
        hot_standby_feedback: "on",
        // A throw-away cluster: durability costs time and buys nothing here. Commits stay
        // synchronous: with synchronous_commit off, WAL reaches the replica only when the WAL
        // writer flushes it (every 200 ms), which no production primary does.
        fsync: "off",
        full_page_writes: "off",
        max_connections: 200,
      }),
    );
    appendFileSync(join(primaryDir, "pg_hba.conf"), "\nhost replication all 127.0.0.1/32 trust\n");
    await ctl(primaryDir, "start");
    await pg("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", POSTGRES_USER, "-D", replicaDir, "-R", "-X", "stream", "-c", "fast"]);
    appendFileSync(
      join(replicaDir, "postgresql.conf"),
      settingsLines({ port: replicaPort, ...(options.applyDelayMs ? { recovery_min_apply_delay: `${options.applyDelayMs}ms` } : {}) }),
    );
    await ctl(replicaDir, "start");
  } catch (error) {
    await close();
    throw error;
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    stopReplica: () => ctl(replicaDir, "stop", "-m", "fast"),
    startReplica: () => ctl(replicaDir, "start"),
    close,
  };
}

async function ownerIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run("id", ["-u", POSTGRES_USER]), run("id", ["-g", POSTGRES_USER])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
