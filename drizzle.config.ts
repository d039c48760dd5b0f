import { defineConfig } from "drizzle-kit";

// Migrations are generated from the TypeScript tables and committed; `npm start` applies them.
export default defineConfig({
  dialect: "postgresql",
  schema: "./drizzle/schema/index.ts",
  out: "./drizzle/migrations",
  casing: "snake_case",
  schemaFilter: ["hoks", "persons", "consents", "audit"],
});
