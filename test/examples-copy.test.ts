/** The repo's copy of the example documents (the demo seed) is the shared originals, unchanged. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleNames, SHARED_EXAMPLES_DIR, sharedExamplesPresent, VENDORED_EXAMPLES_DIR } from "./support/examples.js";

describe.runIf(sharedExamplesPresent)("drizzle/seed/ehoks-v1", () => {
  it("holds every shared example, byte for byte", () => {
    expect(exampleNames(VENDORED_EXAMPLES_DIR)).toEqual(exampleNames(SHARED_EXAMPLES_DIR));
    for (const name of exampleNames(SHARED_EXAMPLES_DIR)) {
      expect(readFileSync(VENDORED_EXAMPLES_DIR + name, "utf8"), name).toBe(readFileSync(SHARED_EXAMPLES_DIR + name, "utf8"));
    }
  });
});
