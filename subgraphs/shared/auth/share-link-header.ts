/**
 * A share link travels as a capability beside the caller's own token: the header `x-share-link`
 * carries the link's secret, the gateway forwards it, and every subgraph checks it against the
 * consents subgraph's facts. Only its hash is ever compared or stored.
 */
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export const SHARE_LINK_HEADER = "x-share-link";

export function hashShareLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The hash of the presented link token, if a plausible one was presented. */
export function shareLinkHashFrom(headers: IncomingHttpHeaders): string | undefined {
  const value = headers[SHARE_LINK_HEADER];
  const token = Array.isArray(value) ? value[0] : value;
  return token && /^[A-Za-z0-9_-]{16,128}$/.test(token) ? hashShareLinkToken(token) : undefined;
}
