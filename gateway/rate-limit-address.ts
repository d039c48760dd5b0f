/**
 * The address a request without a valid token is rate-limited by. By default the peer the
 * gateway's socket sees: `x-forwarded-for` is whatever a caller writes, and trusting it would let
 * each request name a fresh address. Behind proxies of our own (a load balancer, an ingress),
 * `RATE_LIMIT_PROXY_HOPS` says how many there are: each appends the address it saw, so the entry
 * that many places left of the peer was written by the outermost proxy we run, and everything
 * left of it is the caller's own say.
 *
 * An IPv6 address counts by its /64 network: one subscriber holds a whole /64 and could
 * otherwise take a fresh address, and a fresh bucket, for every request.
 */
import { isIPv4, isIPv6 } from "node:net";
import type { IncomingMessage } from "node:http";
import { settings, type Settings } from "../subgraphs/shared/config/settings.js";

/** `RATE_LIMIT_PROXY_HOPS` (checked at start by the settings check). */
export function proxyHopsFromEnv(current: Settings = settings()): number {
  return current.RATE_LIMIT_PROXY_HOPS;
}

export function rateLimitAddress(req: IncomingMessage, proxyHops = 0): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  if (proxyHops <= 0) return addressKey(peer) ?? peer;
  const forwarded = typeof req.headers["x-forwarded-for"] === "string" ? req.headers["x-forwarded-for"].split(",").map((a) => a.trim()) : [];
  const chain = [...forwarded, peer];
  // Fewer entries than proxies: the request skipped some of them, and the first entry is the best we have.
  const entry = chain[Math.max(0, chain.length - 1 - proxyHops)]!;
  return addressKey(entry) ?? addressKey(peer) ?? peer;
}

/** The rate-limit key of one address (an IPv4 address, or an IPv6 /64), or undefined when it is not one. */
export function addressKey(raw: string): string | undefined {
  const address = withoutPort(raw);
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** `[2001:db8::1]:443` and `192.0.2.1:443` (some proxies write ports) as bare addresses. */
function withoutPort(raw: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(raw);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(raw);
  return v4WithPort ? v4WithPort[1]! : raw;
}

/** The eight groups of an IPv6 address, `::` expanded, without leading zeros (one spelling per address). */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const middle = Array.from({ length: 8 - left.length - right.length }, () => "0");
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16).toString(16));
}
