/**
 * Entry points call `loadSettingsOrExit` first: bad settings print one line each, once, and stop
 * the process with exit code 2 before it opens anything. Later start-up checks that need more
 * than the environment (a supergraph file that must compose) stop the same way.
 */
import { log } from "../log.js";
import { ConfigurationError, useSettings, type Settings } from "./settings.js";

export function loadSettingsOrExit(env: NodeJS.ProcessEnv = process.env): Settings {
  try {
    const settings = useSettings(env);
    log.level = settings.LOG_LEVEL;
    return settings;
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    exitWithConfigurationError(error);
  }
}

export function exitWithConfigurationError(error: ConfigurationError): never {
  console.error(error.message);
  process.exit(2);
}

/**
 * Reads what a setting names (a file that must parse, a supergraph that must compose) at start:
 * any failure stops the process like a bad value, as one line naming the setting.
 */
export async function settingOrExit<T>(name: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    exitWithConfigurationError(error instanceof ConfigurationError ? error : new ConfigurationError([`${name}: ${(error as Error).message.split("\n")[0]}`]));
  }
}
