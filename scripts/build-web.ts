/**
 * Builds the web app (web/) with Vite into web/dist, which the gateway serves at `/`.
 *
 *   npm run build:web            always builds
 *   tsx scripts/build-web.ts --if-stale   builds only when web/dist is missing or older than a
 *                                source under web/ (npm install's `prepare`, npm start's `prestart`)
 *   --out <dir>                  builds elsewhere (tests build into a temporary folder)
 *
 * The staleness check only compares modification times, so starting stays quick.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export const WEB_ROOT = fileURLToPath(new URL("../web/", import.meta.url));
export const WEB_DIST = join(WEB_ROOT, "dist");

/** Folders under web/ that are not sources of the app. */
const NOT_SOURCES = new Set(["dist", "node_modules"]);

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when `outDir` has no build, or one older than some source under web/. */
export function isStale(outDir = WEB_DIST): boolean {
  const index = join(outDir, "index.html");
  if (!existsSync(index)) return true;
  return newestSourceTime(WEB_ROOT) > statSync(index).mtimeMs;
}

/** Builds the app into `outDir` (web/dist unless given). */
export async function buildWeb(outDir = WEB_DIST): Promise<void> {
  const { build } = await import("vite");
  // Vite sets NODE_ENV=production in this process when it is unset; a caller that builds and then
  // starts a gateway (tests, the budget benchmark) would otherwise start a production gateway.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: join(WEB_ROOT, "vite.config.ts"), build: { outDir: resolve(outDir), emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

async function main() {
  const { values } = parseArgs({ options: { "if-stale": { type: "boolean", default: false }, out: { type: "string" } } });
  const outDir = values.out ? resolve(values.out) : WEB_DIST;
  if (values["if-stale"] && !isStale(outDir)) return;
  if (values["if-stale"] && !(await import("vite").then(() => true, () => false))) {
    // An install without dev dependencies (npm ci --omit=dev) has no Vite: such a deployment
    // ships a web/dist built beforehand (npm run build:web), and installing must not fail.
    console.warn("Web app not built: Vite is not installed (run npm run build:web where it is).");
    return;
  }
  const started = performance.now();
  await buildWeb(outDir);
  console.log(`Web app built into ${outDir} in ${Math.round(performance.now() - started)} ms.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`Building the web app failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
