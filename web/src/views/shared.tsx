/** Share-link holder: the shared period or demonstration, or a clear page when the link does not open. */
import { failureOf, type FailureKind, type GraphQLErrorBody } from "../api/graphql";
import { useQuery } from "../api/use-query";
import { useCodeName } from "../codes";
import { unitCodesOf, unitsOf, PeriodItem, DemonstrationItem } from "../components/plan-view";
import { useUnitNames } from "../unit-names";
import { Failure, Loading, PageTitle, PartialNotice } from "../components/states";
import { SharedModuleDocument } from "../gql/graphql";
import { formatDate } from "../format";
import { useI18n } from "../i18n/i18n";

/** Why the link opened nothing: expired, not yet valid, or unknown (deleted, mistyped). */
function whyNot(errors: GraphQLErrorBody[]): FailureKind {
  const kind = failureOf(errors.map((e) => e.extensions?.code ?? ""));
  return kind === "notFound" || kind === "genericError" ? "shareRevoked" : kind;
}

export function Shared() {
  const { t } = useI18n();
  const codeName = useCodeName();
  const answer = useQuery(SharedModuleDocument);
  const shared = answer.status === "done" ? answer.data.jaettuModuuli : null;
  useUnitNames(shared?.hoks ? unitCodesOf(shared.hoks) : []);
  return (
    <>
      <PageTitle>{t("sharedTitle")}</PageTitle>
      {answer.status === "loading" && <Loading />}
      {answer.status === "failed" && <Failure failure={answer.failure === "notFound" ? "shareRevoked" : answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && !shared && <Failure failure={whyNot(answer.errors)} />}
      {answer.status === "done" && shared && (
        <>
          <PartialNotice errors={answer.errors} />
          <p>{t("sharedIntro")}</p>
          <dl className="facts">
            <dt>{t("sharedBy")}</dt>
            <dd>{[shared.hoks.oppija.etunimet, shared.hoks.oppija.sukunimi].filter(Boolean).join(" ")}</dd>
            <dt>{t("validityLabel")}</dt>
            <dd>{formatDate(shared.voimassaAlku)}–{formatDate(shared.voimassaLoppu)}</dd>
          </dl>
          {unitsOf(shared.hoks, t, codeName)
            .filter((unit) => unit.key === shared.tutkinnonOsaModuleId)
            .map((unit) => (
              <section key={unit.key} className="unit" aria-label={unit.title}>
                <h2>{unit.title}</h2>
                <ul className="items">
                  {shared.kohdeTyyppi === "OSAAMISEN_HANKKIMISTAPA"
                    ? unit.periods.filter((p) => p.moduleId === shared.kohdeModuleId).map((p) => <PeriodItem key={p.moduleId} period={p} />)
                    : unit.demonstrations.filter((d) => d.moduleId === shared.kohdeModuleId).map((d) => <DemonstrationItem key={d.moduleId} demonstration={d} />)}
                </ul>
              </section>
            ))}
        </>
      )}
    </>
  );
}
