/**
 * Who is signed in: the bearer token, any extra headers (a share link), and what the app shows of
 * the caller. Kept in memory and in sessionStorage (so a reload keeps the tab signed in), never in
 * localStorage: the token dies with the tab.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

export type Role = "student" | "official" | "service" | "workplace" | "authority" | "oph" | "unknown";

export interface Session {
  token: string;
  headers: Record<string, string>;
  name: string;
  role: Role;
  /** Seconds since the epoch, from the token's `exp`. */
  expiresAt?: number;
  /** The token names a business or organisation: consents may be given to it. */
  recipient?: boolean;
}

const STORAGE_KEY = "ehoks.session";
const SHARE_LINK_KEY = "ehoks.shareLink";

/** The token's claims as the app needs them; the gateway verifies the token, this only reads it. */
export function claimsOf(token: string): { role: Role; name?: string; sub?: string; exp?: number; recipient?: boolean } {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
    const role = typeof claims.role === "string" ? (claims.role as Role) : "unknown";
    return {
      role,
      name: typeof claims.name === "string" ? claims.name : undefined,
      sub: typeof claims.sub === "string" ? claims.sub : undefined,
      exp: typeof claims.exp === "number" ? claims.exp : undefined,
      // A token naming a business or an organisation is a consent recipient's.
      recipient: typeof claims.ytunnus === "string" || typeof claims.org === "string",
    };
  } catch {
    return { role: "unknown" };
  }
}

export function sessionFromToken(token: string, headers: Record<string, string> = {}, name?: string): Session {
  const claims = claimsOf(token);
  return { token, headers, role: claims.role, name: name ?? claims.name ?? claims.sub ?? "", expiresAt: claims.exp, recipient: claims.recipient };
}

function storedSession(): Session | null {
  try {
    const value = sessionStorage.getItem(STORAGE_KEY);
    return value ? (JSON.parse(value) as Session) : null;
  } catch {
    return null;
  }
}

/** A share link opened in this tab (from the address's fragment), sent as `x-share-link`. */
export function rememberShareLink(secret: string): void {
  sessionStorage.setItem(SHARE_LINK_KEY, secret);
}
export function rememberedShareLink(): string | null {
  return sessionStorage.getItem(SHARE_LINK_KEY);
}

interface SessionState {
  session: Session | null;
  /** Why the user is back at sign-in, if not by choice. */
  notice: "sessionExpired" | "signInFailed" | null;
  signIn(session: Session): void;
  signOut(): void;
  expire(): void;
  fail(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(storedSession);
  const [notice, setNotice] = useState<SessionState["notice"]>(null);
  const end = useCallback((reason: SessionState["notice"]) => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
    setNotice(reason);
  }, []);
  const value = useMemo<SessionState>(
    () => ({
      session,
      notice,
      signIn(next) {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
        setNotice(null);
        setSession(next);
      },
      signOut: () => {
        sessionStorage.removeItem(SHARE_LINK_KEY);
        end(null);
      },
      expire: () => end("sessionExpired"),
      fail: () => end("signInFailed"),
    }),
    [session, notice, end],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
