/**
 * Where a request came from, for the audit trail. Any `x-forwarded-for` chain a caller sends is
 * kept, and the address this process itself saw is always appended: a caller can add entries
 * before it, but the last one is the true peer.
 */
import type { IncomingMessage } from "node:http";
import { callerIdOf } from "./caller-id.js";

export interface ClientAddress {
  /** The chain as it is passed on: earlier hops first, this process's peer last. */
  forwardedFor: string;
  userAgent?: string;
  /** The calling system's `Caller-Id`, when it is a plain name (caller-id.ts). */
  callerId?: string;
}

const MAX_CHAIN_LENGTH = 512;

export function clientAddressOf(req: IncomingMessage): ClientAddress {
  const received = typeof req.headers["x-forwarded-for"] === "string" ? req.headers["x-forwarded-for"].slice(0, MAX_CHAIN_LENGTH) : "";
  const peer = req.socket.remoteAddress ?? "unknown";
  const userAgent = typeof req.headers["user-agent"] === "string" ? req.headers["user-agent"].slice(0, MAX_CHAIN_LENGTH) : undefined;
  return { forwardedFor: received ? `${received}, ${peer}` : peer, userAgent, callerId: callerIdOf(req.headers) };
}
