/**
 * The service calls nothing it was not configured to call: no vendor telemetry, no probing of
 * cloud metadata endpoints (which @apollo/gateway does by default when it starts). Every TCP
 * connection the process opens while the service starts and answers is recorded; only loopback
 * addresses (our own subgraphs, the database) may appear.
 */
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

const destinations: string[] = [];
const originalConnect = net.Socket.prototype.connect;
let service: TestService;

function destinationOf(args: unknown[]): string {
  // Node's own callers (net.connect, http agents) pass one array of normalised arguments.
  const [first, second] = (Array.isArray(args[0]) ? args[0] : args) as [unknown, unknown];
  if (typeof first === "object" && first !== null) {
    const options = first as { host?: string; port?: number; path?: string };
    return options.path ?? `${options.host ?? "localhost"}:${options.port}`;
  }
  return typeof second === "string" ? `${second}:${first}` : `localhost:${first}`;
}

const isLoopback = (destination: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|::ffff:127\.\d+\.\d+\.\d+):/.test(destination) || destination.startsWith("/");

beforeAll(async () => {
  // As on a machine where nobody thought to set it.
  delete process.env.APOLLO_TELEMETRY_DISABLED;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    destinations.push(destinationOf(args));
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  service = await startTestService();
});

afterAll(async () => {
  net.Socket.prototype.connect = originalConnect;
  await service?.close();
});

it("opens connections to loopback only, from starting to answering", async () => {
  const { body } = await postGraphQL(service.gatewayUrl, "{ me { oid } }", { token: await service.token("aino") });
  expect(body.errors).toBeUndefined();
  // The metadata probes start at once and would be under way by now.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(destinations.length).toBeGreaterThan(0);
  expect(destinations.filter((destination) => !isLoopback(destination))).toEqual([]);
});
