/**
 * Reads settings from the environment and collects every problem, so that a process with bad
 * settings stops at start with one clear message per setting instead of failing later.
 */

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === "" ? undefined : value;
  }

  string(name: string): string | undefined {
    return this.raw(name);
  }

  wholeNumber(name: string, { min = 1, max = Number.MAX_SAFE_INTEGER } = {}): number | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name}: must be a whole number from ${min} to ${max}, got "${raw}"`);
      return undefined;
    }
    return value;
  }

  port(name: string): number | undefined {
    return this.wholeNumber(name, { min: 0, max: 65535 });
  }

  positiveNumber(name: string): number | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) {
      this.problems.push(`${name}: must be a positive number, got "${raw}"`);
      return undefined;
    }
    return value;
  }

  url(name: string, protocols: string[]): string | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    try {
      const url = new URL(raw);
      if (protocols.includes(url.protocol)) return raw;
    } catch {
      // reported below
    }
    this.problems.push(`${name}: must be a ${protocols.join(" or ")} URL`);
    return undefined;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    if ((values as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name}: must be one of ${values.join(", ")}, got "${raw}"`);
    return undefined;
  }

  date(name: string, alternatives: string[] = []): string | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    if (alternatives.includes(raw) || (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)))) return raw;
    this.problems.push(`${name}: must be a date like 2026-02-01${alternatives.length ? ` or ${alternatives.join(", ")}` : ""}, got "${raw}"`);
    return undefined;
  }

  check(condition: boolean, problem: string): void {
    if (!condition) this.problems.push(problem);
  }

  /** Throws when anything was wrong. */
  done(): void {
    if (this.problems.length) throw new ConfigurationError(this.problems);
  }
}
