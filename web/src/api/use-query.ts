/** Runs a typed query for a view: loading, the answer (maybe partial), or a failure; a 401 ends the session. */
import { useCallback, useEffect, useState } from "react";
import { useSession } from "../auth/session";
import { execute, RequestFailed, type Answer, type AppDocument, type FailureKind } from "./graphql";

export type QueryState<TData> =
  | { status: "loading" }
  | { status: "failed"; failure: FailureKind }
  | ({ status: "done" } & Answer<TData>);

export function useQuery<TData, TVariables>(document: AppDocument<TData, TVariables>, variables?: TVariables): QueryState<TData> & { reload(): void } {
  const { session, expire } = useSession();
  const [state, setState] = useState<QueryState<TData>>({ status: "loading" });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables ?? {});
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    execute(document, variables, session).then(
      (answer) => current && setState({ status: "done", ...answer }),
      (error: unknown) => {
        if (!current) return;
        const failure = error instanceof RequestFailed ? error.kind : "genericError";
        if (failure === "sessionExpired") expire();
        else setState({ status: "failed", failure });
      },
    );
    return () => {
      current = false;
    };
    // `key` stands for the variables' value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, key, session, round, expire]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}

/** Runs a mutation; the caller shows its own outcome. A 401 ends the session. */
export function useMutation<TData, TVariables>(document: AppDocument<TData, TVariables>) {
  const { session, expire } = useSession();
  return useCallback(
    async (variables: TVariables): Promise<{ data?: TData; failure?: FailureKind }> => {
      try {
        const answer = await execute(document, variables, session);
        return { data: answer.data };
      } catch (error) {
        const failure = error instanceof RequestFailed ? error.kind : "genericError";
        if (failure === "sessionExpired") expire();
        return { failure };
      }
    },
    [document, session, expire],
  );
}
