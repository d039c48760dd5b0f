/**
 * The headers of a gateway's subgraph call (gateway/call-headers.ts) behave as the fetch `Headers`
 * @apollo/gateway had used: names case-insensitive, stored and sent in lower case, `append`
 * joining values with ", ", absent names answering null.
 */
import { describe, expect, it } from "vitest";
import { CallHeaders } from "../gateway/call-headers.js";

describe("a subgraph call's headers", () => {
  it("takes names in any case and sends them in lower case", () => {
    const headers = new CallHeaders([["X-Request-Id", "r1"]]);
    headers.set("Content-Type", "application/json");
    expect(headers.get("content-type")).toBe("application/json");
    expect(headers.has("X-REQUEST-ID")).toBe(true);
    expect(Object.fromEntries(headers)).toEqual({ "x-request-id": "r1", "content-type": "application/json" });
  });

  it("joins appended values, replaces on set, forgets on delete, and answers null for a name it lacks", () => {
    const headers = new CallHeaders([["Accept", "a"], ["accept", "b"]]);
    expect(headers.get("accept")).toBe("a, b");
    headers.set("ACCEPT", "c");
    expect([...headers.values()]).toEqual(["c"]);
    headers.delete("Accept");
    expect(headers.get("accept")).toBeNull();
    expect([...headers.keys()]).toEqual([]);
  });
});
