/** The chosen language, its texts, and `<html lang>` kept in step with it. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { LANGUAGES, MESSAGES, type Language, type MessageKey } from "./messages";

const STORAGE_KEY = "ehoks.language";

function initialLanguage(): Language {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  // A Finnish public service opens in Finnish, or in Swedish for a Swedish-speaking browser.
  return navigator.language.toLowerCase().startsWith("sv") ? "sv" : "fi";
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = MESSAGES[language].appName;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    sessionStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = MESSAGES[language];
    const t: Translate = (key, values) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ""));
    return { language, setLanguage, t };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
