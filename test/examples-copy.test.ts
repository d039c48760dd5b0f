/** The repo's copy of the example documents (the demo seed) is the shared originals, unchanged. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleNames, SHARED_EXAMPLES_DIR, sharedExamplesPresent, VENDORED_EXAMPLES_DIR } from "./support/examples.js";

// Only where ../shared is beside the repo is there an original to compare with.
if (sharedExamplesPresent) {
  describe("drizzle/seed/ehoks-v1", () => {
    it("holds every shared example, byte for byte", () => {
      expect(exampleNames(VENDORED_EXAMPLES_DIR)).toEqual(exampleNames(SHARED_EXAMPLES_DIR));
      for (const name of exampleNames(SHARED_EXAMPLES_DIR)) {
        expect(readFileSync(VENDORED_EXAMPLES_DIR + name, "utf8"), name).toBe(readFileSync(SHARED_EXAMPLES_DIR + name, "utf8"));
      }
    });
  });
} else {
  describe("drizzle/seed/ehoks-v1 without ../shared beside it", () => {
    it("holds the README and every example as valid JSON", () => {
      const names = exampleNames(VENDORED_EXAMPLES_DIR);
      expect(names).toEqual(expect.arrayContaining(["world.json", "valid-full.json", "valid-minimal.json", "valid-tuva.json"]));
      for (const name of names) expect(() => JSON.parse(readFileSync(VENDORED_EXAMPLES_DIR + name, "utf8")), name).not.toThrow();
      expect(readFileSync(VENDORED_EXAMPLES_DIR + "README.md", "utf8")).toContain("invalid-");
    });
  });
}
