/**
 * The web app's build. Run through scripts/build-web.ts (npm run build:web, npm install, npm start),
 * which passes the output folder; `web/dist` by default. No inline scripts are emitted, so the
 * gateway's Content-Security-Policy can forbid them (gateway/web-app.ts).
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  // A module preload polyfill would be an inline script; every browser we serve has modulepreload.
  build: { outDir: "dist", emptyOutDir: true, modulePreload: { polyfill: false }, assetsInlineLimit: 0, sourcemap: false },
  logLevel: "warn",
});
