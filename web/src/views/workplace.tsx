/**
 * Workplace instructor or assessor: the students I am named for, each with only my periods and
 * demonstrations, and the window until which I see them (the end date + 90 days, rules R4/R5).
 */
import { useQuery } from "../api/use-query";
import { useCodeName } from "../codes";
import { unitCodesOf, unitsOf, UnitSection } from "../components/plan-view";
import { useUnitNames } from "../unit-names";
import { Empty, Failure, Loading, PageTitle, PartialNotice } from "../components/states";
import { WorkplaceStudentsDocument } from "../gql/graphql";
import { addDays, formatDate } from "../format";
import { useI18n } from "../i18n/i18n";

/** How long after a period's or demonstration's end its instructor or assessor still sees it. */
const WINDOW_DAYS = 90;

export function Workplace() {
  const { t } = useI18n();
  const codeName = useCodeName();
  const answer = useQuery(WorkplaceStudentsDocument);
  useUnitNames(answer.status === "done" ? answer.data.workplaceAssignments.flatMap(unitCodesOf) : []);
  return (
    <>
      <PageTitle>{t("workplaceTitle")}</PageTitle>
      <p>{t("workplaceIntro")}</p>
      {answer.status === "loading" && <Loading />}
      {answer.status === "failed" && <Failure failure={answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && (
        <>
          <PartialNotice errors={answer.errors} />
          {answer.data.workplaceAssignments.length === 0 && <Empty>{t("noWorkplaceStudents")}</Empty>}
          {answer.data.workplaceAssignments.map((plan) => {
            const units = unitsOf(plan, t, codeName).filter((u) => u.periods.length > 0 || u.demonstrations.length > 0);
            const ends = units.flatMap((u) => [...u.periods.map((p) => p.loppu), ...u.demonstrations.map((d) => d.loppu)]).sort();
            const until = ends.length ? addDays(ends[ends.length - 1]!, WINDOW_DAYS) : undefined;
            const name = [plan.oppija.etunimet, plan.oppija.sukunimi].filter(Boolean).join(" ") || plan.oppijaOid;
            return (
              <article key={plan.id} className="plan" aria-label={name}>
                <h2>{name}</h2>
                {until && <p className="status">{t("visibleUntil", { date: formatDate(until) })}</p>}
                {units.map((unit) => (
                  <UnitSection key={unit.key} unit={unit} own={false} />
                ))}
              </article>
            );
          })}
        </>
      )}
    </>
  );
}
