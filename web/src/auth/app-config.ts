/** What the gateway tells the app about this deployment (GET /app-config.json, gateway/web-app.ts). */
import { useEffect, useState } from "react";
import type { OidcConfig } from "./oidc";

export interface AppConfig {
  /** Development: the demo roles' tokens are at /dev/roles. */
  devRoles: boolean;
  oidc: OidcConfig | null;
  /** The service date (YYYY-MM-DD) by the service's clock: the day its rules call today. */
  today?: string;
  /** A curriculum partner composed into the graph names degree units (unit-names.tsx). */
  unitNames?: boolean;
}

let cached: Promise<AppConfig> | null = null;

export function loadAppConfig(): Promise<AppConfig> {
  cached ??= fetch("/app-config.json").then(
    (r) => (r.ok ? (r.json() as Promise<AppConfig>) : { devRoles: false, oidc: null }),
    () => ({ devRoles: false, oidc: null }),
  );
  return cached;
}

export function useAppConfig(): AppConfig | null {
  const [config, setConfig] = useState<AppConfig | null>(null);
  useEffect(() => {
    let current = true;
    void loadAppConfig().then((c) => current && setConfig(c));
    return () => {
      current = false;
    };
  }, []);
  return config;
}
