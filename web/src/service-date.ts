/**
 * "Today" for the app's forms: the service's date from /app-config.json, not the browser's. The
 * service decides validity by its own clock (pinned in the demo, the real date in Finland in
 * production), and a browser's calendar may be elsewhere or wrong; a form that started from the
 * browser's day would offer a window the service calls past or future.
 */
import { useAppConfig } from "./auth/app-config";

/** The browser's date, only for a gateway that does not say its own. */
const browserToday = () => new Date().toISOString().slice(0, 10);

/** The service date (YYYY-MM-DD), or null until the app's configuration has arrived. */
export function useServiceToday(): string | null {
  const config = useAppConfig();
  return config ? (config.today ?? browserToday()) : null;
}

/** The later of two dates (YYYY-MM-DD), either of which may be missing. */
export function laterOf(a: string | null, b: string): string {
  return a && a > b ? a : b;
}
