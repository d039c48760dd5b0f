/**
 * A date typed as Finns write it (d.M.yyyy, e.g. 1.2.2026) in every language, rather than the
 * browser's date picker, which follows the browser's locale. Keeps the text as typed and reports
 * the ISO date, or null while the text is not a valid date. With `notBefore`, an earlier date is
 * named as such (the form decides whether it may be sent).
 */
import { useId, useState } from "react";
import { formatDate } from "../format";
import { useI18n } from "../i18n/i18n";

export function parseFinnishDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function DateField({ id, label, value, notBefore, onChange }: { id: string; label: string; value: string | null; notBefore?: string; onChange(iso: string | null): void }) {
  const { t } = useI18n();
  const hintId = useId();
  const [text, setText] = useState(value ? formatDate(value) : "");
  const parsed = parseFinnishDate(text);
  const tooEarly = parsed !== null && notBefore !== undefined && parsed < notBefore;
  const invalid = (text.trim() !== "" && parsed === null) || tooEarly;
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <span id={hintId} className="hint">
        {tooEarly ? t("dateTooEarly", { date: formatDate(notBefore) }) : invalid ? t("dateInvalid") : t("dateHint")}
      </span>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        required
        value={text}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseFinnishDate(event.target.value));
        }}
      />
    </p>
  );
}
