/**
 * Names of code values (Koodisto), served by the graph (`koodistonNimet`) and shown instead of the
 * raw code URI; a code without a known name is shown as its value, so nothing is ever hidden. The
 * table is public reference data, the same for everyone: it is kept for the tab in sessionStorage,
 * so a view reloaded later costs one request (its own), not two.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { CodeNamesDocument } from "./gql/graphql";
import { useI18n } from "./i18n/i18n";
import { localised } from "./format";
import { execute } from "./api/graphql";
import { useSession } from "./auth/session";
import { useUnitName } from "./unit-names";

type Name = { fi?: string | null; sv?: string | null; en?: string | null };
type Names = ReadonlyMap<string, Name>;

const STORAGE_KEY = "ehoks.codeNames";
const CodeNamesContext = createContext<Names>(new Map());

function stored(): Names | null {
  try {
    const value = sessionStorage.getItem(STORAGE_KEY);
    return value ? new Map(JSON.parse(value) as [string, Name][]) : null;
  } catch {
    return null;
  }
}

export function CodeNamesProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const [names, setNames] = useState<Names>(() => stored() ?? new Map());
  useEffect(() => {
    if (stored()) return;
    let current = true;
    // Without names the codes show as their values; a failure here is not worth a message.
    execute(CodeNamesDocument, {}, session).then(
      (answer) => {
        const entries = answer.data.koodistonNimet.map((code) => [code.koodiUri, { fi: code.fi, sv: code.sv, en: code.en }] as [string, Name]);
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
        if (current) setNames(new Map(entries));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [session]);
  return <CodeNamesContext.Provider value={names}>{children}</CodeNamesContext.Provider>;
}

/** The value part of a code URI: "osaamisenhankkimistapa_koulutussopimus" → "koulutussopimus". */
export function codeValue(uri: string): string {
  const underscore = uri.indexOf("_");
  return underscore >= 0 ? uri.slice(underscore + 1) : uri;
}

/** A code's name; a degree unit is its code with its name from the curriculum partner, where one is composed in. */
export function useCodeName(): (uri: string | null | undefined) => string {
  const names = useContext(CodeNamesContext);
  const unitName = useUnitName();
  const { language } = useI18n();
  return (uri) => {
    if (!uri) return "–";
    const named = localised(names.get(uri), language);
    if (named) return named;
    const partnerName = unitName(uri);
    return partnerName ? `${codeValue(uri)}: ${partnerName}` : codeValue(uri);
  };
}
