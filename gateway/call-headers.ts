/**
 * The headers of one subgraph call, as @apollo/gateway's data sources expect them (its
 * `FetcherHeaders`: names case-insensitive, `append` joining values), in a plain Map. The values
 * are the gateway's own or a checked request's, and Node's HTTP client validates them once more
 * when it sends them.
 */
import type { FetcherHeaders } from "@apollo/utils.fetcher";

export class CallHeaders implements FetcherHeaders {
  private readonly byName = new Map<string, string>();

  constructor(from?: Iterable<[string, string]>) {
    for (const [name, value] of from ?? []) this.append(name, value);
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }

  append(name: string, value: string): void {
    const current = this.get(name);
    this.set(name, current === null ? value : `${current}, ${value}`);
  }

  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }

  keys(): IterableIterator<string> {
    return this.byName.keys();
  }

  values(): IterableIterator<string> {
    return this.byName.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}
