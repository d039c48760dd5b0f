/** Student: my plans (Oma eHOKS). */
import { useQuery } from "../api/use-query";
import { FeedbackSurveys } from "../components/feedback-surveys";
import { PlanView } from "../components/plan-view";
import { Empty, Failure, Loading, PageTitle, PartialNotice } from "../components/states";
import { MyPlansDocument } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";

export function MyPlans() {
  const { t } = useI18n();
  const answer = useQuery(MyPlansDocument);
  return (
    <>
      <PageTitle>{t("myPlansTitle")}</PageTitle>
      {answer.status === "loading" && <Loading />}
      {answer.status === "failed" && <Failure failure={answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && (
        <>
          <PartialNotice errors={answer.errors} />
          <FeedbackSurveys surveys={answer.data.omatPalautekyselyt ?? []} />
          {!answer.data.me ? <Failure failure="notFound" /> : answer.data.me.hoksit.length === 0 ? <Empty>{t("noPlans")}</Empty> : answer.data.me.hoksit.map((plan) => <PlanView key={plan.id} plan={plan} />)}
        </>
      )}
    </>
  );
}
