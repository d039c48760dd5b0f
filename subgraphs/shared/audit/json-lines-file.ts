/**
 * The audit trail's second copy: OPH-shaped JSON lines appended to a file, for the log collector.
 * Lines are appended in order, one write per batch; a failed append is logged, never thrown at a
 * reader (the database copy is the one of record).
 */
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { log } from "../log.js";

export interface AuditLineSink {
  append(lines: Record<string, unknown>[]): Promise<void>;
}

export function jsonLinesFile(path: string): AuditLineSink {
  let ready: Promise<unknown> | undefined;
  // Appends chain so that lines keep their order even when batches overlap.
  let tail: Promise<void> = Promise.resolve();
  return {
    append(lines) {
      if (lines.length === 0) return tail;
      ready ??= mkdir(dirname(path), { recursive: true });
      const text = lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
      tail = tail.then(() => ready).then(() => appendFile(path, text, { mode: 0o600 })).catch((error) => log.error({ err: error, path }, "could not append audit lines"));
      return tail;
    },
  };
}

/** No file copy (tests that do not look at it). */
export const noLineSink: AuditLineSink = { append: async () => {} };
