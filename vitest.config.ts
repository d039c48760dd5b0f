/**
 * Test runner settings. `graphql` is aliased to the CommonJS entry that Node itself resolves (and
 * that CommonJS dependencies such as @apollo/subgraph load), because graphql-js refuses to mix
 * objects from two module instances ("Cannot use GraphQLSchema from another module") and vitest
 * would otherwise give our code the ESM build.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Exact match only: a plain `graphql` key would also rewrite `graphql/language` and the like
    // into paths under index.mjs.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL("./node_modules/graphql/index.js", import.meta.url)) }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // `*.pg.test.ts` files test what only a PostgreSQL server has (sessions to terminate, other
    // processes sharing the database): they run in the suite's PostgreSQL run (DATABASE_URL).
    exclude: process.env.DATABASE_URL ? [] : ["test/**/*.pg.test.ts"],
    // Tests run on real databases (PGlite or PostgreSQL); migrating one takes a moment.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Forks, not threads: PGlite's WASM instances and postgres.js sockets are safest per process.
    pool: "forks",
    // Logs are for operators; test output stays readable.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
  },
});
