/**
 * Degree units' names from the curriculum partner (ePerusteet), where one is composed into the
 * graph (`/app-config.json` says `unitNames`). Views ask for the codes they show
 * (`useUnitNames`); the names arrive in one request per batch of new codes and are kept for the
 * tab. Without a partner nothing is asked and units show by their codes, as before.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { execute } from "./api/graphql";
import { useAppConfig } from "./auth/app-config";
import { useSession } from "./auth/session";
import { UnitNamesDocument } from "./gql-partner/graphql";

/** At most this many codes a request (the graph's own limit of `tutkinnonOsat`). */
const CODES_PER_REQUEST = 100;

interface UnitNames {
  names: ReadonlyMap<string, string>;
  want(codes: readonly string[]): void;
}

const UnitNamesContext = createContext<UnitNames>({ names: new Map(), want: () => undefined });

export function UnitNamesProvider({ children }: { children: ReactNode }) {
  const config = useAppConfig();
  const { session } = useSession();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  const want = useCallback(
    (codes: readonly string[]) => {
      if (!config?.unitNames || !session) return;
      const missing = [...new Set(codes)].filter((code) => !asked.current.has(code));
      for (const code of missing) asked.current.add(code);
      for (let i = 0; i < missing.length; i += CODES_PER_REQUEST) {
        // A unit without a name shows by its code: a failure here is not worth a message.
        execute(UnitNamesDocument, { koodiUrit: missing.slice(i, i + CODES_PER_REQUEST) }, session).then(
          (answer) => {
            const found = (answer.data?.tutkinnonOsat ?? []).filter((unit) => unit.nimi).map((unit) => [unit.koodiUri, unit.nimi!] as const);
            if (found.length) setNames((known) => new Map([...known, ...found]));
          },
          () => undefined,
        );
      }
    },
    [config, session],
  );
  const value = useMemo(() => ({ names, want }), [names, want]);
  return <UnitNamesContext.Provider value={value}>{children}</UnitNamesContext.Provider>;
}

/** Asks for the names of these units (when a partner gives them). */
export function useUnitNames(codes: readonly (string | null | undefined)[]): void {
  const { want } = useContext(UnitNamesContext);
  const wanted = codes.filter((code): code is string => Boolean(code?.startsWith("tutkinnonosat_")));
  const key = wanted.join(",");
  useEffect(() => {
    if (wanted.length) want(wanted);
    // `key` stands for the codes' value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, want]);
}

/** A unit's name, when the partner has given it. */
export function useUnitName(): (code: string) => string | undefined {
  const { names } = useContext(UnitNamesContext);
  return (code) => names.get(code);
}
