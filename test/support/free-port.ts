/** Ports for tests that need one before anything listens on it. */
import { createServer, type AddressInfo } from "node:net";

/** A port on the loopback interface where nothing listens (free a moment ago). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
