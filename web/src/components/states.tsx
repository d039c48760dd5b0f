/** The messages a view shows instead of (or above) its content: never a blank page, never a raw error. */
import { useEffect, useRef, type ReactNode } from "react";
import type { FailureKind } from "../api/graphql";
import { useI18n } from "../i18n/i18n";

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {t("loading")}
    </p>
  );
}

export function Failure({ failure, onRetry }: { failure: FailureKind; onRetry?: () => void }) {
  const { t } = useI18n();
  const retryable = failure === "unavailable" || failure === "tooManyRequests" || failure === "genericError";
  return (
    <div className="state state-error" role="alert">
      <p>{t(failure)}</p>
      {retryable && onRetry && (
        <button type="button" onClick={onRetry}>
          {t("tryAgain")}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** Shown above data that came with errors (a subgraph did not answer, a part was refused). */
export function PartialNotice({ errors }: { errors: unknown[] }) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <p className="state state-partial" role="status">
      {t("partialData")}
    </p>
  );
}

/** A short confirmation after an action, announced to screen readers. */
export function Notice({ children, kind = "ok" }: { children: ReactNode; kind?: "ok" | "error" }) {
  return (
    <p className={`notice notice-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </p>
  );
}

/** A page's heading, focused when the page opens so screen readers and keyboards start there. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
