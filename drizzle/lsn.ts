/**
 * PostgreSQL write-ahead-log positions (LSNs), as PostgreSQL writes them: two hexadecimal halves
 * of a 64-bit number, `16/B374D848`. Compared as bigints. Anything else parses to undefined, so
 * a malformed value from outside is ignored, never an error.
 */
const LSN = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/;

export type Lsn = bigint;

export function parseLsn(text: unknown): Lsn | undefined {
  if (typeof text !== "string") return undefined;
  const match = LSN.exec(text.trim());
  return match ? (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`) : undefined;
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}
