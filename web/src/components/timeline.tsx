/**
 * The plan's periods on one time axis. The bars are decoration for sighted users; the same facts
 * are in the list beside each unit, so the chart is hidden from assistive technology's reading
 * order only in its graphics, and its rows keep a text label.
 */
import type { PeriodDetailsFragment } from "../gql/graphql";
import { useCodeName } from "../codes";
import { formatDate } from "../format";
import { useI18n } from "../i18n/i18n";

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function Timeline({ periods }: { periods: { unit: string; period: PeriodDetailsFragment }[] }) {
  const { t } = useI18n();
  const codeName = useCodeName();
  const start = Math.min(...periods.map((p) => time(p.period.alku)));
  const end = Math.max(...periods.map((p) => time(p.period.loppu))) + DAY;
  const span = Math.max(end - start, DAY);
  const sorted = [...periods].sort((a, b) => a.period.alku.localeCompare(b.period.alku));
  return (
    <figure className="timeline">
      <figcaption>
        {t("timeline")}: {formatDate(new Date(start).toISOString().slice(0, 10))}–{formatDate(new Date(end - DAY).toISOString().slice(0, 10))}
      </figcaption>
      <ol>
        {sorted.map(({ unit, period }) => {
          const left = ((time(period.alku) - start) / span) * 100;
          const width = Math.max(((time(period.loppu) + DAY - time(period.alku)) / span) * 100, 1);
          const place = period.tyopaikallaJarjestettavaKoulutus?.tyopaikanNimi;
          return (
            <li key={period.moduleId}>
              <span className="timeline-label">
                {unit}: {codeName(period.osaamisenHankkimistapaKoodiUri)}
                {place ? `, ${place}` : ""} ({formatDate(period.alku)}–{formatDate(period.loppu)})
              </span>
              <span className="timeline-track" aria-hidden="true">
                <span className="timeline-bar" style={{ marginLeft: `${left}%`, width: `${width}%` }} />
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
