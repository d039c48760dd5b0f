/** Consent recipient: the plans students have consented to show me, each only as far as its consent reaches. */
import { useQuery } from "../api/use-query";
import { PlanView } from "../components/plan-view";
import { Empty, Failure, Loading, PageTitle, PartialNotice } from "../components/states";
import { ConsentedToMeDocument } from "../gql/graphql";
import { formatDate } from "../format";
import { useI18n } from "../i18n/i18n";

export function ConsentedToMe() {
  const { t } = useI18n();
  const answer = useQuery(ConsentedToMeDocument, { first: 50 });
  return (
    <>
      <PageTitle>{t("consentedTitle")}</PageTitle>
      <p>{t("consentedIntro")}</p>
      {answer.status === "loading" && <Loading />}
      {answer.status === "failed" && <Failure failure={answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && (
        <>
          <PartialNotice errors={answer.errors} />
          {answer.data.suostumuksetMinulle.nodes.length === 0 && <Empty>{t("noConsentedPlans")}</Empty>}
          {answer.data.suostumuksetMinulle.nodes.map((consent) => {
            const name = [consent.oppija.etunimet, consent.oppija.sukunimi].filter(Boolean).join(" ") || consent.oppija.oid;
            return (
              <section key={consent.id} className="consented" aria-label={name}>
                <h2>{name}</h2>
                <dl className="facts">
                  <dt>{t("purpose")}</dt>
                  <dd>{consent.tarkoitus}</dd>
                  <dt>{t("sections")}</dt>
                  <dd>{consent.osiot.map((s) => t(`section_${s}`)).join(", ")}</dd>
                  <dt>{t("validityLabel")}</dt>
                  <dd>
                    {formatDate(consent.voimassaAlku)}–{formatDate(consent.voimassaLoppu)}
                  </dd>
                </dl>
                <PlanView plan={consent.hoks} complete={false} own={false} />
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
