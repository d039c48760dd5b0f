/**
 * `npm run import:world -- path/to/world.json`: loads a world document (organisations, persons,
 * study rights) into the configured database, migrating it first so a fresh database works.
 * Failures print one line, not a stack: the usual causes are a wrong path or a wrong file. The
 * service date (EHOKS_TODAY, else the real date) decides the feedback triggers the import changes.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { databaseOptionsFromEnv, openDatabase, type Db } from "../drizzle/db.js";
import { systemActor } from "../subgraphs/shared/audit/audit-event.js";
import { auditLogFromEnv } from "../subgraphs/shared/audit/audit-from-env.js";
import { RequestAudit } from "../subgraphs/shared/audit/request-audit.js";
import { migrateDatabase } from "../drizzle/migrate.js";
import { importWorld } from "../subgraphs/persons/import/world.js";
import { parseWorldDocument, WorldDocumentError, type WorldDocument } from "../subgraphs/persons/import/world-document.js";
import { loadSettingsOrExit } from "../subgraphs/shared/config/check-or-exit.js";
import type { Settings } from "../subgraphs/shared/config/settings.js";
import { setLogComponent } from "../subgraphs/shared/log.js";
import { clockFromEnv } from "../subgraphs/shared/clock.js";

class UsageError extends Error {}

async function readWorld(path: string): Promise<WorldDocument> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return parseWorldDocument(json);
  } catch (error) {
    if (error instanceof WorldDocumentError) throw new UsageError(`${path}: not a world document: ${error.message}`);
    throw error;
  }
}

async function main(args: string[], settings: Settings): Promise<void> {
  if (args.length !== 1) throw new UsageError("usage: npm run import:world -- path/to/world.json");
  // npm runs scripts in the package root; INIT_CWD is where the user typed the command.
  const path = resolve(settings.INIT_CWD ?? process.cwd(), args[0]!);
  // Check the file before touching the database, so a typo costs nothing.
  const world = await readWorld(path);
  const database = await openDatabase(databaseOptionsFromEnv(settings));
  try {
    await migrateDatabase(database);
    // The command is OPH's own job: its writes are audited under R9 as the import job.
    const auditLog = auditLogFromEnv(database.db, "ehoks-import", settings);
    const audit = new RequestAudit(auditLog, "ehoks-import", systemActor("import"));
    // Study rights written re-decide their students' feedback triggers in the same transaction.
    const feedback = { today: clockFromEnv(settings).today(), actor: "import" };
    const counts = await audit.transaction(database.db, (tx, record) => importWorld(tx as unknown as Db, world, { record, rule: "R9" }, feedback));
    await auditLog.close();
    console.log(`Imported ${path} (${database.kind}):`);
    for (const [entity, { received, written }] of Object.entries(counts)) {
      const skipped = received - written;
      console.log(`  ${entity}: ${written} written${skipped ? `, ${skipped} skipped (stored data is newer)` : ""}`);
    }
  } finally {
    await database.close();
  }
}

setLogComponent("import");
const settings = loadSettingsOrExit();
try {
  await main(process.argv.slice(2), settings);
} catch (error) {
  // A usage error is the user's to fix; anything else (say, a study right of an unknown person)
  // comes from the database, whose message names the constraint. Nothing was stored either way.
  // drizzle wraps database errors in "Failed query: <the whole SQL>"; the cause is the readable part.
  const prefix = error instanceof UsageError ? "import:world" : "import:world failed";
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  console.error(`${prefix}: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
}
