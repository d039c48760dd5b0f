/**
 * The ladder's CPU a request (bench/ladder/database-cpu.ts, report.ts): PostgreSQL's share is
 * counted between two readings without ever counting high, only a database on this machine is
 * read, and the report says what it measured.
 */
import { describe, expect, it } from "vitest";
import { databaseCpu, databaseCpuBetween, databaseCpuReader, isLocalDatabase } from "../bench/ladder/database-cpu.js";
import { cpuPerRequest, type Measurement } from "../bench/ladder/report.js";

describe("PostgreSQL's CPU between two readings", () => {
  it("counts what each process used meanwhile, a process that started meanwhile whole, and loses one that ended", () => {
    const before = new Map([
      ["100", 5_000],
      ["101", 700],
      ["102", 300],
    ]);
    const after = new Map([
      ["100", 5_040],
      ["102", 310],
      ["103", 25],
    ]);
    expect(databaseCpuBetween(before, after)).toBe(40 + 10 + 25);
  });

  it("is unknown when either reading is", () => {
    expect(databaseCpuBetween(undefined, new Map([["1", 10]]))).toBeUndefined();
    expect(databaseCpuBetween(new Map([["1", 10]]), undefined)).toBeUndefined();
  });

  it("reads only processes named postgres, and in whole clock ticks", () => {
    const reading = databaseCpu();
    // On a machine without /proc or without a local PostgreSQL there is nothing to read.
    if (reading === undefined) return;
    for (const [pid, ms] of reading) {
      expect(pid).toMatch(/^\d+$/);
      expect(ms % 10).toBe(0);
    }
    expect(reading.has(String(process.pid))).toBe(false);
  });

  it("is read only for a database on this machine", () => {
    expect(isLocalDatabase("postgres://postgres@127.0.0.1:5432/postgres")).toBe(true);
    expect(isLocalDatabase("postgres://postgres@localhost/ehoks")).toBe(true);
    expect(isLocalDatabase("postgres://postgres@[::1]:5432/ehoks")).toBe(true);
    expect(isLocalDatabase("postgres://postgres@db.internal:5432/ehoks")).toBe(false);
    expect(isLocalDatabase("postgres://postgres@10.0.0.7/ehoks")).toBe(false);
    // Unset or not a URL: no reading, and no exception before the bench's own clear message.
    expect(isLocalDatabase("")).toBe(false);
    expect(isLocalDatabase("not a url")).toBe(false);
  });
});

describe("reading PostgreSQL's CPU for a database URL", () => {
  it("reads this machine's processes for a local database, and nothing for another or none", () => {
    expect(databaseCpuReader("postgres://postgres@127.0.0.1:5432/postgres")).toBe(databaseCpu);
    expect(databaseCpuReader("postgres://postgres@db.internal:5432/ehoks")()).toBeUndefined();
    expect(databaseCpuReader(undefined)()).toBeUndefined();
  });
});

describe("the report's CPU a request", () => {
  const measured = (service?: number, database?: number) => ({ serviceCpuMsPerIteration: service, databaseCpuMsPerIteration: database }) as Measurement;

  it("shows the service's and the database's shares and their sum", () => {
    expect(cpuPerRequest(measured(4.126, 1.674))).toBe("4.13 + 1.67 = 5.80");
  });

  it("shows the service's alone when the database's is not known, and a dash when neither is", () => {
    expect(cpuPerRequest(measured(3.5))).toBe("3.50");
    expect(cpuPerRequest(measured())).toBe("–");
  });
});
