/** Entry points call this first: bad settings print one line each and stop the process. */
import { ConfigurationError } from "./env-reader.js";
import { checkSettings } from "./settings.js";

export function checkSettingsOrExit(env: NodeJS.ProcessEnv = process.env): void {
  try {
    checkSettings(env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
