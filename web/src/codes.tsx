/**
 * Names of code values (Koodisto), served by the graph (`koodistonNimet`) and shown instead of the
 * raw code URI; a code without a known name is shown as its value, so nothing is ever hidden.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { CodeNamesDocument } from "./gql/graphql";
import { useI18n } from "./i18n/i18n";
import { localised } from "./format";
import { useQuery } from "./api/use-query";

type Names = ReadonlyMap<string, { fi?: string | null; sv?: string | null; en?: string | null }>;

const CodeNamesContext = createContext<Names>(new Map());

export function CodeNamesProvider({ children }: { children: ReactNode }) {
  const answer = useQuery(CodeNamesDocument);
  const names = useMemo<Names>(() => {
    if (answer.status !== "done") return new Map();
    return new Map(answer.data.koodistonNimet.map((code) => [code.koodiUri, { fi: code.fi, sv: code.sv, en: code.en }]));
  }, [answer]);
  return <CodeNamesContext.Provider value={names}>{children}</CodeNamesContext.Provider>;
}

/** The value part of a code URI: "osaamisenhankkimistapa_koulutussopimus" → "koulutussopimus". */
export function codeValue(uri: string): string {
  const underscore = uri.indexOf("_");
  return underscore >= 0 ? uri.slice(underscore + 1) : uri;
}

export function useCodeName(): (uri: string | null | undefined) => string {
  const names = useContext(CodeNamesContext);
  const { language } = useI18n();
  return (uri) => {
    if (!uri) return "–";
    return localised(names.get(uri), language) ?? codeValue(uri);
  };
}
